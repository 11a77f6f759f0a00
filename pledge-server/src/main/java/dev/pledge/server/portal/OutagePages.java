package dev.pledge.server.portal;

import dev.pledge.guarantee.Guarantee;
import dev.pledge.server.record.OutagesAndMaintenance;
import dev.pledge.server.record.Requests.OutageRequest;
import dev.pledge.server.record.Requests.RestorationRequest;
import dev.pledge.server.record.Views.OutageView;
import dev.pledge.server.system.Caller;
import dev.pledge.server.system.Instants;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Outages: a customer user sees its own organisation's, the provider's people every customer's (or
 * one customer's), and record and restore them with the checks and the audit of {@code POST
 * /api/customers/{customer}/outages} and {@code .../restoration}.
 */
@Controller
class OutagePages {

  private final OutagesAndMaintenance work;
  private final RecordScope scope;
  private final Clock clock;

  OutagePages(OutagesAndMaintenance work, RecordScope scope, Clock clock) {
    this.work = work;
    this.scope = scope;
    this.clock = clock;
  }

  /**
   * An outage as the list shows it: it began at the monitor's detection, or else the customer's
   * report; an open one has lasted until now, and its restoration form offers now. Its guarantee
   * (null when no longer stored) names its service.
   */
  record OutageRow(
      OutageView outage,
      Guarantee guarantee,
      ZoneId zone,
      Instant start,
      boolean open,
      Duration lasted,
      String now) {

    static OutageRow of(OutageView o, Guarantee guarantee, Instant now) {
      ZoneId zone = RecordScope.zoneOf(guarantee);
      Instant start = o.detectedAt() != null ? o.detectedAt() : o.reportedAt();
      Instant end = o.restoredAt() != null ? o.restoredAt() : now;
      String restoreAt = Instants.show(now.truncatedTo(ChronoUnit.MINUTES), zone);
      return new OutageRow(
          o,
          guarantee,
          zone,
          start,
          o.restoredAt() == null,
          Duration.between(start, end),
          restoreAt);
    }
  }

  @GetMapping("/outages")
  String outages(
      @AuthenticationPrincipal(expression = "caller") Caller caller,
      @AuthenticationPrincipal(expression = "displayName") String name,
      @RequestParam(required = false) String customer,
      @RequestParam(required = false) String saved,
      Model model) {
    model.addAttribute("saved", saved != null);
    return page(caller, name, customer, model);
  }

  @PostMapping("/outages")
  String report(
      @AuthenticationPrincipal(expression = "caller") Caller caller,
      @AuthenticationPrincipal(expression = "displayName") String name,
      @RequestParam(required = false) String customer,
      @RequestParam(required = false) String id,
      @RequestParam(required = false) String guarantee,
      @RequestParam(required = false) String service,
      @RequestParam(name = "detected_at", required = false) String detectedAt,
      @RequestParam(name = "reported_at", required = false) String reportedAt,
      @RequestParam(required = false) String cause,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    OutageRequest r =
        new OutageRequest(id, guarantee, service, detectedAt, reportedAt, null, cause);
    if (Forms.chosen("customer", customer, model, response)
        && Forms.saved(() -> work.openOutage(customer, r, caller), model, response)) {
      return Forms.savedTo("/outages", customer, redirect);
    }
    return page(caller, name, null, model);
  }

  @PostMapping("/outages/{customer}/{id}/restoration")
  String restore(
      @AuthenticationPrincipal(expression = "caller") Caller caller,
      @AuthenticationPrincipal(expression = "displayName") String name,
      @PathVariable String customer,
      @PathVariable String id,
      @RequestParam(name = "restored_at", required = false) String restoredAt,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    RestorationRequest r = new RestorationRequest(restoredAt);
    if (Forms.saved(() -> work.restore(customer, id, r, caller), model, response)) {
      return Forms.savedTo("/outages", customer, redirect);
    }
    return page(caller, name, customer, model);
  }

  private String page(Caller caller, String name, String customer, Model model) {
    RecordScope.Listed listed = scope.list(caller, name, customer, "outage", model);
    Instant now = clock.instant();
    model.addAttribute(
        "outages",
        listed.customers().stream()
            .flatMap(c -> work.outages(c, null, caller).stream())
            .map(o -> OutageRow.of(o, listed.guarantee(o.guarantee()), now))
            .sorted(Comparator.comparing(OutageRow::start).reversed())
            .toList());
    return "portal/outages";
  }
}

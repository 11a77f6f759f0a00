package dev.pledge.server.portal;

import dev.pledge.server.record.OutagesAndMaintenance;
import dev.pledge.server.record.Requests.DecisionRequest;
import dev.pledge.server.record.Requests.MaintenanceRequest;
import dev.pledge.server.record.Views.MaintenanceView;
import dev.pledge.server.system.ApiException;
import dev.pledge.server.system.Caller;
import dev.pledge.server.system.Role;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.time.ZoneId;
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
 * Maintenance windows: the provider's people announce them; the customer's users (or a manager on
 * the customer's behalf) approve or refuse one awaiting a decision — the checks and the audit of
 * {@code POST /api/customers/{customer}/maintenance} and {@code .../decision}. A customer user sees
 * only its own organisation's windows.
 */
@Controller
class MaintenancePages {

  private final OutagesAndMaintenance work;
  private final RecordScope scope;

  MaintenancePages(OutagesAndMaintenance work, RecordScope scope) {
    this.work = work;
    this.scope = scope;
  }

  /** A window as the list shows it, in its guarantee's zone. */
  record WindowRow(MaintenanceView window, ZoneId zone, Duration length, boolean pending) {

    static WindowRow of(MaintenanceView w, ZoneId zone) {
      return new WindowRow(
          w, zone, Duration.between(w.start(), w.end()), w.approval().equals("pending"));
    }
  }

  @GetMapping("/maintenance")
  String maintenance(
      @AuthenticationPrincipal(expression = "caller") Caller caller,
      @AuthenticationPrincipal(expression = "displayName") String name,
      @RequestParam(required = false) String customer,
      @RequestParam(required = false) String saved,
      Model model) {
    model.addAttribute("saved", saved != null);
    return page(caller, name, customer, model);
  }

  @PostMapping("/maintenance")
  String announce(
      @AuthenticationPrincipal(expression = "caller") Caller caller,
      @AuthenticationPrincipal(expression = "displayName") String name,
      @RequestParam(required = false) String customer,
      @RequestParam(required = false) String id,
      @RequestParam(required = false) String guarantee,
      @RequestParam(required = false) String start,
      @RequestParam(required = false) String end,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    MaintenanceRequest r = new MaintenanceRequest(id, guarantee, start, end);
    if (Forms.chosen("customer", customer, model, response)
        && Forms.saved(() -> work.plan(customer, r, caller), model, response)) {
      return Forms.savedTo("/maintenance", customer, redirect);
    }
    return page(caller, name, null, model);
  }

  @PostMapping("/maintenance/{customer}/{id}/decision")
  String decide(
      @AuthenticationPrincipal(expression = "caller") Caller caller,
      @AuthenticationPrincipal(expression = "displayName") String name,
      @PathVariable String customer,
      @PathVariable String id,
      @RequestParam(required = false) String approved,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    // No decision at all is named by the service; one that is neither yes nor no is named here.
    Boolean decision =
        "true".equals(approved) ? Boolean.TRUE : "false".equals(approved) ? Boolean.FALSE : null;
    if (decision == null && approved != null && !approved.isBlank()) {
      requireWindow(customer, id, caller);
      Forms.refuse(
          ApiException.badInput(
                  "approved", "approved is '" + approved + "'; it must be yes (true) or no (false)")
              .saying("problem.yesOrNo", approved),
          model,
          response);
      return page(caller, name, customer, model);
    }
    DecisionRequest r = new DecisionRequest(decision);
    if (Forms.saved(() -> work.decide(customer, id, r, caller), model, response)) {
      return Forms.savedTo("/maintenance", customer, redirect);
    }
    return page(caller, name, customer, model);
  }

  /** Another customer's window, or an unknown one, is not found before its input is judged. */
  private void requireWindow(String customer, String id, Caller caller) {
    if (work.maintenance(customer, null, caller).stream().noneMatch(w -> w.id().equals(id))) {
      throw ApiException.notFound("no maintenance window '" + id + "' is stored");
    }
  }

  private String page(Caller caller, String name, String customer, Model model) {
    RecordScope.Listed listed = scope.list(caller, name, customer, "maintenance", model);
    model.addAttribute("mayDecide", Role.MAINTENANCE_DECISION.contains(caller.role()));
    model.addAttribute(
        "windows",
        listed.customers().stream()
            .flatMap(c -> work.maintenance(c, null, caller).stream())
            .map(w -> WindowRow.of(w, listed.zone(w.guarantee())))
            .sorted(Comparator.comparing((WindowRow w) -> w.window().start()).reversed())
            .toList());
    return "portal/maintenance";
  }
}

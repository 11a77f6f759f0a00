package dev.pledge.server.portal;

import dev.pledge.guarantee.Guarantee;
import dev.pledge.server.breach.BreachCase;
import dev.pledge.server.breach.BreachCaseRequest;
import dev.pledge.server.breach.BreachCases;
import dev.pledge.server.system.Caller;
import dev.pledge.server.system.Role;
import dev.pledge.server.ticket.StoredTicket;
import dev.pledge.server.ticket.TicketService;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The breach cases the person may see — a customer user its own organisation's: what was breached,
 * why, what the customer was told, what is being done about it and by whom, and whether it is
 * closed. The provider's people work a case on its page; the change goes through {@link
 * BreachCases#update}, audited as {@code PATCH /api/breach-cases/{id}} is. A case's instants show
 * in its ticket's guarantee's zone, and its commitment by the name that guarantee gives it.
 */
@Controller
class BreachCasePages {

  private final BreachCases cases;
  private final TicketService tickets;
  private final RecordScope scope;

  BreachCasePages(BreachCases cases, TicketService tickets, RecordScope scope) {
    this.cases = cases;
    this.tickets = tickets;
    this.scope = scope;
  }

  /** A case with the guarantee its ticket is measured by, and that guarantee's zone. */
  record CaseRow(BreachCase breach, Guarantee guarantee, ZoneId zone) {

    static CaseRow of(BreachCase breach, Guarantee guarantee) {
      return new CaseRow(breach, guarantee, RecordScope.zoneOf(guarantee));
    }
  }

  @GetMapping("/breach-cases")
  String breachCases(
      @AuthenticationPrincipal(expression = "caller") Caller caller,
      @AuthenticationPrincipal(expression = "displayName") String name,
      Model model) {
    model.addAttribute("person", name);
    List<BreachCase> listed = cases.list(caller, null);
    Map<String, StoredTicket> byId =
        tickets.tickets(listed.stream().map(BreachCase::ticket).toList(), caller);
    model.addAttribute("cases", listed.stream().map(c -> row(c, byId.get(c.ticket()))).toList());
    return "portal/breach-cases";
  }

  @GetMapping("/breach-cases/{id}")
  String breachCase(
      @AuthenticationPrincipal(expression = "caller") Caller caller,
      @AuthenticationPrincipal(expression = "displayName") String name,
      @PathVariable String id,
      @RequestParam(required = false) String saved,
      Model model) {
    model.addAttribute("saved", saved != null);
    return page(caller, name, id, model);
  }

  @PostMapping("/breach-cases/{id}")
  String work(
      @AuthenticationPrincipal(expression = "caller") Caller caller,
      @AuthenticationPrincipal(expression = "displayName") String name,
      @PathVariable String id,
      @RequestParam(required = false) String cause,
      @RequestParam(name = "corrective_action", required = false) String action,
      @RequestParam(name = "action_owner", required = false) String owner,
      @RequestParam(required = false) String status,
      Model model,
      HttpServletResponse response) {
    BreachCaseRequest change = new BreachCaseRequest(cause, null, null, action, owner, status);
    if (Forms.saved(() -> cases.update(id, change, caller), model, response)) {
      return "redirect:/breach-cases/" + id + "?saved";
    }
    model.addAttribute("saved", false);
    return page(caller, name, id, model);
  }

  private CaseRow row(BreachCase c, StoredTicket ticket) {
    return CaseRow.of(c, scope.measuredBy(ticket));
  }

  private String page(Caller caller, String name, String id, Model model) {
    model.addAttribute("person", name);
    BreachCase breach = cases.get(id, caller);
    CaseRow c = row(breach, tickets.ticket(breach.ticket(), caller));
    model.addAttribute("breach", c.breach());
    model.addAttribute("guarantee", c.guarantee());
    model.addAttribute("zone", c.zone());
    model.addAttribute("statuses", BreachCases.STATUSES);
    model.addAttribute("mayWork", Role.PROVIDER_WORK.contains(caller.role()));
    return "portal/breach-case";
  }
}

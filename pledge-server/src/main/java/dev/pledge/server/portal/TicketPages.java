package dev.pledge.server.portal;

import dev.pledge.server.sla.SlaService;
import dev.pledge.server.system.Caller;
import dev.pledge.server.ticket.StoredTicket;
import dev.pledge.server.ticket.TicketService;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The web UI's ticket pages. A signed-in person sees what a token of the same role and organisation
 * would: a customer user only its own organisation's tickets, and another customer's ticket page is
 * answered exactly as an unknown one (404, by {@link NotFoundPage}). Clock figures come from {@link
 * SlaService}, the same as {@code GET /api/tickets/{id}/sla}.
 */
@Controller
class TicketPages {

  /** Enough for a service desk's screen; older open tickets are found by id. */
  static final int MOST_TICKETS = 200;

  private final TicketService tickets;
  private final SlaService sla;
  private final Clock clock;
  private final int refreshSeconds;

  TicketPages(
      TicketService tickets,
      SlaService sla,
      Clock clock,
      @Value("${pledge.portal.refresh-seconds:30}") int refreshSeconds) {
    this.tickets = tickets;
    this.sla = sla;
    this.clock = clock;
    this.refreshSeconds = refreshSeconds;
  }

  /** A ticket with its clocks as of one instant. */
  record TicketClocks(StoredTicket ticket, SlaService.TicketSla sla) {}

  @GetMapping("/")
  String home() {
    return "redirect:/tickets";
  }

  @GetMapping("/tickets")
  String tickets(
      @AuthenticationPrincipal(expression = "caller") Caller caller,
      @AuthenticationPrincipal(expression = "displayName") String name,
      Model model) {
    model.addAttribute("person", name);
    model.addAttribute("tickets", notClosed(caller));
    model.addAttribute("limit", MOST_TICKETS);
    model.addAttribute("refreshSeconds", refreshSeconds);
    return "portal/tickets";
  }

  /** The list alone, for htmx to refresh in place. */
  @GetMapping("/tickets/rows")
  String rows(@AuthenticationPrincipal(expression = "caller") Caller caller, Model model) {
    model.addAttribute("tickets", notClosed(caller));
    return "portal/tickets :: rows";
  }

  @GetMapping("/tickets/{id}")
  String ticket(
      @AuthenticationPrincipal(expression = "caller") Caller caller,
      @AuthenticationPrincipal(expression = "displayName") String name,
      @PathVariable String id,
      Model model) {
    StoredTicket t = tickets.ticket(id, caller);
    model.addAttribute("person", name);
    model.addAttribute("ticket", new TicketClocks(t, sla.of(id, clock.instant(), caller)));
    model.addAttribute("timeline", tickets.timeline(id));
    return "portal/ticket";
  }

  private List<TicketClocks> notClosed(Caller caller) {
    Instant now = clock.instant();
    return tickets.notClosed(caller, MOST_TICKETS).stream()
        .map(t -> new TicketClocks(t, sla.of(t.id(), now, caller)))
        .toList();
  }
}

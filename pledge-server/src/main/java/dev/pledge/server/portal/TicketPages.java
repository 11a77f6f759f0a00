package dev.pledge.server.portal;

import dev.pledge.clock.ClockDefinition;
import dev.pledge.guarantee.Commitment;
import dev.pledge.guarantee.Guarantee;
import dev.pledge.server.record.TicketNotes;
import dev.pledge.server.sla.SlaService;
import dev.pledge.server.system.Caller;
import dev.pledge.server.system.Role;
import dev.pledge.server.ticket.StoredEvent;
import dev.pledge.server.ticket.StoredTicket;
import dev.pledge.server.ticket.TicketService;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The web UI's ticket pages. A signed-in person sees what a token of the same role and organisation
 * would: a customer user only its own organisation's tickets, and another customer's ticket page is
 * answered exactly as an unknown one (404, by {@link ErrorPages}). Clock figures come from {@link
 * SlaService}, the same as {@code GET /api/tickets/{id}/sla}. The ticket page carries the forms
 * {@link TicketWorkPages} takes, each offered to the roles the API lets make the change.
 */
@Controller
class TicketPages {

  /** Enough for a service desk's screen; older open tickets are found by id. */
  static final int MOST_TICKETS = 200;

  /** The timeline events the ticket page records, in the order work goes. */
  static final List<String> EVENTS =
      List.of(
          "acknowledged",
          "dispatched",
          "on_site",
          "restored",
          "resolved",
          "closed",
          "reopened",
          "paused",
          "resumed");

  /** The best score of a rating given on the ticket page; 1 is the worst offered. */
  static final int RATING_SCALE = 5;

  private final TicketService tickets;
  private final TicketNotes notes;
  private final RecordScope scope;
  private final SlaService sla;
  private final Clock clock;
  private final int refreshSeconds;

  TicketPages(
      TicketService tickets,
      TicketNotes notes,
      RecordScope scope,
      SlaService sla,
      Clock clock,
      @Value("${pledge.portal.refresh-seconds:30}") int refreshSeconds) {
    this.tickets = tickets;
    this.notes = notes;
    this.scope = scope;
    this.sla = sla;
    this.clock = clock;
    this.refreshSeconds = refreshSeconds;
  }

  /** A ticket with its clocks as of one instant, and the guarantee that names them. */
  record TicketClocks(StoredTicket ticket, SlaService.TicketSla sla, Guarantee guarantee) {}

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
      @RequestParam(required = false) String saved,
      Model model) {
    model.addAttribute("saved", saved != null);
    return page(caller, name, id, model);
  }

  /**
   * The ticket page with its forms: every person records events and comments as the API lets it;
   * the provider changes severity and corrects an event's instant; the customer's users rate a
   * resolved or closed ticket once.
   */
  String page(Caller caller, String name, String id, Model model) {
    StoredTicket t = tickets.ticket(id, caller);
    List<StoredEvent> timeline = tickets.timeline(id);
    Guarantee g = scope.measuredBy(t);
    model.addAttribute("person", name);
    model.addAttribute("ticket", new TicketClocks(t, sla.of(id, clock.instant(), caller), g));
    model.addAttribute("timeline", timeline);
    model.addAttribute("events", EVENTS);
    model.addAttribute("pauseReasons", pauseReasons(g));
    model.addAttribute("severities", g.severities().keySet().stream().sorted().toList());
    model.addAttribute("mayChangeSeverity", Role.SEVERITY_CHANGE.contains(caller.role()));
    model.addAttribute("mayCorrect", Role.EVENT_CORRECTION.contains(caller.role()));
    model.addAttribute(
        "mayRate",
        caller.role() == Role.CUSTOMER_USER
            && TicketService.finished(timeline)
            && !notes.rated(t.id()));
    model.addAttribute("ratingScale", RATING_SCALE);
    return "portal/ticket";
  }

  /** The pause reasons the guarantee's ticket clocks name, sorted; empty when none names one. */
  static List<String> pauseReasons(Guarantee g) {
    return g.commitments().stream()
        .filter(Commitment.TicketClock.class::isInstance)
        .map(Commitment.TicketClock.class::cast)
        .flatMap(TicketPages::clocks)
        .map(ClockDefinition::pauseReasons)
        .flatMap(Set::stream)
        .distinct()
        .sorted()
        .toList();
  }

  private static Stream<ClockDefinition> clocks(Commitment.TicketClock c) {
    return Stream.of(
            c.bySeverity().values().stream(),
            c.otherwise().stream(),
            c.byCategory().stream().map(Commitment.CategoryClock::clock))
        .flatMap(s -> s);
  }

  private List<TicketClocks> notClosed(Caller caller) {
    Instant now = clock.instant();
    return tickets.notClosed(caller, MOST_TICKETS).stream()
        .map(t -> new TicketClocks(t, sla.of(t.id(), now, caller), scope.measuredBy(t)))
        .toList();
  }
}

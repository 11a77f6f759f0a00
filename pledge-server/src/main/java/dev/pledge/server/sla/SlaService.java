package dev.pledge.server.sla;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.pledge.clock.ClockDefinition;
import dev.pledge.clock.ClockEvaluator;
import dev.pledge.clock.Timeline;
import dev.pledge.guarantee.Commitment;
import dev.pledge.guarantee.Guarantee;
import dev.pledge.server.guarantee.GuaranteeService;
import dev.pledge.server.guarantee.StoredGuarantee;
import dev.pledge.server.system.Caller;
import dev.pledge.server.system.Instants;
import dev.pledge.server.ticket.StoredEvent;
import dev.pledge.server.ticket.StoredTicket;
import dev.pledge.server.ticket.TicketService;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Live clocks, computed from the stored timeline on every request with the core's {@link
 * ClockEvaluator}: nothing is cached, so a corrected event changes every figure it touches.
 */
@Service
public class SlaService {

  private final TicketService tickets;
  private final GuaranteeService guarantees;

  SlaService(TicketService tickets, GuaranteeService guarantees) {
    this.tickets = tickets;
    this.guarantees = guarantees;
  }

  /** A ticket's clocks under the guarantee version it was opened with. */
  public record TicketSla(
      String ticket,
      String guarantee,
      int guaranteeVersion,
      String asOf,
      List<LiveClock> clocks,
      @JsonIgnore ZoneId zone) {}

  @Transactional(readOnly = true)
  public TicketSla of(String ticketId, Instant asOf, Caller caller) {
    StoredTicket t = tickets.ticket(ticketId, caller);
    StoredGuarantee stored = guarantees.version(t.guarantee(), t.guaranteeVersion()).orElseThrow();
    Guarantee g = guarantees.parse(stored);
    Timeline timeline =
        Timeline.of(tickets.timeline(ticketId).stream().map(StoredEvent::toTimelineEvent).toList());
    boolean excluded = g.exclusions().excludes(t.cause());
    List<LiveClock> clocks = new ArrayList<>();
    for (Commitment c : g.commitments()) {
      clockOf(c, t).ifPresent(def -> clocks.add(live(c, def, timeline, asOf, g, excluded)));
    }
    return new TicketSla(
        t.id(), stored.id(), stored.version(), Instants.show(asOf, g.zone()), clocks, g.zone());
  }

  /** The clock a commitment runs on this ticket, if it applies: in scope, with a target. */
  private static Optional<ClockDefinition> clockOf(Commitment c, StoredTicket t) {
    if (c instanceof Commitment.TicketClock clock
        && clock.scope().matches(t.service(), t.type(), t.severity())) {
      return clock.clockFor(t.severity(), t.category());
    }
    return Optional.empty();
  }

  private static LiveClock live(
      Commitment c,
      ClockDefinition def,
      Timeline timeline,
      Instant asOf,
      Guarantee g,
      boolean excluded) {
    String kind = ((Commitment.TicketClock) c).kind();
    return LiveClock.of(
        c.id(), kind, ClockEvaluator.evaluate(def, timeline, asOf), g.zone(), excluded);
  }
}

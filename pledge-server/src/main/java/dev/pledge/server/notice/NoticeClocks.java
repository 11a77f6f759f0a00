package dev.pledge.server.notice;

import dev.pledge.clock.ClockDefinition;
import dev.pledge.clock.ClockEvaluation;
import dev.pledge.clock.ClockEvaluator;
import dev.pledge.clock.Timeline;
import dev.pledge.guarantee.Commitment;
import dev.pledge.guarantee.Guarantee;
import dev.pledge.guarantee.LocalizedText;
import dev.pledge.server.guarantee.GuaranteeService;
import dev.pledge.server.guarantee.StoredGuarantee;
import dev.pledge.server.ticket.StoredEvent;
import dev.pledge.server.ticket.StoredTicket;
import dev.pledge.server.ticket.TicketService;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A ticket's clocks as the notices see them: the same evaluation as {@code GET .../sla}, with the
 * server's default warning percentages added to clocks whose commitment names no thresholds. A
 * ticket whose cause is excluded gets no notices.
 */
@Component
class NoticeClocks {

  private final TicketService tickets;
  private final GuaranteeService guarantees;
  private final List<BigDecimal> defaultPercents;

  /**
   * By identity: parsed versions are kept, so a clock is the same object on every event, and
   * hashing one by value would hash its whole calendar.
   */
  private final Map<ClockDefinition, ClockDefinition> withDefaultWarnings =
      Collections.synchronizedMap(new IdentityHashMap<>());

  NoticeClocks(TicketService tickets, GuaranteeService guarantees, NoticeSettings settings) {
    this.tickets = tickets;
    this.guarantees = guarantees;
    this.defaultPercents =
        settings.warningPercents().stream().map(p -> BigDecimal.valueOf(p)).toList();
  }

  /** One commitment's clock on the ticket. */
  record TicketClock(
      StoredTicket ticket,
      String provider,
      String commitment,
      String kind,
      LocalizedText name,
      ZoneId zone,
      ClockEvaluation evaluation) {}

  List<TicketClock> of(StoredTicket t, Instant asOf) {
    return of(t, tickets.timeline(t.id()), asOf);
  }

  /** The same, with the ticket's timeline already read. */
  List<TicketClock> of(StoredTicket t, List<StoredEvent> events, Instant asOf) {
    StoredGuarantee stored = guarantees.version(t.guarantee(), t.guaranteeVersion()).orElseThrow();
    Guarantee g = guarantees.parse(stored);
    if (g.exclusions().excludes(t.cause())) {
      return List.of();
    }
    Timeline timeline = Timeline.of(events.stream().map(StoredEvent::toTimelineEvent).toList());
    List<TicketClock> out = new ArrayList<>();
    for (Commitment c : g.commitments()) {
      if (c instanceof Commitment.TicketClock clock
          && clock.scope().matches(t.service(), t.type(), t.severity())) {
        clock
            .clockFor(t.severity(), t.category())
            .map(this::withWarnings)
            .ifPresent(
                def ->
                    out.add(
                        new TicketClock(
                            t,
                            stored.providerId(),
                            c.id(),
                            clock.kind(),
                            c.name() == null ? LocalizedText.of(c.id()) : c.name(),
                            g.zone(),
                            ClockEvaluator.evaluate(def, timeline, asOf))));
      }
    }
    return out;
  }

  /**
   * A clock with the default warnings added, built once per clock of a parsed guarantee version
   * (which {@link GuaranteeService} keeps), not on every event.
   */
  private ClockDefinition withWarnings(ClockDefinition d) {
    if (!d.thresholds().isEmpty()) {
      return d;
    }
    return withDefaultWarnings.computeIfAbsent(d, this::addWarnings);
  }

  private ClockDefinition addWarnings(ClockDefinition d) {
    ClockDefinition.Builder b = ClockDefinition.builder();
    // A target in working days has no fixed counted time: each cycle works it out from its start.
    if (d.workingDays().isPresent()) {
      b.workingDays(d.workingDays().getAsInt());
    } else {
      b.target(d.target());
    }
    b.calendar(d.calendar())
        .startOn(d.startOn().toArray(dev.pledge.clock.TimelineEventType[]::new))
        .stopOn(d.stopOn().toArray(dev.pledge.clock.TimelineEventType[]::new))
        .restartOn(d.restartOn().toArray(dev.pledge.clock.TimelineEventType[]::new))
        .pauseReasons(d.pauseReasons())
        .reopen(d.reopen())
        .thresholds(defaultPercents.toArray(BigDecimal[]::new));
    if (d.pausesOnAnyReason()) {
      b.pauseOnAnyReason();
    }
    return b.build();
  }
}

package dev.pledge.server.notice;

import dev.pledge.clock.ClockResult;
import dev.pledge.clock.ClockState;
import dev.pledge.clock.ClockVerdict;
import dev.pledge.clock.ThresholdCrossing;
import dev.pledge.server.breach.BreachCases;
import dev.pledge.server.ticket.StoredEvent;
import dev.pledge.server.ticket.StoredTicket;
import dev.pledge.server.ticket.TicketService;
import dev.pledge.server.ticket.TimelineChanged;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps each ticket's scheduled notices in step with its clocks, and handles them when due.
 *
 * <p>Whenever a timeline changes, in the same transaction, the ticket's pending warnings and
 * breaches are replaced by those its clocks now give: a warning where elapsed business time reaches
 * each percentage of the target, a breach one microsecond after {@code breach_after} (breached iff
 * now is after it). A notice already handled is never scheduled again.
 *
 * <p>When a row is due, one node claims it ({@link Claims}) and handles it in one transaction: with
 * the ticket locked, it evaluates the clock again as of now; if the notice still holds, it writes
 * the notices to the outbox (and, for a breach, opens the breach case) and marks the row done; if
 * the clock now gets there later, the row moves; if it never will (stopped, paused), it is dropped
 * as stale.
 */
@Component
class NoticeScheduler {

  /** Breached iff now is after breach_after: the first stored instant after it. */
  static final Duration AFTER = Duration.ofNanos(1000);

  private static final Logger log = LoggerFactory.getLogger(NoticeScheduler.class);

  private final NoticeClocks clocks;
  private final Schedule schedule;
  private final Notices notices;
  private final BreachCases breachCases;
  private final TicketService tickets;
  private final NoticeSettings settings;
  private final TransactionTemplate tx;
  private final JdbcClient db;
  private final Clock clock;
  private final Claims claims;
  private final Workers workers;

  NoticeScheduler(
      NoticeClocks clocks,
      Schedule schedule,
      Notices notices,
      BreachCases breachCases,
      TicketService tickets,
      NoticeSettings settings,
      TransactionTemplate tx,
      JdbcClient db,
      Clock clock) {
    this.clocks = clocks;
    this.schedule = schedule;
    this.notices = notices;
    this.breachCases = breachCases;
    this.tickets = tickets;
    this.settings = settings;
    this.tx = tx;
    this.db = db;
    this.clock = clock;
    this.claims = new Claims(db, "scheduled_notice", "pending_at");
    this.workers = new Workers("pledge-notice-handler", settings.workers());
  }

  @PreDestroy
  void close() {
    workers.close();
  }

  @EventListener
  void timelineChanged(TimelineChanged changed) {
    schedule.replace(
        changed.ticket().id(), plan(changed.ticket(), changed.timeline(), clock.instant()));
  }

  /**
   * The notices a ticket's clocks call for, assuming no further events: as of {@code now}, or as of
   * its last event when that is later. A ticket recorded ahead of time (reported in an hour) has no
   * clock running yet now; as of its last event it has, and its notices fall due from then on.
   */
  List<Schedule.Entry> plan(StoredTicket t, Instant now) {
    return plan(t, tickets.timeline(t.id()), now);
  }

  /** The same, with the ticket's timeline already read. */
  private List<Schedule.Entry> plan(StoredTicket t, List<StoredEvent> timeline, Instant now) {
    Instant asOf =
        timeline.stream()
            .map(StoredEvent::at)
            .max(Comparator.naturalOrder())
            .filter(now::isBefore)
            .orElse(now);
    List<Schedule.Entry> out = new ArrayList<>();
    for (NoticeClocks.TicketClock c : clocks.of(t, timeline, asOf)) {
      for (ClockResult cycle : c.evaluation().cycles()) {
        boolean running = cycle.state() == ClockState.RUNNING;
        if (running && cycle.verdict() != ClockVerdict.BREACHED) {
          for (ThresholdCrossing w : warnings(cycle)) {
            w.reachedAt().ifPresent(at -> out.add(entry(t, c, cycle, "warning", w, at)));
          }
        }
        if (running || cycle.verdict() == ClockVerdict.BREACHED) {
          cycle
              .breachAfter()
              .ifPresent(at -> out.add(entry(t, c, cycle, "breach", null, at.plus(AFTER))));
        }
      }
    }
    return out;
  }

  private static List<ThresholdCrossing> warnings(ClockResult cycle) {
    return cycle.thresholds().stream().filter(w -> w.percent().intValue() < 100).toList();
  }

  private static Schedule.Entry entry(
      StoredTicket t,
      NoticeClocks.TicketClock c,
      ClockResult cycle,
      String kind,
      ThresholdCrossing w,
      Instant at) {
    int percent = w == null ? 100 : w.percent().intValue();
    return new Schedule.Entry(null, t.id(), c.commitment(), cycle.cycle(), kind, percent, "", at);
  }

  /** Claims what is due and handles it; returns how many rows this node handled. */
  int pollOnce() {
    return poll().handled();
  }

  /**
   * Claims a batch of due rows and handles them, different tickets' in parallel on {@code
   * pledge.notices.workers} threads.
   */
  Polled poll() {
    Claims.Claim claim =
        claims.claim(settings.node(), clock.instant(), settings.lease(), settings.batch());
    Map<String, List<String>> byTicket = schedule.byTicket(claim.ids());
    List<List<Handling>> groups = new ArrayList<>();
    byTicket.forEach(
        (ticket, ids) -> groups.add(ids.stream().map(id -> new Handling(id, ticket)).toList()));
    int handled = workers.each(groups, h -> handleOne(h, claim.token()));
    return new Polled(claim.ids().size(), handled);
  }

  /** When the next row no node holds falls due. */
  Optional<Instant> nextDue() {
    return claims.nextDue(clock.instant());
  }

  private record Handling(String id, String ticket) {}

  private boolean handleOne(Handling h, String token) {
    try {
      return Boolean.TRUE.equals(tx.execute(s -> handle(h.id(), h.ticket(), token)));
    } catch (RuntimeException e) {
      // The claim runs out and another poll tries again.
      log.warn("scheduled notice {} could not be handled; it will be tried again", h.id(), e);
      return false;
    }
  }

  /** Claims due rows without handling them: what a node that dies right after claiming leaves. */
  Claims.Claim claimOnly() {
    return claims.claim(settings.node(), clock.instant(), settings.lease(), settings.batch());
  }

  private boolean handle(String id, String ticketId, String token) {
    // The ticket first, as recording an event does: an event and its notices never cross.
    db.sql("select id from ticket where id = :id for update")
        .param("id", ticketId)
        .query(String.class)
        .optional();
    Optional<Schedule.Entry> row = schedule.lockClaimed(id, token);
    if (row.isEmpty()) {
      return false; // replaced, or handled by another node after this claim ran out
    }
    Instant now = clock.instant();
    StoredTicket t = tickets.find(ticketId).orElseThrow();
    Schedule.Entry e = row.get();
    if (e.kind().equals("escalation")) {
      escalate(e, t, now);
    } else {
      warnOrBreach(e, t, now);
    }
    return true;
  }

  private void warnOrBreach(Schedule.Entry e, StoredTicket t, Instant now) {
    Optional<NoticeClocks.TicketClock> c =
        clocks.of(t, now).stream().filter(x -> x.commitment().equals(e.commitment())).findFirst();
    Optional<ClockResult> cycle =
        c.map(x -> x.evaluation().cycles())
            .filter(cycles -> cycles.size() >= e.cycle())
            .map(cycles -> cycles.get(e.cycle() - 1));
    if (cycle.isEmpty()) {
      schedule.done(e.id(), "stale", now);
      return;
    }
    ClockResult r = cycle.get();
    if (e.kind().equals("breach")) {
      if (r.verdict() == ClockVerdict.BREACHED) {
        notices.breach(c.get(), r, now);
        schedule.done(e.id(), "sent", now);
      } else {
        later(e, r, r.breachAfter().map(a -> a.plus(AFTER)), now);
      }
      return;
    }
    Optional<ThresholdCrossing> w =
        r.thresholds().stream().filter(x -> x.percent().intValue() == e.percent()).findFirst();
    if (w.isPresent() && w.get().reached() && r.verdict() != ClockVerdict.BREACHED) {
      notices.warning(c.get(), r, e.percent(), now);
      schedule.done(e.id(), "sent", now);
    } else {
      later(e, r, w.flatMap(ThresholdCrossing::reachedAt), now);
    }
  }

  /** Not true now: moved to when a running clock will get there, else dropped as stale. */
  private void later(Schedule.Entry e, ClockResult r, Optional<Instant> at, Instant now) {
    Optional<Instant> next =
        r.state() == ClockState.RUNNING ? at.filter(now::isBefore) : Optional.empty();
    next.ifPresentOrElse(
        i -> schedule.moveTo(e.id(), i), () -> schedule.done(e.id(), "stale", now));
  }

  private void escalate(Schedule.Entry e, StoredTicket t, Instant now) {
    Optional<String> open = breachCases.caseOf(e.ticket(), e.commitment(), e.cycle());
    if (open.isPresent() && breachCases.awaitingAcknowledgement(open.get())) {
      Optional<NoticeClocks.TicketClock> c =
          clocks.of(t, now).stream().filter(x -> x.commitment().equals(e.commitment())).findFirst();
      if (c.isPresent() && c.get().evaluation().cycles().size() >= e.cycle()) {
        notices.escalation(
            c.get(),
            c.get().evaluation().cycles().get(e.cycle() - 1),
            open.get(),
            e.recipient(),
            now);
        schedule.done(e.id(), "sent", now);
        return;
      }
    }
    schedule.done(e.id(), "stale", now);
  }
}

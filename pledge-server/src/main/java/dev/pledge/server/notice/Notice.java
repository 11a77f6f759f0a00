package dev.pledge.server.notice;

import dev.pledge.clock.ClockResult;
import dev.pledge.guarantee.LocalizedText;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * What one notice says, as of the instant it was decided: a clock of a ticket at a warning
 * percentage, breached, or breached and not yet acknowledged (an escalation).
 *
 * @param kind {@code warning}, {@code breach} or {@code escalation}
 * @param percent the warning's percentage of the target; 100 for breaches and escalations
 * @param due the earliest instant elapsed time reaches the target (null if unknown)
 * @param breachAfter the last instant the clock is still met (null if unknown)
 * @param zone the guarantee's zone, for recipients that name none
 * @param breachCase the breach case opened, or null for a warning
 */
record Notice(
    String kind,
    String ticket,
    String commitment,
    LocalizedText commitmentName,
    int cycle,
    int percent,
    Duration target,
    Duration elapsed,
    Duration remaining,
    Duration overrun,
    Instant due,
    Instant breachAfter,
    ZoneId zone,
    String breachCase,
    Instant asOf) {

  static Notice of(
      String kind,
      NoticeClocks.TicketClock clock,
      ClockResult cycle,
      int percent,
      String breachCase,
      Instant asOf) {
    return new Notice(
        kind,
        clock.ticket().id(),
        clock.commitment(),
        clock.name(),
        cycle.cycle(),
        percent,
        cycle.target(),
        cycle.elapsed(),
        cycle.remaining(),
        cycle.overrun(),
        cycle.due().orElse(null),
        cycle.breachAfter().orElse(null),
        clock.zone(),
        breachCase,
        asOf);
  }
}

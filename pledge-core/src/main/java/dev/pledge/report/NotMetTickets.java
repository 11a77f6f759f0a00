package dev.pledge.report;

import dev.pledge.clock.ClockVerdict;
import dev.pledge.evaluation.TicketClockResult;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The ticket clocks a person should look at — breached, still running, or excluded — kept as their
 * printed words for the end of a report; met ones are only counted, so memory grows with problems,
 * not with tickets, and no evaluation is held on to.
 */
final class NotMetTickets {

  /** One ticket clock as the report shows it. */
  record Line(String ticket, String commitment, String severity, String verdict, String clock) {}

  private final ZoneId zone;
  private final List<Line> notMet = new ArrayList<>();
  private long evaluated;

  NotMetTickets(ZoneId zone) {
    this.zone = zone;
  }

  void add(TicketClockResult t) {
    evaluated++;
    if (t.excluded() || t.clock().verdict() != ClockVerdict.MET) {
      notMet.add(
          new Line(
              t.ticketId(),
              t.commitmentId(),
              t.severity(),
              ReportText.verdict(t),
              ReportText.clock(t, zone)));
    }
  }

  List<Line> list() {
    return notMet;
  }

  String summary() {
    return evaluated + " clocks evaluated, " + notMet.size() + " not met";
  }
}

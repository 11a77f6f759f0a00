package dev.pledge.report;

import dev.pledge.clock.ClockVerdict;
import dev.pledge.evaluation.TicketClockResult;
import java.util.ArrayList;
import java.util.List;

/**
 * The ticket clocks a person should look at — breached, still running, or excluded — kept for the
 * end of a report; met ones are only counted, so memory grows with problems, not with tickets.
 */
final class NotMetTickets {

  private final List<TicketClockResult> notMet = new ArrayList<>();
  private long evaluated;

  void add(TicketClockResult result) {
    evaluated++;
    if (result.excluded() || result.clock().verdict() != ClockVerdict.MET) {
      notMet.add(result);
    }
  }

  long evaluated() {
    return evaluated;
  }

  List<TicketClockResult> list() {
    return notMet;
  }

  String summary() {
    return evaluated + " clocks evaluated, " + notMet.size() + " not met";
  }
}

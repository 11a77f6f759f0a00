package dev.pledge.clock;

import java.time.Instant;
import java.util.List;

/**
 * A clock over one ticket's timeline as of an instant: every cycle so far and the overall verdict.
 *
 * @param asOf the instant the timeline was evaluated at; later events were ignored
 * @param cycles every cycle in order, never empty: before the start, one {@link
 *     ClockState#NOT_STARTED} cycle
 */
public record ClockEvaluation(Instant asOf, List<ClockResult> cycles) {

  public ClockEvaluation {
    cycles = List.copyOf(cycles);
    if (cycles.isEmpty()) {
      throw new IllegalArgumentException("cycles is empty; a clock has at least one cycle");
    }
  }

  /** The latest cycle: the one a ticket's screen shows. */
  public ClockResult current() {
    return cycles.get(cycles.size() - 1);
  }

  /** The latest cycle's state. */
  public ClockState state() {
    return current().state();
  }

  /** Breached if any cycle is breached; otherwise in progress if the latest cycle is, else met. */
  public ClockVerdict verdict() {
    for (ClockResult c : cycles) { // a loop, not a stream: asked once for every ticket
      if (c.verdict() == ClockVerdict.BREACHED) {
        return ClockVerdict.BREACHED;
      }
    }
    return current().verdict();
  }
}

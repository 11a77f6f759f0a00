package dev.pledge.clock;

import dev.pledge.calendar.BusinessCalendar;
import dev.pledge.calendar.Deadline;
import dev.pledge.time.IntervalSet;
import dev.pledge.time.TimeRange;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * A cycle's counted time as a function of the instant, assuming no further pauses: the counted
 * intervals of its history, then — for a running or stopped clock — every open instant of the
 * calendar from {@code tailStart} on. A paused clock has no tail: when it resumes is unknown.
 *
 * <p>Both questions walk the history accumulating counted time and, if the goal lies beyond it, ask
 * the calendar for a deadline from the tail's start.
 */
final class CountedTime {

  private final IntervalSet history;
  private final Optional<Instant> tailStart;
  private final BusinessCalendar calendar;

  CountedTime(IntervalSet history, Optional<Instant> tailStart, BusinessCalendar calendar) {
    this.history = history;
    this.tailStart = tailStart;
    this.calendar = calendar;
  }

  /** The earliest instant at which counted time reaches {@code goal} (positive). */
  Optional<Instant> reaching(Duration goal) {
    Duration before = Duration.ZERO;
    for (TimeRange r : history.ranges()) {
      Duration after = before.plus(r.duration());
      if (after.compareTo(goal) >= 0) {
        return Optional.of(r.startInclusive().plus(goal.minus(before)));
      }
      before = after;
    }
    return beyondHistory(goal.minus(before), Deadline::due);
  }

  /**
   * The last instant at which counted time is still at most {@code goal}; empty if counted time is
   * never known to pass it.
   */
  Optional<Instant> lastNotPassing(Duration goal) {
    Duration before = Duration.ZERO;
    for (TimeRange r : history.ranges()) {
      Duration after = before.plus(r.duration());
      if (after.compareTo(goal) > 0) {
        return Optional.of(r.startInclusive().plus(goal.minus(before)));
      }
      before = after;
    }
    return beyondHistory(goal.minus(before), Deadline::breachAfter);
  }

  private Optional<Instant> beyondHistory(Duration rest, Function<Deadline, Instant> pick) {
    return tailStart.flatMap(start -> calendar.deadline(start, rest)).map(pick);
  }
}

package dev.pledge.clock;

import dev.pledge.calendar.BusinessCalendar;
import dev.pledge.calendar.Deadline;
import dev.pledge.time.TimeRange;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A cycle's counted time as a function of the instant, assuming no further pauses: the business
 * time of its running, unpaused segments, then — for a running or stopped clock — every open
 * instant of the calendar from {@code tailStart} on. A paused clock has no tail: when it resumes is
 * unknown.
 *
 * <p>Each segment's business time is asked of the calendar once; an instant inside a segment is the
 * calendar's deadline from the segment's start, so no open interval is ever listed.
 */
final class CountedTime {

  private final List<TimeRange> segments;
  private final Duration[] business;
  private final Duration total;
  private final Optional<Instant> tailStart;
  private final BusinessCalendar calendar;

  /**
   * @param segments the running, unpaused time, sorted and disjoint
   */
  CountedTime(List<TimeRange> segments, Optional<Instant> tailStart, BusinessCalendar calendar) {
    this.segments = segments;
    this.tailStart = tailStart;
    this.calendar = calendar;
    this.business = new Duration[segments.size()];
    Duration sum = Duration.ZERO;
    for (int k = 0; k < business.length; k++) {
      TimeRange s = segments.get(k);
      business[k] = calendar.businessTimeBetween(s.startInclusive(), s.endExclusive());
      sum = sum.plus(business[k]);
    }
    this.total = sum;
  }

  /** The counted time of the segments: the elapsed time up to the stop or the "as of" instant. */
  Duration total() {
    return total;
  }

  /** The earliest instant at which counted time reaches {@code goal} (not negative). */
  Optional<Instant> reaching(Duration goal) {
    Duration before = Duration.ZERO;
    for (int k = 0; k < business.length; k++) {
      Duration after = before.plus(business[k]);
      if (!business[k].isZero() && after.compareTo(goal) >= 0) {
        Duration rest = goal.minus(before);
        // Nothing left to count: the segment's first open instant, as counting resumes there.
        Function<Deadline, Instant> pick = rest.isZero() ? Deadline::breachAfter : Deadline::due;
        return inSegment(k, rest, pick);
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
    for (int k = 0; k < business.length; k++) {
      Duration after = before.plus(business[k]);
      if (after.compareTo(goal) > 0) {
        return inSegment(k, goal.minus(before), Deadline::breachAfter);
      }
      before = after;
    }
    return beyondHistory(goal.minus(before), Deadline::breachAfter);
  }

  /** Segment {@code k} holds at least {@code rest} business time, so its deadline lies inside. */
  private Optional<Instant> inSegment(int k, Duration rest, Function<Deadline, Instant> pick) {
    return calendar.deadline(segments.get(k).startInclusive(), rest).map(pick);
  }

  private Optional<Instant> beyondHistory(Duration rest, Function<Deadline, Instant> pick) {
    return tailStart.flatMap(start -> calendar.deadline(start, rest)).map(pick);
  }
}

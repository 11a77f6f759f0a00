package dev.pledge.period;

import dev.pledge.time.IntervalSet;
import dev.pledge.time.TimeRange;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/** Finds the local dates of a period on which downtime fell. */
final class TroubleFreeDays {

  private TroubleFreeDays() {}

  /**
   * The dates of {@code period} whose day, from local 00:00 to the next local 00:00, shares time
   * with {@code downtime}. Days are real days: 23 or 25 hours on DST change days.
   */
  static SortedSet<LocalDate> datesWithDowntime(ReportingPeriod period, IntervalSet downtime) {
    List<LocalDate> dates = period.dates();
    Instant[] starts = dates.stream().map(period::startOf).toArray(Instant[]::new);
    SortedSet<LocalDate> hit = new TreeSet<>();
    for (TimeRange r : downtime.clip(period.range()).ranges()) {
      int first = dayIndex(starts, r.startInclusive());
      int last = dayIndex(starts, r.endExclusive().minusNanos(1));
      for (int i = first; i <= last; i++) {
        hit.add(dates.get(i));
      }
    }
    return hit;
  }

  /** The index of the day containing {@code t}: the last day starting at or before it. */
  private static int dayIndex(Instant[] starts, Instant t) {
    int i = Arrays.binarySearch(starts, t);
    return i >= 0 ? i : -i - 2;
  }
}

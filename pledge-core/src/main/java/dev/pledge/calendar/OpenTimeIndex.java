package dev.pledge.calendar;

import dev.pledge.time.IntervalSet;
import dev.pledge.time.TimeRange;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A calendar's open time as sorted arrays with running totals, so that business time between two
 * instants is two binary searches and a subtraction, and a deadline is one more.
 *
 * <p>The table covers whole local dates and is rebuilt wider when a question reaches past it. It is
 * replaced atomically, so readers never see a half-built table.
 */
final class OpenTimeIndex {

  /** How far past a start a deadline is searched for before the calendar is deemed never open. */
  private static final int MAX_SEARCH_YEARS = 200;

  /** A table never spans more than this; a wider question gets a table of its own. */
  private static final int MAX_CACHED_YEARS = 400;

  private final BusinessCalendar calendar;
  private volatile Table table;

  OpenTimeIndex(BusinessCalendar calendar) {
    this.calendar = calendar;
  }

  Duration between(Instant from, Instant to) {
    Table t = covering(from, to);
    long seconds = t.position(to.getEpochSecond()) - t.position(from.getEpochSecond());
    long nanos = t.openNanos(to) - (long) t.openNanos(from);
    return Duration.ofSeconds(seconds, nanos);
  }

  Optional<Deadline> deadline(Instant start, Duration target) {
    long goalSeconds;
    int goalNanos;
    Table t = covering(start, start);
    while (true) {
      long base = t.position(start.getEpochSecond());
      long nanos = (long) t.openNanos(start) + target.getNano();
      goalSeconds = base + target.getSeconds() + nanos / 1_000_000_000L;
      goalNanos = (int) (nanos % 1_000_000_000L);
      int after = t.firstEndingAfter(goalSeconds);
      if (after < t.size()) {
        Instant breachAfter = t.instantAt(after, goalSeconds, goalNanos);
        Instant due = target.isZero() ? start : dueFrom(t, goalSeconds, goalNanos);
        return Optional.of(new Deadline(due, breachAfter));
      }
      if (t.lastDate.isAfter(dateOf(start).plusYears(MAX_SEARCH_YEARS))) {
        return Optional.empty();
      }
      t = widened(t, t.firstDate, t.lastDate.plusYears(Math.max(4, t.years())));
    }
  }

  private static Instant dueFrom(Table t, long goalSeconds, int goalNanos) {
    long needed = goalNanos > 0 ? goalSeconds + 1 : goalSeconds;
    int reaching = t.firstEndingAtOrAfter(needed);
    return t.instantAt(reaching, goalSeconds, goalNanos);
  }

  boolean isOpen(Instant instant) {
    Table t = covering(instant, instant);
    return t.indexContaining(instant.getEpochSecond()) >= 0;
  }

  Optional<Instant> nextOpening(Instant instant) {
    if (isOpen(instant)) {
      return Optional.of(instant);
    }
    Table t = covering(instant, instant);
    while (true) {
      int next = t.firstStartingAfter(instant.getEpochSecond());
      if (next < t.size()) {
        return Optional.of(Instant.ofEpochSecond(t.starts[next]));
      }
      if (t.lastDate.isAfter(dateOf(instant).plusYears(MAX_SEARCH_YEARS))) {
        return Optional.empty();
      }
      t = widened(t, t.firstDate, t.lastDate.plusYears(Math.max(4, t.years())));
    }
  }

  Optional<Instant> nextClosing(Instant instant) {
    Table t = covering(instant, instant);
    while (true) {
      int i = t.indexContaining(instant.getEpochSecond());
      if (i < 0) {
        return Optional.of(instant);
      }
      if (t.ends[i] < t.coverageEnd) {
        return Optional.of(Instant.ofEpochSecond(t.ends[i]));
      }
      if (t.lastDate.isAfter(dateOf(instant).plusYears(MAX_SEARCH_YEARS))) {
        return Optional.empty();
      }
      t = widened(t, t.firstDate, t.lastDate.plusYears(Math.max(4, t.years())));
    }
  }

  IntervalSet openIntervals(TimeRange within) {
    Table t = covering(within.startInclusive(), within.endExclusive());
    List<TimeRange> out = new ArrayList<>();
    int i = Math.max(0, t.indexAtOrBefore(within.startInclusive().getEpochSecond()));
    for (; i < t.size() && t.starts[i] < within.endExclusive().getEpochSecond() + 1; i++) {
      TimeRange r =
          TimeRange.of(Instant.ofEpochSecond(t.starts[i]), Instant.ofEpochSecond(t.ends[i]));
      r.intersection(within).ifPresent(out::add);
    }
    return IntervalSet.of(out);
  }

  private LocalDate dateOf(Instant instant) {
    return LocalDate.ofInstant(instant, calendar.zone());
  }

  /** A table whose coverage holds both instants, building a wider one if needed. */
  private Table covering(Instant from, Instant to) {
    Table t = table;
    if (t != null && t.covers(from.getEpochSecond()) && t.covers(to.getEpochSecond())) {
      return t;
    }
    LocalDate first = dateOf(from).minusYears(1).withDayOfYear(1);
    LocalDate last = dateOf(to).plusYears(2).withDayOfYear(1);
    if (t == null) {
      return install(new Table(calendar, first, last));
    }
    return widened(
        t,
        first.isBefore(t.firstDate) ? first : t.firstDate,
        last.isAfter(t.lastDate) ? last : t.lastDate);
  }

  private Table widened(Table current, LocalDate first, LocalDate last) {
    if (first.plusYears(MAX_CACHED_YEARS).isBefore(last)) {
      return new Table(calendar, first, last);
    }
    return install(new Table(calendar, first, last));
  }

  private synchronized Table install(Table t) {
    Table current = table;
    if (current == null
        || (!t.firstDate.isAfter(current.firstDate) && !t.lastDate.isBefore(current.lastDate))) {
      table = t;
    }
    return t;
  }

  /**
   * Open windows of the dates {@code [firstDate, lastDate)} clipped to {@code [coverageStart,
   * coverageEnd)}, merged, in epoch seconds; {@code cumulative[i]} is the open time before window
   * {@code i}, counted from {@code coverageStart}.
   */
  static final class Table {
    final LocalDate firstDate;
    final LocalDate lastDate;
    final long coverageStart;
    final long coverageEnd;
    final long[] starts;
    final long[] ends;
    final long[] cumulative;

    Table(BusinessCalendar calendar, LocalDate firstDate, LocalDate lastDate) {
      this.firstDate = firstDate;
      this.lastDate = lastDate;
      this.coverageStart = firstDate.atStartOfDay(calendar.zone()).toEpochSecond();
      this.coverageEnd = lastDate.atStartOfDay(calendar.zone()).toEpochSecond();
      List<TimeRange> windows = new ArrayList<>();
      // Overnight windows of the day before the first date reach into it.
      for (LocalDate d = firstDate.minusDays(1); d.isBefore(lastDate); d = d.plusDays(1)) {
        windows.addAll(calendar.windowsOn(d));
      }
      Instant from = Instant.ofEpochSecond(coverageStart);
      Instant to = Instant.ofEpochSecond(coverageEnd);
      List<TimeRange> merged = IntervalSet.of(windows).clip(TimeRange.of(from, to)).ranges();
      int n = merged.size();
      starts = new long[n];
      ends = new long[n];
      cumulative = new long[n + 1];
      for (int i = 0; i < n; i++) {
        starts[i] = merged.get(i).startInclusive().getEpochSecond();
        ends[i] = merged.get(i).endExclusive().getEpochSecond();
        cumulative[i + 1] = cumulative[i] + (ends[i] - starts[i]);
      }
    }

    int size() {
      return starts.length;
    }

    int years() {
      return lastDate.getYear() - firstDate.getYear();
    }

    boolean covers(long second) {
      return second >= coverageStart && second < coverageEnd;
    }

    /** Whole seconds of open time in {@code [coverageStart, second)}. */
    long position(long second) {
      int i = indexAtOrBefore(second);
      if (i < 0) {
        return 0;
      }
      return second < ends[i] ? cumulative[i] + (second - starts[i]) : cumulative[i + 1];
    }

    /** The sub-second part of an instant that lies in open time, else zero. */
    int openNanos(Instant instant) {
      return indexContaining(instant.getEpochSecond()) >= 0 ? instant.getNano() : 0;
    }

    /** The instant in window {@code i} at which the running total equals the goal. */
    Instant instantAt(int i, long goalSeconds, int goalNanos) {
      return Instant.ofEpochSecond(starts[i] + (goalSeconds - cumulative[i]), goalNanos);
    }

    int indexContaining(long second) {
      int i = indexAtOrBefore(second);
      return i >= 0 && second < ends[i] ? i : -1;
    }

    int indexAtOrBefore(long second) {
      int lo = 0;
      int hi = starts.length - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        if (starts[mid] <= second) {
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      return hi;
    }

    int firstStartingAfter(long second) {
      return indexAtOrBefore(second) + 1;
    }

    /** The first window whose running total at its end exceeds {@code total}. */
    int firstEndingAfter(long total) {
      return firstCumulativeEndAbove(total);
    }

    /** The first window whose running total at its end reaches {@code total}. */
    int firstEndingAtOrAfter(long total) {
      return firstCumulativeEndAbove(total - 1);
    }

    private int firstCumulativeEndAbove(long total) {
      int lo = 0;
      int hi = starts.length - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        if (cumulative[mid + 1] > total) {
          hi = mid - 1;
        } else {
          lo = mid + 1;
        }
      }
      return lo;
    }
  }
}

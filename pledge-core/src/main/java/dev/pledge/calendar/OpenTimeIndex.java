package dev.pledge.calendar;

import dev.pledge.time.IntervalSet;
import dev.pledge.time.TimeRange;
import java.time.DayOfWeek;
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
    long a = from.getEpochSecond();
    long b = to.getEpochSecond();
    int i = t.locate(a);
    int j = t.locate(b);
    long seconds = t.position(j, b) - t.position(i, a);
    long nanos = (t.isInside(j, b) ? to.getNano() : 0L) - (t.isInside(i, a) ? from.getNano() : 0L);
    return Duration.ofSeconds(seconds, nanos);
  }

  Optional<Deadline> deadline(Instant start, Duration target) {
    long goalSeconds;
    int goalNanos;
    Table t = covering(start, start);
    while (true) {
      long second = start.getEpochSecond();
      int i = t.locate(second);
      long nanos = (t.isInside(i, second) ? start.getNano() : 0L) + target.getNano();
      goalSeconds = t.position(i, second) + target.getSeconds() + nanos / 1_000_000_000L;
      goalNanos = (int) (nanos % 1_000_000_000L);
      int after = t.firstEndingAfter(goalSeconds, i);
      if (after < t.size()) {
        Instant breachAfter = t.instantAt(after, goalSeconds, goalNanos);
        Instant due = target.isZero() ? start : dueFrom(t, after, goalSeconds, goalNanos);
        return Optional.of(new Deadline(due, breachAfter));
      }
      if (searchedEnough(t, start)) {
        return Optional.empty();
      }
      t = widened(t, t.firstDate, t.lastDate.plusYears(Math.max(4, t.years())));
    }
  }

  /**
   * The due instant, given the window in which counted time first exceeds the goal: the same
   * window, unless the goal is reached exactly at the end of the window before it (a closing time).
   */
  private static Instant dueFrom(Table t, int after, long goalSeconds, int goalNanos) {
    if (goalNanos == 0 && after > 0 && t.cumulative[after] == goalSeconds) {
      return Instant.ofEpochSecond(t.ends[after - 1]);
    }
    return t.instantAt(after, goalSeconds, goalNanos);
  }

  boolean isOpen(Instant instant) {
    Table t = covering(instant, instant);
    long second = instant.getEpochSecond();
    return t.isInside(t.locate(second), second);
  }

  Optional<Instant> nextOpening(Instant instant) {
    if (isOpen(instant)) {
      return Optional.of(instant);
    }
    Table t = covering(instant, instant);
    while (true) {
      int next = t.locate(instant.getEpochSecond());
      if (next < t.size()) {
        return Optional.of(Instant.ofEpochSecond(t.starts[next]));
      }
      if (searchedEnough(t, instant)) {
        return Optional.empty();
      }
      t = widened(t, t.firstDate, t.lastDate.plusYears(Math.max(4, t.years())));
    }
  }

  Optional<Instant> nextClosing(Instant instant) {
    Table t = covering(instant, instant);
    while (true) {
      long second = instant.getEpochSecond();
      int i = t.locate(second);
      if (!t.isInside(i, second)) {
        return Optional.of(instant);
      }
      if (t.ends[i] < t.coverageEnd) {
        return Optional.of(Instant.ofEpochSecond(t.ends[i]));
      }
      if (searchedEnough(t, instant)) {
        return Optional.empty();
      }
      t = widened(t, t.firstDate, t.lastDate.plusYears(Math.max(4, t.years())));
    }
  }

  IntervalSet openIntervals(TimeRange within) {
    Table t = covering(within.startInclusive(), within.endExclusive());
    List<TimeRange> out = new ArrayList<>();
    int i = t.locate(within.startInclusive().getEpochSecond());
    for (; i < t.size() && t.starts[i] < within.endExclusive().getEpochSecond() + 1; i++) {
      TimeRange r =
          TimeRange.of(Instant.ofEpochSecond(t.starts[i]), Instant.ofEpochSecond(t.ends[i]));
      r.intersection(within).ifPresent(out::add);
    }
    return IntervalSet.of(out);
  }

  /**
   * True when looking further ahead is pointless: the table already reaches {@code
   * MAX_SEARCH_YEARS} past {@code from}, or the calendar has no weekly hours and no extra working
   * day after the table's end, so nothing will ever open again.
   */
  private boolean searchedEnough(Table t, Instant from) {
    if (t.lastDate.isAfter(dateOf(from).plusYears(MAX_SEARCH_YEARS))) {
      return true;
    }
    return neverOpensAfter(t.lastDate);
  }

  private boolean neverOpensAfter(LocalDate date) {
    for (DayOfWeek d : DayOfWeek.values()) {
      if (!calendar.weeklyHours(d).isEmpty()) {
        return false;
      }
    }
    return calendar.extraWorkingDays().stream()
        .noneMatch(e -> !e.date().isBefore(date.minusDays(1)));
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
    private static final long BUCKET = 86_400;

    final LocalDate firstDate;
    final LocalDate lastDate;
    final long coverageStart;
    final long coverageEnd;
    final long[] starts;
    final long[] ends;
    final long[] cumulative;
    final int[] firstByDay;

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
      firstByDay = new int[(int) ((coverageEnd - coverageStart) / BUCKET) + 1];
      int w = 0;
      for (int k = 0; k < firstByDay.length; k++) {
        long bucketStart = coverageStart + k * BUCKET;
        while (w < n && ends[w] <= bucketStart) {
          w++;
        }
        firstByDay[k] = w;
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

    /**
     * The first window that ends after {@code second}: the one containing it, or the next one;
     * {@code size()} if none. The day buckets make this a step or two instead of a search.
     */
    int locate(long second) {
      int i = firstByDay[(int) ((second - coverageStart) / BUCKET)];
      while (i < ends.length && ends[i] <= second) {
        i++;
      }
      return i;
    }

    boolean isInside(int located, long second) {
      return located < starts.length && starts[located] <= second;
    }

    /**
     * Whole seconds of open time in {@code [coverageStart, second)}, given {@code locate(second)}.
     */
    long position(int located, long second) {
      return isInside(located, second)
          ? cumulative[located] + (second - starts[located])
          : cumulative[located];
    }

    /** The instant in window {@code i} at which the running total equals the goal. */
    Instant instantAt(int i, long goalSeconds, int goalNanos) {
      return Instant.ofEpochSecond(starts[i] + (goalSeconds - cumulative[i]), goalNanos);
    }

    /**
     * The first window, from {@code from} on, whose running total at its end exceeds {@code total};
     * {@code size()} if none. Gallops before searching, since most targets end a few windows after
     * their start.
     */
    int firstEndingAfter(long total, int from) {
      int n = starts.length;
      int lo = from;
      int step = 1;
      while (lo + step < n && cumulative[lo + step + 1] <= total) {
        lo += step;
        step <<= 1;
      }
      int hi = Math.min(n - 1, lo + step);
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

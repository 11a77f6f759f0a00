package dev.pledge.clock;

import dev.pledge.calendar.BusinessCalendar;
import dev.pledge.calendar.WorkingHours;
import dev.pledge.time.IntervalSet;
import dev.pledge.time.TimeRange;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The clock rules computed the obvious way, to check the engine against: step minute by minute from
 * {@code from}, apply the events of each minute in order, and sort each minute into counted, paused
 * or outside hours; a minute is open if a window of its local date or the day before, built with
 * {@code hoursOn} and {@code ZonedDateTime.of}, holds its start. Deadlines step on past "as of" the
 * same way, up to {@code horizon}. Every instant given must be a whole minute.
 */
final class NaiveClock {

  static final Duration MINUTE = Duration.ofMinutes(1);
  static final BigDecimal NANOS_PER_MINUTE = BigDecimal.valueOf(60_000_000_000L);

  /** One cycle's minutes; {@code tail} is where counting is assumed to go on, if anywhere. */
  static final class Cycle {
    final int number;
    final Instant started;
    Instant stopped;
    ClockState state;
    Instant tail;
    final BitSet counted = new BitSet(); // by minute index from `from`
    final BitSet paused = new BitSet();
    final BitSet outside = new BitSet();

    Cycle(int number, Instant started) {
      this.number = number;
      this.started = started;
    }
  }

  /** A deadline stepped for: found, not within the horizon, or never (a paused clock). */
  record Search(Optional<Instant> found, boolean beyondHorizon) {}

  private final ClockDefinition definition;
  private final BusinessCalendar calendar;
  private final Instant asOf;
  private final Instant horizon;
  private final Map<LocalDate, List<TimeRange>> windows = new HashMap<>();
  private final Instant from;
  private final boolean[] open; // minute i from `from` is open
  final List<Cycle> cycles = new ArrayList<>();

  private boolean running;
  private final Set<String> pausedBy = new HashSet<>();

  NaiveClock(
      ClockDefinition definition,
      List<TimelineEvent> events,
      Instant from,
      Instant asOf,
      Instant horizon) {
    this.definition = definition;
    this.calendar = definition.calendar();
    this.asOf = asOf;
    this.horizon = horizon;
    this.from = from;
    this.open = new boolean[(int) Duration.between(from, horizon).toMinutes()];
    for (int i = 0; i < open.length; i++) {
      open[i] = isOpen(from.plus(MINUTE.multipliedBy(i)));
    }
    List<TimelineEvent> sorted = new ArrayList<>(events);
    sorted.sort(Comparator.comparing(TimelineEvent::at));
    int next = 0;
    for (Instant m = from; !m.isAfter(asOf); m = m.plus(MINUTE)) {
      while (next < sorted.size() && sorted.get(next).at().equals(m)) {
        apply(sorted.get(next++), m);
      }
      if (running && m.isBefore(asOf)) {
        classify(m);
      }
    }
    finish();
  }

  private Cycle current() {
    return cycles.get(cycles.size() - 1);
  }

  private void apply(TimelineEvent e, Instant m) {
    TimelineEventType t = e.type();
    if (t == TimelineEventType.PAUSED && definition.pausesOn(e.reason())) {
      pausedBy.add(e.reason());
    }
    if (t == TimelineEventType.RESUMED) {
      if (e.hasReason()) {
        pausedBy.remove(e.reason());
      } else {
        pausedBy.clear();
      }
    }
    if (cycles.isEmpty()) {
      if (definition.startOn().contains(t)) {
        begin(m);
      }
    } else if (running) {
      if (definition.stopOn().contains(t)) {
        current().stopped = m;
        running = false;
      } else if (definition.restartOn().contains(t)) {
        current().stopped = m;
        begin(m);
      }
    } else if (t == TimelineEventType.REOPENED) {
      switch (definition.reopen()) {
        case CONTINUE -> {
          current().stopped = null;
          running = true;
        }
        case NEW_CYCLE -> begin(m);
        case IGNORE -> {}
      }
    }
  }

  private void begin(Instant m) {
    cycles.add(new Cycle(cycles.size() + 1, m));
    running = true;
  }

  private void classify(Instant m) {
    int i = index(m);
    if (!pausedBy.isEmpty()) {
      if (open[i]) {
        current().paused.set(i);
      }
    } else if (open[i]) {
      current().counted.set(i);
    } else {
      current().outside.set(i);
    }
  }

  private void finish() {
    for (Cycle c : cycles) {
      c.state = ClockState.STOPPED;
      c.tail = c.stopped;
    }
    if (running) {
      Cycle c = current();
      c.state = pausedBy.isEmpty() ? ClockState.RUNNING : ClockState.PAUSED;
      c.tail = pausedBy.isEmpty() ? asOf : null;
    }
  }

  /** Open if a window starting on the minute's local date, or the day before, holds it. */
  boolean isOpen(Instant m) {
    LocalDate d = LocalDate.ofInstant(m, calendar.zone());
    return holds(d.minusDays(1), m) || holds(d, m);
  }

  private boolean holds(LocalDate date, Instant m) {
    for (TimeRange w : windows.computeIfAbsent(date, this::naiveWindows)) {
      if (!m.isBefore(w.startInclusive()) && m.isBefore(w.endExclusive())) {
        return true;
      }
    }
    return false;
  }

  private List<TimeRange> naiveWindows(LocalDate date) {
    ZoneId zone = calendar.zone();
    List<TimeRange> out = new ArrayList<>();
    for (WorkingHours h : calendar.hoursOn(date)) {
      Instant start = ZonedDateTime.of(date, h.start(), zone).toInstant();
      LocalDate endDate = h.endsNextDay() ? date.plusDays(1) : date;
      Instant end = ZonedDateTime.of(endDate, h.end(), zone).toInstant();
      if (end.isAfter(start)) {
        out.add(TimeRange.of(start, end));
      }
    }
    return out;
  }

  Duration elapsed(Cycle c) {
    return MINUTE.multipliedBy(c.counted.cardinality());
  }

  private int index(Instant m) {
    return (int) Duration.between(from, m).toMinutes();
  }

  /** True if minute {@code i} counts, assuming no further pauses after the history. */
  private boolean countsAhead(Cycle c, int i, int tail) {
    return c.counted.get(i) || (i >= tail && open[i]);
  }

  /**
   * The earliest instant counted time reaches {@code goal} nanoseconds (exact, maybe fractional).
   */
  Search reaching(Cycle c, BigDecimal goal) {
    // Counted time reaches the goal inside the minute that brings it to at least the goal.
    long minutesNeeded = goal.divide(NANOS_PER_MINUTE, 0, RoundingMode.CEILING).longValueExact();
    return step(c, minutesNeeded, goal, RoundingMode.CEILING);
  }

  /** The last instant counted time is at most {@code goal} nanoseconds, if it ever passes it. */
  Search lastNotPassing(Cycle c, BigDecimal goal) {
    // Counted time passes the goal inside the minute that brings it above the goal.
    long minutesNeeded = goal.divide(NANOS_PER_MINUTE, 0, RoundingMode.FLOOR).longValueExact() + 1;
    return step(c, minutesNeeded, goal, RoundingMode.FLOOR);
  }

  /**
   * Steps to the counted minute that brings the count to {@code minutesNeeded}; the instant is that
   * minute's start plus what the goal still lacks at its start, rounded to a nanosecond.
   */
  private Search step(Cycle c, long minutesNeeded, BigDecimal goal, RoundingMode rounding) {
    long counted = 0;
    int tail = c.tail == null ? Integer.MAX_VALUE : index(c.tail);
    for (int i = index(c.started); i < open.length; i++) {
      if (countsAhead(c, i, tail) && ++counted == minutesNeeded) {
        Instant m = from.plus(MINUTE.multipliedBy(i));
        BigDecimal lacking =
            goal.subtract(NANOS_PER_MINUTE.multiply(BigDecimal.valueOf(counted - 1)));
        return new Search(
            Optional.of(m.plusNanos(lacking.setScale(0, rounding).longValueExact())), false);
      }
    }
    return new Search(Optional.empty(), c.tail != null);
  }

  /** The minutes of {@code indexes} as ranges of instants. */
  IntervalSet minutes(BitSet indexes) {
    List<TimeRange> out = new ArrayList<>();
    indexes.stream()
        .forEach(
            i -> {
              Instant m = from.plus(MINUTE.multipliedBy(i));
              out.add(TimeRange.of(m, m.plus(MINUTE)));
            });
    return IntervalSet.of(out);
  }
}

package dev.pledge.clock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pledge.calendar.BusinessCalendar;
import dev.pledge.calendar.WorkingHours;
import dev.pledge.testing.PropertyCheck;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Every figure of the engine against {@link NaiveClock}, over random minute-aligned calendars in
 * zones with daylight saving time (whole-hour, half-hour, midnight transitions) and random
 * timelines evaluated at random minutes.
 */
class ClockReferenceTests {

  static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("Europe/Berlin"),
          ZoneId.of("America/New_York"),
          ZoneId.of("Australia/Lord_Howe"),
          ZoneId.of("America/Santiago"),
          ZoneId.of("Asia/Shanghai"),
          ZoneId.of("UTC"));

  /** Local times that fall in or next to DST gaps and overlaps somewhere in {@link #ZONES}. */
  static final List<LocalTime> AWKWARD_TIMES =
      List.of(
          LocalTime.MIDNIGHT,
          LocalTime.of(0, 30),
          LocalTime.of(1, 0),
          LocalTime.of(1, 30),
          LocalTime.of(2, 0),
          LocalTime.of(2, 15),
          LocalTime.of(2, 30),
          LocalTime.of(3, 0),
          LocalTime.of(23, 0),
          LocalTime.of(23, 30));

  static final List<TimelineEventType> DRIVERS =
      List.of(
          TimelineEventType.REPORTED,
          TimelineEventType.ACKNOWLEDGED,
          TimelineEventType.RESOLVED,
          TimelineEventType.PROGRESS_UPDATE,
          TimelineEventType.REOPENED);

  static final List<String> REASONS = List.of("customer", "parts", "vendor", "");

  static final List<BigDecimal> PERCENTS =
      List.of("12.345", "25", "33.33", "50", "66.6666666667", "75", "87.5", "100", "150").stream()
          .map(BigDecimal::new)
          .toList();

  @Test
  void everyFigureAgreesWithTheMinuteSteppingReference() {
    PropertyCheck.forAll(400, random -> checkCase(randomCase(random)));
  }

  @Test
  void everyFigureAgreesOnBusyShortTimelines() {
    // Many events in a few hours: pauses, stops and reopenings at the same minutes.
    PropertyCheck.forAll(300, random -> checkCase(randomCase(random, 6 * 60, 20)));
  }

  record Case(
      ClockDefinition definition,
      List<TimelineEvent> events,
      Instant from,
      Instant asOf,
      Instant horizon) {}

  static Case randomCase(SplittableRandom random) {
    return randomCase(random, 3 * 24 * 60, 14);
  }

  /**
   * A random case on a grid of 1, 30 or 60 minutes: window edges, events, "as of" and the target
   * are multiples of it, so that on the coarse grids deadlines often land exactly on a closing.
   */
  static Case randomCase(SplittableRandom random, int spanMinutes, int maxEvents) {
    int grid = List.of(1, 1, 30, 60).get(random.nextInt(4));
    ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
    LocalDate base = baseDate(zone, random);
    BusinessCalendar calendar = randomCalendar(zone, base, grid, random);
    ClockDefinition definition = randomDefinition(calendar, grid, random);
    Instant from = base.atStartOfDay(zone).toInstant();
    List<TimelineEvent> events = new ArrayList<>();
    if (random.nextInt(4) != 0) { // most tickets are reported early in the span
      TimelineEventType first = pick(List.copyOf(definition.startOn()), random);
      events.add(TimelineEvent.of(randomMinute(from, spanMinutes / 4, grid, random), first));
    }
    int count = random.nextInt(maxEvents + 1);
    for (int i = 0; i < count; i++) {
      Instant at =
          random.nextInt(5) == 0 && !events.isEmpty()
              ? events.get(random.nextInt(events.size())).at() // same minute as another event
              : randomMinute(from, spanMinutes, grid, random);
      events.add(randomEvent(at, random));
    }
    Instant asOf = randomMinute(from, spanMinutes + 2880, grid, random);
    Instant horizon = asOf.plus(Duration.ofDays(8));
    return new Case(definition, events, from, asOf, horizon);
  }

  static Instant randomMinute(Instant from, int spanMinutes, int grid, SplittableRandom random) {
    return from.plus(
        NaiveClock.MINUTE.multipliedBy((long) grid * random.nextInt(spanMinutes / grid)));
  }

  /** A date near one of the zone's 2026 transitions half the time, else any date of 2026. */
  static LocalDate baseDate(ZoneId zone, SplittableRandom random) {
    ZoneRules rules = zone.getRules();
    List<ZoneOffsetTransition> transitions = new ArrayList<>();
    ZoneOffsetTransition t = rules.nextTransition(Instant.parse("2026-01-01T00:00:00Z"));
    while (t != null && t.getInstant().isBefore(Instant.parse("2027-01-01T00:00:00Z"))) {
      transitions.add(t);
      t = rules.nextTransition(t.getInstant());
    }
    if (!transitions.isEmpty() && random.nextBoolean()) {
      ZoneOffsetTransition near = transitions.get(random.nextInt(transitions.size()));
      return near.getDateTimeBefore().toLocalDate().minusDays(random.nextInt(3));
    }
    return LocalDate.of(2026, 1, 1).plusDays(random.nextInt(365));
  }

  static BusinessCalendar randomCalendar(
      ZoneId zone, LocalDate base, int grid, SplittableRandom random) {
    BusinessCalendar.Builder b = BusinessCalendar.builder(zone);
    DayOfWeek alwaysOpen = DayOfWeek.of(1 + random.nextInt(7));
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d == alwaysOpen || random.nextInt(10) < 6) {
        b.week(d, randomWindows(grid, random));
      }
    }
    Set<LocalDate> used = new java.util.HashSet<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      LocalDate date = base.plusDays(random.nextInt(-1, 7));
      if (used.add(date)) {
        b.holiday(date, "holiday");
      }
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      LocalDate date = base.plusDays(random.nextInt(-1, 7));
      if (used.add(date)) {
        b.extraWorkingDay(date, "extra", randomWindows(grid, random).toArray(WorkingHours[]::new));
      }
    }
    return b.build();
  }

  /** One or two windows, sometimes overnight, sometimes all day, sometimes at awkward times. */
  static List<WorkingHours> randomWindows(int grid, SplittableRandom random) {
    if (random.nextInt(12) == 0) {
      return List.of(WorkingHours.ALL_DAY);
    }
    List<WorkingHours> out = new ArrayList<>();
    for (int i = 1 + random.nextInt(2); i > 0; i--) {
      LocalTime start = randomTime(grid, random);
      LocalTime end =
          random.nextInt(4) == 0
              ? randomTime(grid, random)
              : start.plusMinutes(grid * (1 + random.nextInt(10 * 60 / grid))); // may wrap
      out.add(WorkingHours.of(start, end));
    }
    return out;
  }

  static LocalTime randomTime(int grid, SplittableRandom random) {
    if (random.nextInt(3) == 0) {
      return AWKWARD_TIMES.get(random.nextInt(AWKWARD_TIMES.size()));
    }
    return LocalTime.ofSecondOfDay(60L * grid * random.nextInt(24 * 60 / grid));
  }

  static ClockDefinition randomDefinition(
      BusinessCalendar calendar, int grid, SplittableRandom random) {
    Set<TimelineEventType> start = EnumSet.noneOf(TimelineEventType.class);
    Set<TimelineEventType> stop = EnumSet.noneOf(TimelineEventType.class);
    Set<TimelineEventType> restart = EnumSet.noneOf(TimelineEventType.class);
    for (TimelineEventType t : DRIVERS) {
      switch (random.nextInt(4)) {
        case 0 -> start.add(t);
        case 1 -> {
          if (t != TimelineEventType.REOPENED) {
            stop.add(t);
          }
        }
        case 2 -> restart.add(t);
        default -> {}
      }
    }
    if (start.isEmpty()) {
      start.add(TimelineEventType.REPORTED);
      stop.remove(TimelineEventType.REPORTED);
      restart.remove(TimelineEventType.REPORTED);
    }
    if (stop.isEmpty()) {
      TimelineEventType s =
          start.contains(TimelineEventType.RESOLVED)
                  && !start.contains(TimelineEventType.ACKNOWLEDGED)
              ? TimelineEventType.ACKNOWLEDGED
              : TimelineEventType.RESOLVED;
      start.remove(s);
      restart.remove(s);
      stop.add(s);
      if (start.isEmpty()) {
        start.add(TimelineEventType.REPORTED);
        restart.remove(TimelineEventType.REPORTED);
      }
    }
    ClockDefinition.Builder b =
        ClockDefinition.builder()
            .target(randomTarget(grid, random))
            .calendar(calendar)
            .startOn(start.toArray(TimelineEventType[]::new))
            .stopOn(stop.toArray(TimelineEventType[]::new))
            .restartOn(restart.toArray(TimelineEventType[]::new))
            .reopen(ReopenMode.values()[random.nextInt(ReopenMode.values().length)]);
    if (random.nextInt(5) == 0) {
      b.pauseOnAnyReason();
    } else {
      for (String r : REASONS.subList(0, 3)) {
        if (random.nextBoolean()) {
          b.pauseReasons(r);
        }
      }
    }
    for (BigDecimal p : PERCENTS) {
      if (random.nextInt(3) == 0) {
        b.thresholds(p);
      }
    }
    return b.build();
  }

  /**
   * Whole grid steps; on the minute grid sometimes with seconds or nanoseconds, so deadlines fall
   * between minutes and thresholds between nanoseconds.
   */
  static Duration randomTarget(int grid, SplittableRandom random) {
    int steps = 1 + random.nextInt((random.nextBoolean() ? 60 : 600) / grid);
    Duration target = Duration.ofMinutes((long) grid * steps);
    if (grid > 1) {
      return target;
    }
    return switch (random.nextInt(6)) {
      case 0 -> target.plusSeconds(random.nextInt(60));
      case 1 -> target.plusNanos(random.nextInt(1_000_000_000));
      default -> target;
    };
  }

  static TimelineEvent randomEvent(Instant at, SplittableRandom random) {
    int k = random.nextInt(10);
    if (k < 2) {
      return TimelineEvent.of(at, TimelineEventType.PAUSED, pick(REASONS, random));
    }
    if (k < 4) {
      return TimelineEvent.of(at, TimelineEventType.RESUMED, pick(REASONS, random));
    }
    if (k == 4) {
      return TimelineEvent.of(at, TimelineEventType.COMMENTED, "customer");
    }
    return TimelineEvent.of(at, pick(DRIVERS, random));
  }

  static <T> T pick(List<T> items, SplittableRandom random) {
    return items.get(random.nextInt(items.size()));
  }

  static void checkCase(Case c) {
    ClockEvaluation engine =
        ClockEvaluator.evaluate(c.definition(), Timeline.of(c.events()), c.asOf());
    NaiveClock naive = new NaiveClock(c.definition(), c.events(), c.from(), c.asOf(), c.horizon());
    String context = c.toString();
    if (naive.cycles.isEmpty()) {
      checkNotStarted(engine, c.definition(), context);
      return;
    }
    assertThat(engine.cycles()).as(context).hasSize(naive.cycles.size());
    boolean anyBreached = false;
    for (int i = 0; i < naive.cycles.size(); i++) {
      ClockVerdict v = checkCycle(engine.cycles().get(i), naive, naive.cycles.get(i), c, context);
      anyBreached |= v == ClockVerdict.BREACHED;
    }
    ClockVerdict overall = anyBreached ? ClockVerdict.BREACHED : engine.current().verdict();
    assertThat(engine.verdict()).as(context).isEqualTo(overall);
  }

  static void checkNotStarted(ClockEvaluation engine, ClockDefinition d, String context) {
    assertThat(engine.cycles()).as(context).hasSize(1);
    ClockResult r = engine.current();
    assertThat(r.state()).as(context).isEqualTo(ClockState.NOT_STARTED);
    assertThat(r.elapsed()).as(context).isZero();
    assertThat(r.remaining()).as(context).isEqualTo(d.target());
    assertThat(r.due()).as(context).isEmpty();
    assertThat(r.breachAfter()).as(context).isEmpty();
    assertThat(r.verdict()).as(context).isEqualTo(ClockVerdict.IN_PROGRESS);
    assertThat(r.thresholds()).as(context).allMatch(t -> !t.reached() && t.reachedAt().isEmpty());
  }

  /** Checks one cycle and returns the reference's verdict. */
  static ClockVerdict checkCycle(
      ClockResult r, NaiveClock naive, NaiveClock.Cycle n, Case c, String context) {
    String at = context + " cycle " + n.number;
    Duration target = c.definition().target();
    Duration elapsed = naive.elapsed(n);
    assertThat(r.cycle()).as(at).isEqualTo(n.number);
    assertThat(r.state()).as(at).isEqualTo(n.state);
    assertThat(r.started()).as(at).contains(n.started);
    assertThat(r.stopped()).as(at).isEqualTo(Optional.ofNullable(n.stopped));
    assertThat(r.elapsed()).as(at).isEqualTo(elapsed);
    assertThat(r.remaining()).as(at).isEqualTo(max(target.minus(elapsed), Duration.ZERO));
    assertThat(r.overrun()).as(at).isEqualTo(max(elapsed.minus(target), Duration.ZERO));
    assertThat(r.percentUsed()).as(at).isEqualTo(percent(elapsed, target));
    assertThat(r.explanation().counted()).as(at).isEqualTo(naive.minutes(n.counted));
    assertThat(r.explanation().paused()).as(at).isEqualTo(naive.minutes(n.paused));
    assertThat(r.explanation().outsideHours()).as(at).isEqualTo(naive.minutes(n.outside));
    BigDecimal goal = new BigDecimal(ClockResult.nanos(target));
    NaiveClock.Search due = naive.reaching(n, goal);
    NaiveClock.Search breachAfter = naive.lastNotPassing(n, goal);
    assertSearch(r.due(), due, c.horizon(), at + " due");
    assertSearch(r.breachAfter(), breachAfter, c.horizon(), at + " breachAfter");
    checkThresholds(r, naive, n, c, at);
    ClockVerdict verdict = verdict(n, elapsed, target, breachAfter, c.asOf());
    assertThat(r.verdict()).as(at).isEqualTo(verdict);
    return verdict;
  }

  /** A running clock is breached iff "as of" is after breach-after; others compare elapsed. */
  static ClockVerdict verdict(
      NaiveClock.Cycle n,
      Duration elapsed,
      Duration target,
      NaiveClock.Search breachAfter,
      Instant asOf) {
    if (n.state == ClockState.RUNNING) {
      boolean past = breachAfter.found().map(asOf::isAfter).orElse(false);
      return past ? ClockVerdict.BREACHED : ClockVerdict.IN_PROGRESS;
    }
    if (elapsed.compareTo(target) > 0) {
      return ClockVerdict.BREACHED;
    }
    return n.state == ClockState.STOPPED ? ClockVerdict.MET : ClockVerdict.IN_PROGRESS;
  }

  static void checkThresholds(
      ClockResult r, NaiveClock naive, NaiveClock.Cycle n, Case c, String at) {
    List<BigDecimal> percents = c.definition().thresholds();
    assertThat(r.thresholds()).as(at).hasSize(percents.size());
    BigDecimal targetNanos = new BigDecimal(ClockResult.nanos(c.definition().target()));
    BigDecimal elapsedNanos = new BigDecimal(ClockResult.nanos(naive.elapsed(n)));
    for (int i = 0; i < percents.size(); i++) {
      ThresholdCrossing t = r.thresholds().get(i);
      BigDecimal exact = targetNanos.multiply(percents.get(i)).divide(BigDecimal.valueOf(100));
      String where = at + " threshold " + percents.get(i);
      assertThat(t.percent()).as(where).isEqualTo(percents.get(i));
      assertThat(new BigDecimal(ClockResult.nanos(t.elapsed())))
          .as(where)
          .isEqualByComparingTo(exact.setScale(0, RoundingMode.CEILING));
      assertSearch(t.reachedAt(), naive.reaching(n, exact), c.horizon(), where + " reachedAt");
      assertSearch(
          t.exceededAfter(), naive.lastNotPassing(n, exact), c.horizon(), where + " exceededAfter");
      assertThat(t.reached()).as(where).isEqualTo(elapsedNanos.compareTo(exact) >= 0);
    }
  }

  /** Found by the reference: equal; beyond its horizon: empty or later; never: empty. */
  static void assertSearch(
      Optional<Instant> engine, NaiveClock.Search naive, Instant horizon, String what) {
    if (naive.found().isPresent()) {
      assertThat(engine).as(what).isEqualTo(naive.found());
    } else if (naive.beyondHorizon()) {
      assertThat(engine.map(i -> !i.isBefore(horizon)).orElse(true)).as(what).isTrue();
    } else {
      assertThat(engine).as(what).isEmpty();
    }
  }

  static BigDecimal percent(Duration elapsed, Duration target) {
    return BigDecimal.valueOf(elapsed.toSeconds())
        .multiply(BigDecimal.valueOf(100))
        .divide(
            new BigDecimal(ClockResult.nanos(target)).movePointLeft(9), 2, RoundingMode.HALF_UP);
  }

  static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}

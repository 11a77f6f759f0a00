package dev.pledge.clock;

import dev.pledge.calendar.BusinessCalendar;
import dev.pledge.time.IntervalSet;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Evaluates a commitment's clock over a ticket's timeline as of an instant. */
public final class ClockEvaluator {

  private static final BigInteger BILLION = BigInteger.valueOf(1_000_000_000L);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private ClockEvaluator() {}

  /**
   * The clock of {@code definition} over {@code timeline} as it was known at {@code asOf}: events
   * after {@code asOf} are ignored, and a running clock counts up to {@code asOf}.
   */
  public static ClockEvaluation evaluate(
      ClockDefinition definition, Timeline timeline, Instant asOf) {
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(timeline, "timeline");
    Objects.requireNonNull(asOf, "asOf");
    TimelineWalk walk = TimelineWalk.of(definition, timeline, asOf);
    if (walk.cycles().isEmpty()) {
      return new ClockEvaluation(asOf, List.of(notStarted(definition)));
    }
    List<ClockResult> results = new ArrayList<>();
    for (CycleSpan span : walk.cycles()) {
      results.add(cycle(definition, span, walk, asOf));
    }
    return new ClockEvaluation(asOf, results);
  }

  /** Not started: a target in working days has no counted time yet, so it shows as zero. */
  private static ClockResult notStarted(ClockDefinition definition) {
    Duration target = definition.workingDays().isPresent() ? Duration.ZERO : definition.target();
    List<ThresholdCrossing> crossings = new ArrayList<>();
    for (ThresholdGoal g : definition.thresholdGoals(target)) {
      crossings.add(
          new ThresholdCrossing(g.percent(), g.reach(), Optional.empty(), Optional.empty(), false));
    }
    ClockResult.Deadlines none =
        new ClockResult.Deadlines(Optional.empty(), Optional.empty(), crossings);
    return new ClockResult(
        1,
        ClockState.NOT_STARTED,
        Optional.empty(),
        Optional.empty(),
        target,
        definition.workingDays(),
        Duration.ZERO,
        () -> none,
        () -> Explanation.NONE);
  }

  /**
   * Figures come from the business time of the running, unpaused segments; the explanation's
   * interval sets cost more than all of them together, so they are built only when asked for.
   */
  private static ClockResult cycle(
      ClockDefinition definition, CycleSpan span, TimelineWalk walk, Instant asOf) {
    ClockState state = stateOf(span, walk);
    IntervalSet pauses = walk.pauses();
    IntervalSet unpaused = pauses.isEmpty() ? span.runs() : span.runs().minus(pauses);
    BusinessCalendar calendar = definition.calendar();
    CountedTime counted =
        new CountedTime(unpaused.ranges(), tailStart(state, span, asOf), calendar);
    Duration elapsed = counted.total();
    // A target in working days becomes counted time once the cycle's start is known; from then
    // on pauses, due and breach_after follow the same rules as a target in hours.
    Duration target = definition.targetFrom(span.started());
    return new ClockResult(
        span.number(),
        state,
        Optional.of(span.started()),
        span.stopped(),
        target,
        definition.workingDays(),
        elapsed,
        () ->
            new ClockResult.Deadlines(
                counted.reaching(target),
                counted.lastNotPassing(target),
                crossings(definition.thresholdGoals(target), counted, elapsed)),
        () -> explain(span.runs(), pauses, calendar));
  }

  private static ClockState stateOf(CycleSpan span, TimelineWalk walk) {
    if (!span.isRunning()) {
      return ClockState.STOPPED;
    }
    return walk.pausedAtAsOf() ? ClockState.PAUSED : ClockState.RUNNING;
  }

  /** Where counting is assumed to go on: from "as of" if running, from the stop if stopped. */
  private static Optional<Instant> tailStart(ClockState state, CycleSpan span, Instant asOf) {
    return switch (state) {
      case RUNNING -> Optional.of(asOf);
      case STOPPED -> span.stopped();
      case PAUSED, NOT_STARTED -> Optional.empty();
    };
  }

  static Explanation explain(IntervalSet runs, IntervalSet pauses, BusinessCalendar calendar) {
    if (runs.isEmpty()) {
      return Explanation.NONE;
    }
    IntervalSet open = calendar.openIntervals(runs.span().orElseThrow());
    IntervalSet unpaused = runs.minus(pauses);
    return new Explanation(
        unpaused.intersection(open),
        runs.intersection(pauses).intersection(open),
        unpaused.minus(open));
  }

  private static List<ThresholdCrossing> crossings(
      List<ThresholdGoal> goals, CountedTime counted, Duration elapsed) {
    List<ThresholdCrossing> out = new ArrayList<>();
    for (ThresholdGoal g : goals) {
      out.add(
          new ThresholdCrossing(
              g.percent(),
              g.reach(),
              counted.reaching(g.reach()),
              counted.lastNotPassing(g.notPast()),
              elapsed.compareTo(g.reach()) >= 0));
    }
    return out;
  }

  /**
   * {@code percent} % of {@code target}, rounded to a whole nanosecond as {@code rounding} says.
   */
  static Duration fraction(Duration target, BigDecimal percent, RoundingMode rounding) {
    BigInteger nanos =
        new BigDecimal(ClockResult.nanos(target))
            .multiply(percent)
            .divide(HUNDRED)
            .setScale(0, rounding)
            .toBigIntegerExact();
    BigInteger[] secondsAndNanos = nanos.divideAndRemainder(BILLION);
    return Duration.ofSeconds(secondsAndNanos[0].longValueExact(), secondsAndNanos[1].longValue());
  }
}

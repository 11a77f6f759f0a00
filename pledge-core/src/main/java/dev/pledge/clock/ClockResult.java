package dev.pledge.clock;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * One cycle of a clock as of an instant: what it counted, what is left, when it is due, and whether
 * it kept its commitment, with the intervals behind the figures. Immutable.
 */
public final class ClockResult {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final int cycle;
  private final ClockState state;
  private final Optional<Instant> started;
  private final Optional<Instant> stopped;
  private final Duration target;
  private final OptionalInt workingDays;
  private final Duration elapsed;
  private final Supplier<Deadlines> work;
  private final Supplier<Explanation> explain;
  private volatile Deadlines deadlines;
  private volatile Explanation explanation;

  /** The instants a clock is due and crosses its thresholds, worked out together. */
  record Deadlines(
      Optional<Instant> due, Optional<Instant> breachAfter, List<ThresholdCrossing> thresholds) {
    Deadlines {
      thresholds = List.copyOf(thresholds);
    }
  }

  /**
   * @param deadlines worked out on the first call of {@link #due()}, {@link #breachAfter()} or
   *     {@link #thresholds()}: the verdict needs none of them, and each asks the calendar for a
   *     deadline, so an evaluation that only counts verdicts never pays for them
   */
  ClockResult(
      int cycle,
      ClockState state,
      Optional<Instant> started,
      Optional<Instant> stopped,
      Duration target,
      OptionalInt workingDays,
      Duration elapsed,
      Supplier<Deadlines> deadlines,
      Supplier<Explanation> explain) {
    this.cycle = cycle;
    this.state = Objects.requireNonNull(state);
    this.started = started;
    this.stopped = stopped;
    this.target = target;
    this.workingDays = workingDays;
    this.elapsed = elapsed;
    this.work = Objects.requireNonNull(deadlines);
    this.explain = Objects.requireNonNull(explain);
  }

  /** 1 for the first cycle; a restart or a reopening as a new cycle adds one. */
  public int cycle() {
    return cycle;
  }

  public ClockState state() {
    return state;
  }

  /** When the cycle started; empty if the clock has not started. */
  public Optional<Instant> started() {
    return started;
  }

  /** When the cycle stopped or was ended; empty while it runs or is paused. */
  public Optional<Instant> stopped() {
    return stopped;
  }

  /**
   * The counted time this cycle is allowed. For a target in working days, the business time from
   * the cycle's start to the close of the last of them (zero before the clock starts).
   */
  public Duration target() {
    return target;
  }

  /** The target as the guarantee wrote it, in whole working days, if it was written so. */
  public OptionalInt workingDays() {
    return workingDays;
  }

  /** Counted time: running, unpaused business time up to the stop or the "as of" instant. */
  public Duration elapsed() {
    return elapsed;
  }

  /** What is left of the target; zero once it is used up (see {@link #overrun()}). */
  public Duration remaining() {
    Duration left = target.minus(elapsed);
    return left.isNegative() ? Duration.ZERO : left;
  }

  /** How far elapsed time is past the target; zero unless breached. */
  public Duration overrun() {
    Duration over = elapsed.minus(target);
    return over.isNegative() ? Duration.ZERO : over;
  }

  /**
   * Elapsed time as a percentage of the target, rounded half-up to 2 decimals, for display only:
   * the verdict compares the exact durations, so 100.00 may show for a breach of a nanosecond.
   */
  public BigDecimal percentUsed() {
    if (target.isZero()) {
      // Only a working-day target that has not started, or on a calendar that never opens again.
      return elapsed.isZero() ? BigDecimal.ZERO.setScale(2) : BigDecimal.valueOf(100).setScale(2);
    }
    return new BigDecimal(nanos(elapsed))
        .multiply(HUNDRED)
        .divide(new BigDecimal(nanos(target)), 2, RoundingMode.HALF_UP);
  }

  /**
   * The earliest instant elapsed time reaches the target, assuming no further pauses; for a stopped
   * cycle, the deadline it was measured against. Empty before the start, while paused short of the
   * target, or if the calendar never opens enough.
   */
  public Optional<Instant> due() {
    return deadlines().due();
  }

  /**
   * The last instant at which elapsed time still equals the target, assuming no further pauses:
   * {@link #due()} itself, or the next opening when due falls on a closing time. A running clock is
   * breached iff the "as of" instant is after it. Empty when it depends on the future (paused at or
   * short of the target).
   */
  public Optional<Instant> breachAfter() {
    return deadlines().breachAfter();
  }

  /** Crossings of the definition's threshold percentages, ascending. */
  public List<ThresholdCrossing> thresholds() {
    return deadlines().thresholds();
  }

  /** Worked out on the first call and kept; two threads asking at once get equal values. */
  private Deadlines deadlines() {
    Deadlines d = deadlines;
    if (d == null) {
      d = work.get();
      deadlines = d;
    }
    return d;
  }

  /**
   * The intervals behind {@link #elapsed()}. Built on the first call and kept: most evaluations
   * never ask, and building them costs more than every figure. Two threads asking at once may both
   * build it; they get equal values.
   */
  public Explanation explanation() {
    Explanation e = explanation;
    if (e == null) {
      e = explain.get();
      explanation = e;
    }
    return e;
  }

  /** Breached iff elapsed exceeds the target; met when stopped at or under it; else in progress. */
  public ClockVerdict verdict() {
    if (elapsed.compareTo(target) > 0) {
      return ClockVerdict.BREACHED;
    }
    return state == ClockState.STOPPED ? ClockVerdict.MET : ClockVerdict.IN_PROGRESS;
  }

  static BigInteger nanos(Duration d) {
    return BigInteger.valueOf(d.getSeconds())
        .multiply(BigInteger.valueOf(1_000_000_000L))
        .add(BigInteger.valueOf(d.getNano()));
  }

  @Override
  public String toString() {
    return "ClockResult[cycle="
        + cycle
        + ", state="
        + state
        + ", verdict="
        + verdict()
        + ", started="
        + started.map(Instant::toString).orElse("-")
        + ", stopped="
        + stopped.map(Instant::toString).orElse("-")
        + ", elapsed="
        + elapsed
        + ", target="
        + target
        + ", due="
        + due().map(Instant::toString).orElse("-")
        + ", breachAfter="
        + breachAfter().map(Instant::toString).orElse("-")
        + "]";
  }
}

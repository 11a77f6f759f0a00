package dev.pledge.clock;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When a cycle's elapsed time reaches a percentage of its target, so a scheduler can wake exactly
 * then. Instants follow the same rule as {@link ClockResult#due()} and {@link
 * ClockResult#breachAfter()}: at 100 % they are those two.
 *
 * @param percent the percentage of the target, e.g. 75
 * @param elapsed the elapsed time that reaches it: the exact fraction of the target, rounded up to
 *     the nanosecond (elapsed time is whole nanoseconds, so reaching this is reaching the fraction)
 * @param reachedAt the earliest instant elapsed time reaches the percentage, assuming no further
 *     pauses; empty while paused before reaching it, or if the calendar never opens enough
 * @param exceededAfter the last instant at which elapsed time has not yet passed the percentage;
 *     empty when that depends on the future (paused at or below it)
 * @param reached true if elapsed time as of the "as of" instant is at least the percentage
 */
public record ThresholdCrossing(
    BigDecimal percent,
    Duration elapsed,
    Optional<Instant> reachedAt,
    Optional<Instant> exceededAfter,
    boolean reached) {

  public ThresholdCrossing {
    Objects.requireNonNull(percent, "percent");
    Objects.requireNonNull(elapsed, "elapsed");
    Objects.requireNonNull(reachedAt, "reachedAt");
    Objects.requireNonNull(exceededAfter, "exceededAfter");
  }
}

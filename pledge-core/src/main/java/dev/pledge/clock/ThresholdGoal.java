package dev.pledge.clock;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/**
 * A threshold percentage turned into counted time once per definition, so evaluating a ticket does
 * no decimal arithmetic.
 *
 * @param percent the percentage of the target
 * @param reach elapsed time at which the percentage is reached: the fraction rounded up to the
 *     nanosecond
 * @param notPast the most elapsed time that has not passed the percentage: the fraction rounded
 *     down
 */
record ThresholdGoal(BigDecimal percent, Duration reach, Duration notPast) {

  static ThresholdGoal of(Duration target, BigDecimal percent) {
    // Elapsed time is whole nanoseconds, so "at least p % of the target" is "at least the
    // fraction rounded up", and "not past it" is "at most the fraction rounded down".
    return new ThresholdGoal(
        percent,
        ClockEvaluator.fraction(target, percent, RoundingMode.CEILING),
        ClockEvaluator.fraction(target, percent, RoundingMode.FLOOR));
  }
}

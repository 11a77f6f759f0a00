package dev.pledge.remedy;

import dev.pledge.period.AvailabilityEvaluation;
import dev.pledge.period.Fraction;
import dev.pledge.period.PeriodEvaluation;
import dev.pledge.period.ReportingPeriod;
import dev.pledge.period.Verdict;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The facts of a period evaluation that remedies depend on.
 *
 * @param period the period evaluated
 * @param verdict the commitment's verdict; remedies are owed only when it is breached
 * @param measuredValue the exact value credit tiers are looked up with, in the tiers' unit
 *     (availability in percent); {@code null} if there is none
 * @param countedDowntime the counted downtime, for service-time extensions of the downtime
 */
public record RemedyBasis(
    ReportingPeriod period, Verdict verdict, Fraction measuredValue, Duration countedDowntime) {

  public RemedyBasis {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(countedDowntime, "countedDowntime");
  }

  /**
   * The basis of an evaluation: for availability, the availability in percent and the counted
   * downtime D; for other commitments, the verdict alone (no measured value, no downtime).
   */
  public static RemedyBasis of(PeriodEvaluation evaluation) {
    if (evaluation instanceof AvailabilityEvaluation a) {
      return new RemedyBasis(
          a.period(), a.verdict(), a.availabilityPercent().orElse(null), a.downtime());
    }
    return new RemedyBasis(evaluation.period(), evaluation.verdict(), null, Duration.ZERO);
  }

  public Optional<Fraction> measured() {
    return Optional.ofNullable(measuredValue);
  }

  public boolean isBreached() {
    return verdict == Verdict.BREACHED;
  }
}

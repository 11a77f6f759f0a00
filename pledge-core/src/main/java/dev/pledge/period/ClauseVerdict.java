package dev.pledge.period;

import java.util.Objects;

/**
 * One clause of a commitment, judged for a period.
 *
 * @param clause what is measured, e.g. {@code availability} or {@code p95 mail-delay}
 * @param target the limit with its comparison, e.g. {@code ≥ 99.9 %} or {@code ≤ 44 min}
 * @param observed the value measured, as shown (rounded for display only), e.g. {@code 99.9014 %}
 * @param verdict whether the exact value meets the target
 */
public record ClauseVerdict(String clause, String target, String observed, Verdict verdict) {
  public ClauseVerdict {
    Objects.requireNonNull(clause, "clause");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(observed, "observed");
    Objects.requireNonNull(verdict, "verdict");
  }

  /** {@code availability ≥ 99.9 %: observed 99.9014 %, met}. */
  @Override
  public String toString() {
    return clause + " " + target + ": observed " + observed + ", " + verdict;
  }

  static ClauseVerdict atLeast(String clause, String target, String observed, boolean met) {
    return new ClauseVerdict(clause, "≥ " + target, observed, met ? Verdict.MET : Verdict.BREACHED);
  }

  static ClauseVerdict atMost(String clause, String target, String observed, boolean met) {
    return new ClauseVerdict(clause, "≤ " + target, observed, met ? Verdict.MET : Verdict.BREACHED);
  }

  static ClauseVerdict noData(String clause, String target, String why) {
    return new ClauseVerdict(clause, target, why, Verdict.NO_DATA);
  }
}

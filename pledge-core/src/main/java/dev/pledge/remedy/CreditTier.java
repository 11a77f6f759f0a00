package dev.pledge.remedy;

import dev.pledge.period.Fraction;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of a credit schedule: values in {@code [minInclusive, maxExclusive)} earn {@code
 * creditPercent} % of the period's fee. Either bound may be open ({@code null}): {@code [-, 95)} is
 * every value below 95.
 *
 * <p>Bounds are compared with the exact measured value, in the schedule's unit (availability tiers
 * are in percent): 99.89998 % falls in {@code [99, 99.9)} though it shows as 99.9000 %.
 *
 * @param minInclusive the lowest value in the tier; {@code null} for no lower bound
 * @param maxExclusive the first value above the tier; {@code null} for no upper bound
 * @param creditPercent the credit, from 0 to 100 % of the fee
 */
public record CreditTier(
    BigDecimal minInclusive, BigDecimal maxExclusive, BigDecimal creditPercent) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public CreditTier {
    Objects.requireNonNull(creditPercent, "creditPercent");
    if (minInclusive != null && maxExclusive != null && minInclusive.compareTo(maxExclusive) >= 0) {
      throw new IllegalArgumentException(
          "credit tier ["
              + minInclusive
              + ", "
              + maxExclusive
              + ") is empty; minInclusive must be"
              + " below maxExclusive");
    }
    if (creditPercent.signum() < 0 || creditPercent.compareTo(HUNDRED) > 0) {
      throw new IllegalArgumentException(
          "credit tier "
              + bounds(minInclusive, maxExclusive)
              + " creditPercent "
              + creditPercent
              + " must be between 0 and 100");
    }
  }

  /** {@code CreditTier.of("99", "99.9", "10")}; {@code null} for an open bound. */
  public static CreditTier of(String minInclusive, String maxExclusive, String creditPercent) {
    return new CreditTier(
        decimal(minInclusive), decimal(maxExclusive), new BigDecimal(creditPercent));
  }

  private static BigDecimal decimal(String s) {
    return s == null ? null : new BigDecimal(s);
  }

  public Optional<BigDecimal> min() {
    return Optional.ofNullable(minInclusive);
  }

  public Optional<BigDecimal> max() {
    return Optional.ofNullable(maxExclusive);
  }

  /** True if {@code value} lies in {@code [minInclusive, maxExclusive)}, compared exactly. */
  public boolean contains(Fraction value) {
    return (minInclusive == null || value.compareTo(Fraction.of(minInclusive)) >= 0)
        && (maxExclusive == null || value.compareTo(Fraction.of(maxExclusive)) < 0);
  }

  /** {@code [99, 99.9) → 10 %}. */
  @Override
  public String toString() {
    return bounds(minInclusive, maxExclusive) + " → " + creditPercent.toPlainString() + " %";
  }

  static String bounds(BigDecimal min, BigDecimal max) {
    return "["
        + (min == null ? "-" : min.toPlainString())
        + ", "
        + (max == null ? "-" : max.toPlainString())
        + ")";
  }
}

package dev.pledge.period;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Exact statistics over a list of decimal values. */
final class SampleStatistics {

  private final List<BigDecimal> sorted;

  SampleStatistics(List<BigDecimal> values) {
    this.sorted = values.stream().sorted().toList();
  }

  int count() {
    return sorted.size();
  }

  /** The exact mean; the list must not be empty. */
  Fraction average() {
    BigDecimal sum = sorted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    return Fraction.of(sum).dividedBy(Fraction.of(sorted.size()));
  }

  BigDecimal maximum() {
    return sorted.get(sorted.size() - 1);
  }

  /**
   * The nearest-rank percentile: the smallest value such that at least {@code p} % of the values
   * are at or below it, i.e. the value of rank ⌈p/100 × n⌉ in ascending order (rank 1 at least).
   * {@code p} is in (0, 100]; the list must not be empty.
   */
  BigDecimal percentile(BigDecimal p) {
    BigDecimal exactRank =
        p.multiply(BigDecimal.valueOf(sorted.size())).divide(BigDecimal.valueOf(100));
    int rank = Math.max(1, exactRank.setScale(0, RoundingMode.CEILING).intValueExact());
    return sorted.get(rank - 1);
  }

  /** How many values are strictly greater than {@code threshold}. */
  long countAbove(BigDecimal threshold) {
    return sorted.stream().filter(v -> v.compareTo(threshold) > 0).count();
  }
}

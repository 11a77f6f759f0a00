package dev.pledge.remedy;

import dev.pledge.period.Fraction;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Credit tiers that neither overlap nor leave gaps between them. A value outside every tier (for
 * example an availability above the target) earns no credit.
 */
public final class CreditSchedule {

  private static final Comparator<BigDecimal> LOWER_BOUNDS =
      Comparator.nullsFirst(Comparator.naturalOrder());

  private final List<CreditTier> tiers;

  private CreditSchedule(List<CreditTier> sortedTiers) {
    this.tiers = sortedTiers;
  }

  /**
   * The schedule of {@code tiers}, in any order.
   *
   * @throws IllegalArgumentException listing every overlap and gap, if there is any, or if there
   *     are no tiers
   */
  public static CreditSchedule of(List<CreditTier> tiers) {
    Objects.requireNonNull(tiers, "tiers");
    List<CreditTier> sorted = new ArrayList<>(tiers);
    sorted.sort(Comparator.comparing(CreditTier::minInclusive, LOWER_BOUNDS));
    List<String> problems = new ArrayList<>();
    if (sorted.isEmpty()) {
      problems.add("no tiers; give at least one");
    }
    for (int i = 1; i < sorted.size(); i++) {
      checkAdjacent(sorted.get(i - 1), sorted.get(i), problems);
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("credit schedule: " + String.join("; ", problems));
    }
    return new CreditSchedule(List.copyOf(sorted));
  }

  public static CreditSchedule of(CreditTier... tiers) {
    return of(List.of(tiers));
  }

  private static void checkAdjacent(CreditTier lower, CreditTier upper, List<String> problems) {
    BigDecimal end = lower.maxExclusive();
    BigDecimal start = upper.minInclusive();
    if (end == null || start == null || end.compareTo(start) > 0) {
      problems.add("tiers " + lower + " and " + upper + " overlap");
    } else if (end.compareTo(start) < 0) {
      problems.add(
          "gap "
              + CreditTier.bounds(end, start)
              + " between tiers "
              + lower
              + " and "
              + upper
              + "; cover it with a tier (0 % if no credit is due)");
    }
  }

  /** The tiers, lowest values first. */
  public List<CreditTier> tiers() {
    return tiers;
  }

  /** The tier whose bounds contain {@code value} exactly; empty if none does. */
  public Optional<CreditTier> tierFor(Fraction value) {
    Objects.requireNonNull(value, "value");
    int lo = 0;
    int hi = tiers.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      BigDecimal min = tiers.get(mid).minInclusive();
      if (min == null || value.compareTo(Fraction.of(min)) >= 0) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found >= 0 && tiers.get(found).contains(value)
        ? Optional.of(tiers.get(found))
        : Optional.empty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CreditSchedule s && tiers.equals(s.tiers);
  }

  @Override
  public int hashCode() {
    return tiers.hashCode();
  }

  @Override
  public String toString() {
    return tiers.toString();
  }
}

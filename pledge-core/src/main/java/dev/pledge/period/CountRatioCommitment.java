package dev.pledge.period;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A period commitment on a ratio of counts, e.g. billing errors / billing items at most 3×10⁻⁵, or
 * tickets answered on time / all tickets at least 100 %. The ratio is the sum of the counts of the
 * metric's samples over the sum of their totals, exact; a period whose totals add up to zero has no
 * data.
 *
 * @param name the commitment's name
 * @param metric the metric of the {@link CountSample}s that count
 * @param bound whether the ratio must be at least or at most the limit
 * @param limit the limit, in {@code unit}
 * @param unit how the limit is written and the ratio shown
 */
public record CountRatioCommitment(
    String name, String metric, Bound bound, BigDecimal limit, Unit unit) {

  /** Which side of the limit holds; the limit itself always holds. */
  public enum Bound {
    AT_LEAST,
    AT_MOST
  }

  /** How a limit is written and a ratio shown. */
  public enum Unit {
    /** Written {@code 95} for 95 %; shown as a percentage to 4 decimals. */
    PERCENT,
    /** Written {@code 0.00003}; shown to 4 significant digits. */
    RATIO
  }

  public CountRatioCommitment {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(bound, "bound");
    Objects.requireNonNull(limit, "limit");
    Objects.requireNonNull(unit, "unit");
    BigDecimal whole = unit == Unit.PERCENT ? BigDecimal.valueOf(100) : BigDecimal.ONE;
    if (limit.signum() < 0 || limit.compareTo(whole) > 0) {
      throw new IllegalArgumentException(
          "commitment '" + name + "': limit " + limit + " must be between 0 and " + whole);
    }
  }

  /**
   * Evaluates the commitment on the samples of its metric counted in {@code period} by {@code
   * asOf}.
   */
  public CountRatioEvaluation evaluate(
      ReportingPeriod period, Instant asOf, Collection<CountSample> samples) {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(asOf, "asOf");
    List<CountSample> inPeriod =
        samples.stream()
            .filter(s -> s.metric().equals(metric) && period.includes(s.at(), asOf))
            .sorted(Comparator.comparing(CountSample::at).thenComparing(CountSample::id))
            .toList();
    return new CountRatioEvaluation(this, period, asOf, inPeriod);
  }

  /** The limit as a ratio from 0 to 1, exact. */
  Fraction limitRatio() {
    Fraction l = Fraction.of(limit);
    return unit == Unit.PERCENT ? l.dividedBy(Fraction.of(100)) : l;
  }

  /** A ratio shown in this commitment's unit. */
  String show(Fraction ratio) {
    return unit == Unit.PERCENT ? Figures.percent(ratio) : Figures.significant(ratio);
  }

  String showLimit() {
    return limit.toPlainString() + (unit == Unit.PERCENT ? " %" : "");
  }
}

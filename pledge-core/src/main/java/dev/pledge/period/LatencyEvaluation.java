package dev.pledge.period;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@link LatencyCommitment} evaluated for a period: the samples, their exact statistics, the
 * exceedances and each clause's verdict.
 */
public final class LatencyEvaluation implements PeriodEvaluation {

  private final LatencyCommitment commitment;
  private final ReportingPeriod period;
  private final Instant asOf;
  private final List<Measurement> samples;
  private final SampleStatistics stats;
  private final List<ClauseVerdict> clauses;

  LatencyEvaluation(
      LatencyCommitment commitment,
      ReportingPeriod period,
      Instant asOf,
      List<Measurement> samples) {
    this.commitment = commitment;
    this.period = period;
    this.asOf = asOf;
    this.samples = List.copyOf(samples);
    this.stats = new SampleStatistics(samples.stream().map(Measurement::value).toList());
    this.clauses = List.copyOf(judge());
  }

  @Override
  public String commitment() {
    return commitment.name();
  }

  @Override
  public ReportingPeriod period() {
    return period;
  }

  @Override
  public Instant asOf() {
    return asOf;
  }

  /** The samples of the metric in the period, known at the evaluation instant, by time. */
  public List<Measurement> samples() {
    return samples;
  }

  /** The exact mean; empty without samples. */
  public Optional<Fraction> average() {
    return samples.isEmpty() ? Optional.empty() : Optional.of(stats.average());
  }

  public Optional<BigDecimal> maximum() {
    return samples.isEmpty() ? Optional.empty() : Optional.of(stats.maximum());
  }

  /** The nearest-rank {@code p}-th percentile, {@code p} in (0, 100]; empty without samples. */
  public Optional<BigDecimal> percentile(BigDecimal p) {
    if (p.signum() <= 0 || p.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new IllegalArgumentException(
          "percentile " + p + " must be greater than 0 and at most 100");
    }
    return samples.isEmpty() ? Optional.empty() : Optional.of(stats.percentile(p));
  }

  /** The samples strictly over {@code threshold}. */
  public List<Measurement> exceedances(BigDecimal threshold) {
    return samples.stream().filter(m -> m.value().compareTo(threshold) > 0).toList();
  }

  @Override
  public List<ClauseVerdict> clauses() {
    return clauses;
  }

  private List<ClauseVerdict> judge() {
    List<ClauseVerdict> out = new ArrayList<>();
    commitment.maxAverage().ifPresent(max -> out.add(averageClause(max)));
    commitment.maxValue().ifPresent(max -> out.add(maximumClause(max)));
    commitment
        .percentile()
        .ifPresent(p -> out.add(percentileClause(p, commitment.maxPercentileValue().get())));
    commitment
        .exceedanceThreshold()
        .ifPresent(t -> out.add(exceedanceClause(t, commitment.maxExceedances().getAsLong())));
    return out;
  }

  private ClauseVerdict averageClause(BigDecimal max) {
    return average()
        .map(
            a -> ClauseVerdict.atMost("average", withUnit(max), withUnit(a), !a.isGreaterThan(max)))
        .orElseGet(() -> noData("average", max));
  }

  private ClauseVerdict maximumClause(BigDecimal max) {
    return maximum()
        .map(
            v -> ClauseVerdict.atMost("maximum", withUnit(max), withUnit(v), v.compareTo(max) <= 0))
        .orElseGet(() -> noData("maximum", max));
  }

  private ClauseVerdict percentileClause(BigDecimal p, BigDecimal max) {
    String clause = "p" + p.toPlainString();
    return percentile(p)
        .map(v -> ClauseVerdict.atMost(clause, withUnit(max), withUnit(v), v.compareTo(max) <= 0))
        .orElseGet(() -> noData(clause, max));
  }

  private ClauseVerdict exceedanceClause(BigDecimal threshold, long max) {
    String clause = "values over " + withUnit(threshold);
    if (samples.isEmpty()) {
      return ClauseVerdict.noData(clause, "≤ " + max, "no samples");
    }
    long n = exceedances(threshold).size();
    return ClauseVerdict.atMost(clause, "" + max, "" + n, n <= max);
  }

  private ClauseVerdict noData(String clause, BigDecimal max) {
    return ClauseVerdict.noData(clause, "≤ " + withUnit(max), "no samples");
  }

  private String withUnit(BigDecimal v) {
    return v.toPlainString() + " " + commitment.unit();
  }

  private String withUnit(Fraction v) {
    return Figures.decimal(v) + " " + commitment.unit();
  }

  @Override
  public List<String> explanation() {
    List<String> lines = new ArrayList<>();
    lines.add(Figures.heading(commitment(), period, asOf));
    lines.add(samples.size() + " samples of " + commitment.metric() + " in the period");
    average().ifPresent(a -> lines.add("average = " + a + " exactly, shown as " + withUnit(a)));
    maximum().ifPresent(m -> lines.add("maximum = " + withUnit(m)));
    commitment
        .percentile()
        .flatMap(
            p ->
                percentile(p)
                    .map(v -> "p" + p.toPlainString() + " (nearest rank) = " + withUnit(v)))
        .ifPresent(lines::add);
    commitment.exceedanceThreshold().ifPresent(t -> lines.add(exceedanceLine(t)));
    clauses.forEach(c -> lines.add("clause " + c));
    lines.add("verdict: " + verdict());
    return lines;
  }

  private String exceedanceLine(BigDecimal threshold) {
    List<String> over =
        exceedances(threshold).stream().map(m -> m.id() + " " + withUnit(m.value())).toList();
    return "values over "
        + withUnit(threshold)
        + ": "
        + (over.isEmpty() ? "none" : String.join(", ", over));
  }
}

package dev.pledge.period;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A period commitment on the statistics of a metric's samples, e.g. mail delivery delay: average at
 * most 60 s, every value at most 3 600 s, the 95th percentile at most 120 s, at most 2 values over
 * 3 600 s a month. Each clause given gets its own verdict.
 *
 * <p>Statistics are exact: the average is a fraction, the percentile is nearest-rank (the value of
 * rank ⌈p/100 × n⌉ in ascending order), an exceedance is a value strictly greater than the
 * threshold. A period without samples has no data for any clause.
 */
public final class LatencyCommitment {

  private final String name;
  private final String metric;
  private final String unit;
  private final BigDecimal maxAverage;
  private final BigDecimal maxValue;
  private final BigDecimal percentile;
  private final BigDecimal maxPercentileValue;
  private final BigDecimal exceedanceThreshold;
  private final Long maxExceedances;

  private LatencyCommitment(Builder b) {
    this.name = b.name;
    this.metric = b.metric;
    this.unit = b.unit;
    this.maxAverage = b.maxAverage;
    this.maxValue = b.maxValue;
    this.percentile = b.percentile;
    this.maxPercentileValue = b.maxPercentileValue;
    this.exceedanceThreshold = b.exceedanceThreshold;
    this.maxExceedances = b.maxExceedances;
  }

  /** A commitment on samples of {@code metric} measured in {@code unit}. */
  public static Builder builder(String name, String metric, String unit) {
    return new Builder(name, metric, unit);
  }

  /**
   * Evaluates the commitment on the samples of its metric taken in {@code period} and known at
   * {@code asOf} (taken at or before it).
   *
   * @throws IllegalArgumentException if a sample of the metric is in another unit
   */
  public LatencyEvaluation evaluate(
      ReportingPeriod period, Instant asOf, Collection<Measurement> measurements) {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(asOf, "asOf");
    List<Measurement> samples =
        measurements.stream()
            .filter(m -> m.metric().equals(metric) && period.includes(m.at(), asOf))
            .sorted(Comparator.comparing(Measurement::at).thenComparing(Measurement::id))
            .toList();
    samples.forEach(this::requireUnit);
    return new LatencyEvaluation(this, period, asOf, samples);
  }

  private void requireUnit(Measurement m) {
    if (!m.unit().equals(unit)) {
      throw new IllegalArgumentException(
          "measurement '"
              + m.id()
              + "' of "
              + metric
              + " is in '"
              + m.unit()
              + "' but commitment '"
              + name
              + "' measures in '"
              + unit
              + "'; convert it first");
    }
  }

  public String name() {
    return name;
  }

  public String metric() {
    return metric;
  }

  public String unit() {
    return unit;
  }

  public Optional<BigDecimal> maxAverage() {
    return Optional.ofNullable(maxAverage);
  }

  /** The limit on every single value, i.e. on the maximum. */
  public Optional<BigDecimal> maxValue() {
    return Optional.ofNullable(maxValue);
  }

  /** The percentile the percentile clause is about, e.g. 95; empty without that clause. */
  public Optional<BigDecimal> percentile() {
    return Optional.ofNullable(percentile);
  }

  public Optional<BigDecimal> maxPercentileValue() {
    return Optional.ofNullable(maxPercentileValue);
  }

  /** The value above which a sample is an exceedance; empty without that clause. */
  public Optional<BigDecimal> exceedanceThreshold() {
    return Optional.ofNullable(exceedanceThreshold);
  }

  public OptionalLong maxExceedances() {
    return maxExceedances == null ? OptionalLong.empty() : OptionalLong.of(maxExceedances);
  }

  @Override
  public String toString() {
    return "LatencyCommitment[" + name + "]";
  }

  /** Collects a commitment; {@link #build()} checks it whole and reports every problem at once. */
  public static final class Builder {
    private final String name;
    private final String metric;
    private final String unit;
    private BigDecimal maxAverage;
    private BigDecimal maxValue;
    private BigDecimal percentile;
    private BigDecimal maxPercentileValue;
    private BigDecimal exceedanceThreshold;
    private Long maxExceedances;

    private Builder(String name, String metric, String unit) {
      this.name = Objects.requireNonNull(name, "name");
      this.metric = Objects.requireNonNull(metric, "metric");
      this.unit = Objects.requireNonNull(unit, "unit");
    }

    /** Clause: the average at most {@code max}. */
    public Builder maxAverage(BigDecimal max) {
      this.maxAverage = Objects.requireNonNull(max, "max");
      return this;
    }

    /** Clause: every value (the maximum) at most {@code max}. */
    public Builder maxValue(BigDecimal max) {
      this.maxValue = Objects.requireNonNull(max, "max");
      return this;
    }

    /** Clause: the nearest-rank {@code percentile} (in (0, 100]) at most {@code max}. */
    public Builder maxPercentile(BigDecimal percentile, BigDecimal max) {
      this.percentile = Objects.requireNonNull(percentile, "percentile");
      this.maxPercentileValue = Objects.requireNonNull(max, "max");
      return this;
    }

    /** Clause: at most {@code max} values strictly greater than {@code threshold}. */
    public Builder maxExceedances(BigDecimal threshold, long max) {
      this.exceedanceThreshold = Objects.requireNonNull(threshold, "threshold");
      this.maxExceedances = max;
      return this;
    }

    public LatencyCommitment build() {
      List<String> problems = new ArrayList<>();
      if (name.isBlank()) {
        problems.add("name is blank; give the commitment a name");
      }
      if (metric.isBlank()) {
        problems.add("metric is blank; name the metric whose samples count");
      }
      if (percentile != null
          && (percentile.signum() <= 0 || percentile.compareTo(BigDecimal.valueOf(100)) > 0)) {
        problems.add("percentile " + percentile + " must be greater than 0 and at most 100");
      }
      if (maxExceedances != null && maxExceedances < 0) {
        problems.add("maxExceedances " + maxExceedances + " is negative");
      }
      if (maxAverage == null && maxValue == null && percentile == null && maxExceedances == null) {
        problems.add(
            "no clause; give at least one of maxAverage, maxValue, maxPercentile, maxExceedances");
      }
      if (!problems.isEmpty()) {
        throw new IllegalArgumentException(
            "commitment '" + name + "': " + String.join("; ", problems));
      }
      return new LatencyCommitment(this);
    }
  }
}

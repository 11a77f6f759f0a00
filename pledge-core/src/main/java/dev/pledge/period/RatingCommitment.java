package dev.pledge.period;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A period commitment on customers' ratings: satisfaction (the share of satisfied ratings) at least
 * a percentage, and/or the average rating at least a score.
 *
 * <p>Ratings are read on the commitment's scale: a rating of {@code score} out of {@code scaleMax}
 * counts as {@code score × scale / scaleMax}, exactly. A rating is satisfied when that is at least
 * {@code satisfiedFrom}. A period without ratings has no data.
 */
public final class RatingCommitment {

  private final String name;
  private final BigDecimal scale;
  private final BigDecimal satisfiedFrom;
  private final BigDecimal minSatisfiedPercent;
  private final BigDecimal minAverage;

  private RatingCommitment(Builder b) {
    this.name = b.name;
    this.scale = b.scale;
    this.satisfiedFrom = b.satisfiedFrom;
    this.minSatisfiedPercent = b.minSatisfiedPercent;
    this.minAverage = b.minAverage;
  }

  /** A commitment on ratings read on a scale from 0 to {@code scale}, e.g. 5. */
  public static Builder builder(String name, BigDecimal scale) {
    return new Builder(name, scale);
  }

  /** Evaluates the commitment on the ratings given in {@code period} and known at {@code asOf}. */
  public RatingEvaluation evaluate(
      ReportingPeriod period, Instant asOf, Collection<Rating> ratings) {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(asOf, "asOf");
    List<Rating> inPeriod =
        ratings.stream()
            .filter(r -> period.includes(r.at(), asOf))
            .sorted(Comparator.comparing(Rating::at).thenComparing(Rating::id))
            .toList();
    return new RatingEvaluation(this, period, asOf, inPeriod);
  }

  /** The rating's score on this commitment's scale, exact. */
  Fraction onScale(Rating r) {
    return Fraction.of(r.score()).times(Fraction.of(scale)).dividedBy(Fraction.of(r.scaleMax()));
  }

  boolean isSatisfied(Rating r) {
    return onScale(r).compareTo(Fraction.of(satisfiedFrom)) >= 0;
  }

  public String name() {
    return name;
  }

  public BigDecimal scale() {
    return scale;
  }

  /** The lowest score on the scale that counts as satisfied; empty without the clause. */
  public Optional<BigDecimal> satisfiedFrom() {
    return Optional.ofNullable(satisfiedFrom);
  }

  public Optional<BigDecimal> minSatisfiedPercent() {
    return Optional.ofNullable(minSatisfiedPercent);
  }

  public Optional<BigDecimal> minAverage() {
    return Optional.ofNullable(minAverage);
  }

  @Override
  public String toString() {
    return "RatingCommitment[" + name + "]";
  }

  /** Collects a commitment; {@link #build()} checks it whole and reports every problem at once. */
  public static final class Builder {
    private final String name;
    private final BigDecimal scale;
    private BigDecimal satisfiedFrom;
    private BigDecimal minSatisfiedPercent;
    private BigDecimal minAverage;

    private Builder(String name, BigDecimal scale) {
      this.name = Objects.requireNonNull(name, "name");
      this.scale = Objects.requireNonNull(scale, "scale");
    }

    /**
     * Clause: at least {@code minPercent} % of ratings are satisfied, a rating being satisfied when
     * it is at least {@code satisfiedFrom} on the scale.
     */
    public Builder minSatisfiedPercent(BigDecimal minPercent, BigDecimal satisfiedFrom) {
      this.minSatisfiedPercent = Objects.requireNonNull(minPercent, "minPercent");
      this.satisfiedFrom = Objects.requireNonNull(satisfiedFrom, "satisfiedFrom");
      return this;
    }

    /** Clause: the average rating on the scale is at least {@code min}. */
    public Builder minAverage(BigDecimal min) {
      this.minAverage = Objects.requireNonNull(min, "min");
      return this;
    }

    public RatingCommitment build() {
      List<String> problems = new ArrayList<>();
      if (name.isBlank()) {
        problems.add("name is blank; give the commitment a name");
      }
      if (scale.signum() <= 0) {
        problems.add("scale " + scale + " must be greater than 0");
      }
      if (satisfiedFrom != null
          && (satisfiedFrom.signum() < 0 || satisfiedFrom.compareTo(scale) > 0)) {
        problems.add(
            "satisfiedFrom " + satisfiedFrom + " must be between 0 and the scale " + scale);
      }
      if (minSatisfiedPercent != null
          && (minSatisfiedPercent.signum() < 0
              || minSatisfiedPercent.compareTo(BigDecimal.valueOf(100)) > 0)) {
        problems.add("minSatisfiedPercent " + minSatisfiedPercent + " must be between 0 and 100");
      }
      if (minSatisfiedPercent == null && minAverage == null) {
        problems.add("no clause; give minSatisfiedPercent or minAverage");
      }
      if (!problems.isEmpty()) {
        throw new IllegalArgumentException(
            "commitment '" + name + "': " + String.join("; ", problems));
      }
      return new RatingCommitment(this);
    }
  }
}

package dev.pledge.period;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@link RatingCommitment} evaluated for a period: the ratings, the exact satisfaction and
 * average, and each clause's verdict.
 */
public final class RatingEvaluation implements PeriodEvaluation {

  private final RatingCommitment commitment;
  private final ReportingPeriod period;
  private final Instant asOf;
  private final List<Rating> ratings;
  private final List<ClauseVerdict> clauses;

  RatingEvaluation(
      RatingCommitment commitment, ReportingPeriod period, Instant asOf, List<Rating> ratings) {
    this.commitment = commitment;
    this.period = period;
    this.asOf = asOf;
    this.ratings = List.copyOf(ratings);
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

  /** The ratings given in the period and known at the evaluation instant, by time. */
  public List<Rating> ratings() {
    return ratings;
  }

  /** The ratings at or above the commitment's {@code satisfiedFrom}; empty without that clause. */
  public List<Rating> satisfied() {
    if (commitment.satisfiedFrom().isEmpty()) {
      return List.of();
    }
    return ratings.stream().filter(commitment::isSatisfied).toList();
  }

  /** Satisfied ratings / all ratings, exact; empty without ratings or without the clause. */
  public Optional<Fraction> satisfaction() {
    if (ratings.isEmpty() || commitment.satisfiedFrom().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Fraction.of(satisfied().size(), ratings.size()));
  }

  /** The mean rating on the commitment's scale, exact; empty without ratings. */
  public Optional<Fraction> average() {
    return ratings.stream()
        .map(commitment::onScale)
        .reduce(Fraction::plus)
        .map(sum -> sum.dividedBy(Fraction.of(ratings.size())));
  }

  @Override
  public List<ClauseVerdict> clauses() {
    return clauses;
  }

  private List<ClauseVerdict> judge() {
    List<ClauseVerdict> out = new ArrayList<>();
    commitment.minSatisfiedPercent().ifPresent(min -> out.add(satisfactionClause(min)));
    commitment.minAverage().ifPresent(min -> out.add(averageClause(min)));
    return out;
  }

  private ClauseVerdict satisfactionClause(BigDecimal min) {
    String target = min.toPlainString() + " %";
    return satisfaction()
        .map(
            s ->
                ClauseVerdict.atLeast(
                    "satisfaction", target, Figures.percent(s), !s.times(100).isLessThan(min)))
        .orElseGet(() -> ClauseVerdict.noData("satisfaction", "≥ " + target, "no ratings"));
  }

  private ClauseVerdict averageClause(BigDecimal min) {
    String target = min.toPlainString() + " of " + commitment.scale().toPlainString();
    return average()
        .map(
            a ->
                ClauseVerdict.atLeast(
                    "average rating", target, Figures.decimal(a), !a.isLessThan(min)))
        .orElseGet(() -> ClauseVerdict.noData("average rating", "≥ " + target, "no ratings"));
  }

  @Override
  public List<String> explanation() {
    List<String> lines = new ArrayList<>();
    lines.add(Figures.heading(commitment(), period, asOf));
    lines.add(ratings.size() + " ratings in the period");
    commitment
        .satisfiedFrom()
        .ifPresent(
            from ->
                lines.add(
                    satisfied().size()
                        + " satisfied (at least "
                        + from.toPlainString()
                        + " of "
                        + commitment.scale().toPlainString()
                        + ")"));
    satisfaction()
        .ifPresent(
            s -> lines.add("satisfaction = " + s + " exactly, shown as " + Figures.percent(s)));
    average()
        .ifPresent(
            a -> lines.add("average rating = " + a + " exactly, shown as " + Figures.decimal(a)));
    clauses.forEach(c -> lines.add("clause " + c));
    lines.add("verdict: " + verdict());
    return lines;
  }
}

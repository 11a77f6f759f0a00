package dev.pledge.period;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A {@link CountRatioCommitment} evaluated for a period: the samples, the sums and the ratio. */
public final class CountRatioEvaluation implements PeriodEvaluation {

  private final CountRatioCommitment commitment;
  private final ReportingPeriod period;
  private final Instant asOf;
  private final List<CountSample> samples;
  private final BigInteger count;
  private final BigInteger total;

  CountRatioEvaluation(
      CountRatioCommitment commitment,
      ReportingPeriod period,
      Instant asOf,
      List<CountSample> samples) {
    this.commitment = commitment;
    this.period = period;
    this.asOf = asOf;
    this.samples = List.copyOf(samples);
    this.count = sum(samples, true);
    this.total = sum(samples, false);
  }

  private static BigInteger sum(List<CountSample> samples, boolean counts) {
    return samples.stream()
        .map(s -> BigInteger.valueOf(counts ? s.count() : s.outOf()))
        .reduce(BigInteger.ZERO, BigInteger::add);
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

  public List<CountSample> samples() {
    return samples;
  }

  /** The sum of the samples' counts. */
  public BigInteger count() {
    return count;
  }

  /** The sum of the samples' totals. */
  public BigInteger total() {
    return total;
  }

  /** count / total, exact; empty when the total is zero. */
  public Optional<Fraction> ratio() {
    return total.signum() == 0 ? Optional.empty() : Optional.of(Fraction.of(count, total));
  }

  @Override
  public List<ClauseVerdict> clauses() {
    String clause = commitment.metric();
    String limit = commitment.showLimit();
    boolean atLeast = commitment.bound() == CountRatioCommitment.Bound.AT_LEAST;
    Optional<Fraction> ratio = ratio();
    if (ratio.isEmpty()) {
      return List.of(ClauseVerdict.noData(clause, (atLeast ? "≥ " : "≤ ") + limit, "no samples"));
    }
    int c = ratio.get().compareTo(commitment.limitRatio());
    String shown = commitment.show(ratio.get());
    return List.of(
        atLeast
            ? ClauseVerdict.atLeast(clause, limit, shown, c >= 0)
            : ClauseVerdict.atMost(clause, limit, shown, c <= 0));
  }

  @Override
  public List<String> explanation() {
    List<String> lines = new ArrayList<>();
    lines.add(Figures.heading(commitment(), period, asOf));
    lines.add(
        samples.size() + " samples of " + commitment.metric() + ": " + count + " out of " + total);
    ratio().ifPresent(r -> lines.add("ratio = " + r + " exactly, shown as " + commitment.show(r)));
    clauses().forEach(c -> lines.add("clause " + c));
    lines.add("verdict: " + verdict());
    return lines;
  }
}

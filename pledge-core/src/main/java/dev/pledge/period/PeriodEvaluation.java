package dev.pledge.period;

import java.time.Instant;
import java.util.List;

/**
 * What Pledge computes for one commitment over one reporting period, as known at an instant.
 *
 * <p>Before the period ends the figures are "so far": the period's length is whole, and only what
 * happened before {@code asOf} counts.
 */
public interface PeriodEvaluation {

  /** The commitment's name. */
  String commitment();

  ReportingPeriod period();

  /** The instant the evaluation sees the world at: nothing later is known. */
  Instant asOf();

  /** Every clause with its own verdict. */
  List<ClauseVerdict> clauses();

  /** The commitment holds only if every clause does; see {@link Verdict#combine}. */
  default Verdict verdict() {
    return Verdict.combine(clauses());
  }

  /** The evaluation explained line by line: the inputs counted and dropped, figures, verdicts. */
  List<String> explanation();
}

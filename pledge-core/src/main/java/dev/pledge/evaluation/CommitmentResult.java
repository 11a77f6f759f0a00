package dev.pledge.evaluation;

import dev.pledge.guarantee.Commitment;
import dev.pledge.period.ClauseVerdict;
import dev.pledge.period.PeriodEvaluation;
import dev.pledge.period.ReportingPeriod;
import dev.pledge.period.Verdict;
import dev.pledge.remedy.RemedyOwed;
import java.util.List;
import java.util.Optional;

/**
 * One commitment's result for a period: its clauses and verdict, the remedies owed, and the
 * evidence — a period evaluation with its explanation, or a ticket summary.
 */
public record CommitmentResult(
    Commitment commitment,
    ReportingPeriod period,
    List<ClauseVerdict> clauses,
    Verdict verdict,
    List<RemedyOwed> remedies,
    Optional<PeriodEvaluation> periodEvaluation,
    Optional<TicketCommitmentSummary> tickets) {

  public CommitmentResult {
    clauses = List.copyOf(clauses);
    remedies = List.copyOf(remedies);
  }
}

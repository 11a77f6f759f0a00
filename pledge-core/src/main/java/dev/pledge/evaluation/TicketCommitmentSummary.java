package dev.pledge.evaluation;

import dev.pledge.guarantee.Commitment;
import dev.pledge.period.ClauseVerdict;
import dev.pledge.period.Fraction;
import dev.pledge.period.ReportingPeriod;
import dev.pledge.period.Verdict;
import java.util.List;
import java.util.Optional;

/**
 * A ticket-clock commitment over a period: how many tickets started their clock in the period, and
 * how many of those met it.
 *
 * @param met tickets whose clock met its target (stopped within it)
 * @param breached tickets whose clock exceeded its target (final, even while it still runs)
 * @param inProgress tickets still running within their target at the evaluation instant
 * @param excluded tickets whose cause the guarantee excludes, not counted
 */
public record TicketCommitmentSummary(
    Commitment.TicketClock commitment,
    ReportingPeriod period,
    int met,
    int breached,
    int inProgress,
    int excluded,
    List<ClauseVerdict> clauses,
    Verdict verdict) {

  /** Met tickets as a share of decided ones, in percent; empty while none is decided. */
  public Optional<Fraction> onTimePercent() {
    int decided = met + breached;
    return decided == 0 ? Optional.empty() : Optional.of(Fraction.of(100L * met, decided));
  }
}

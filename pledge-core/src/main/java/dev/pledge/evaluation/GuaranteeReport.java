package dev.pledge.evaluation;

import dev.pledge.guarantee.Guarantee;
import dev.pledge.period.ReportingPeriod;
import dev.pledge.period.Verdict;
import java.time.Instant;
import java.util.List;

/** A guarantee evaluated for a period as of an instant: every commitment's result. */
public record GuaranteeReport(
    Guarantee guarantee, ReportingPeriod period, Instant asOf, List<CommitmentResult> results) {

  public GuaranteeReport {
    results = List.copyOf(results);
  }

  /** Breached if any commitment is; met if all decided ones are met; no data if none is decided. */
  public Verdict verdict() {
    if (results.stream().anyMatch(r -> r.verdict() == Verdict.BREACHED)) {
      return Verdict.BREACHED;
    }
    return results.stream().anyMatch(r -> r.verdict() == Verdict.MET)
        ? Verdict.MET
        : Verdict.NO_DATA;
  }
}

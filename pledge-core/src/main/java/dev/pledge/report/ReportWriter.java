package dev.pledge.report;

import dev.pledge.evaluation.GuaranteeReport;
import dev.pledge.evaluation.TicketClockResult;

/**
 * Writes an evaluation as it happens: each ticket's clocks as they are evaluated, then the
 * commitments' results. JSON and CSV write tickets straight through, so a report of a million
 * tickets needs no more memory than one.
 */
public interface ReportWriter {

  void ticket(TicketClockResult result);

  void finish(GuaranteeReport report);
}

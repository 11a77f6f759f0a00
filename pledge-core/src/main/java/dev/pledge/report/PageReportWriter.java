package dev.pledge.report;

import dev.pledge.evaluation.TicketClockResult;
import java.io.PrintWriter;
import java.time.ZoneId;

/**
 * A report for people, written whole at the end: it keeps only the ticket clocks not met, so a bad
 * event line found late leaves nothing printed, and memory grows with problems only.
 */
abstract class PageReportWriter implements ReportWriter {

  final PrintWriter out;
  final ZoneId zone;
  final NotMetTickets tickets;

  PageReportWriter(PrintWriter out, ZoneId zone) {
    this.out = out;
    this.zone = zone;
    this.tickets = new NotMetTickets(zone);
  }

  @Override
  public final void ticket(TicketClockResult result) {
    tickets.add(result);
  }
}

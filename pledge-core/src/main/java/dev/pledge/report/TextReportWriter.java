package dev.pledge.report;

import dev.pledge.evaluation.CommitmentResult;
import dev.pledge.evaluation.GuaranteeReport;
import dev.pledge.period.ClauseVerdict;
import dev.pledge.remedy.RemedyOwed;
import java.io.PrintWriter;
import java.time.ZoneId;

/**
 * The report for people: the verdict, each commitment's clauses, remedies owed, and the tickets
 * that did not meet their clock (met ones are only counted, so the text stays readable).
 */
public final class TextReportWriter extends PageReportWriter {

  public TextReportWriter(PrintWriter out, ZoneId zone) {
    super(out, zone);
  }

  @Override
  public void finish(GuaranteeReport report) {
    out.println(ReportText.heading(report));
    report
        .guarantee()
        .customer()
        .ifPresent(c -> out.println("customer  " + c.name().in("en") + " (" + c.id() + ")"));
    out.println("period    " + ReportText.period(report.period()));
    out.println("as of     " + ReportText.at(report.asOf(), zone));
    out.println("verdict   " + report.verdict());
    for (CommitmentResult r : report.results()) {
      out.println();
      out.println(ReportText.title(r) + ": " + r.verdict());
      if (!r.period().equals(report.period())) {
        out.println("  over " + ReportText.period(r.period()));
      }
      for (ClauseVerdict c : r.clauses()) {
        out.println("  " + ReportText.clause(c));
      }
      r.tickets().ifPresent(s -> out.println("  tickets: " + ReportText.tickets(s)));
      for (RemedyOwed owed : r.remedies()) {
        out.println("  owed: " + ReportText.remedy(owed, zone));
      }
    }
    out.println();
    out.println("tickets   " + tickets.summary() + ":");
    for (NotMetTickets.Line t : tickets.list()) {
      out.println(
          "  "
              + t.ticket()
              + "  "
              + t.commitment()
              + "  "
              + t.severity()
              + "  "
              + t.verdict()
              + "  "
              + t.clock());
    }
    out.flush();
  }
}

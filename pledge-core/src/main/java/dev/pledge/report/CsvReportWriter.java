package dev.pledge.report;

import dev.pledge.clock.ClockResult;
import dev.pledge.evaluation.CommitmentResult;
import dev.pledge.evaluation.GuaranteeReport;
import dev.pledge.evaluation.TicketClockResult;
import dev.pledge.period.ClauseVerdict;
import dev.pledge.remedy.RemedyOwed;
import java.io.PrintWriter;
import java.time.ZoneId;

/**
 * The report as CSV (RFC 4180) with one header: a row per ticket clock as it is evaluated, then a
 * row per clause and per remedy owed. The {@code record} column says which.
 */
public final class CsvReportWriter implements ReportWriter {

  public static final String HEADER =
      "record,commitment,ticket,severity,clause,target,observed,verdict,due,breach_after,detail";

  private final PrintWriter out;
  private final ZoneId zone;

  public CsvReportWriter(PrintWriter out, ZoneId zone) {
    this.out = out;
    this.zone = zone;
    out.println(HEADER);
  }

  @Override
  public void ticket(TicketClockResult t) {
    ClockResult c = t.clock().current();
    row(
        "ticket",
        t.commitmentId(),
        t.ticketId(),
        t.severity(),
        "clock",
        c.target().toString(),
        c.elapsed().toString(),
        ReportText.verdict(t),
        ReportText.at(c.due(), zone),
        ReportText.at(c.breachAfter(), zone),
        c.state().toString());
  }

  @Override
  public void finish(GuaranteeReport report) {
    for (CommitmentResult r : report.results()) {
      for (ClauseVerdict c : r.clauses()) {
        row(
            "clause",
            r.commitment().id(),
            "",
            "",
            c.clause(),
            c.target(),
            c.observed(),
            c.verdict().toString(),
            "",
            "",
            r.period().label());
      }
      for (RemedyOwed o : r.remedies()) {
        row(
            "remedy",
            r.commitment().id(),
            "",
            "",
            o.remedy().getClass().getSimpleName(),
            "",
            o.amount()
                .map(m -> m.amount().toPlainString() + " " + m.currency().getCurrencyCode())
                .or(() -> o.serviceExtension().map(Object::toString))
                .orElse(""),
            "",
            "",
            ReportText.at(o.claimDeadline(), zone),
            String.join("; ", o.explanation()));
      }
    }
    row(
        "guarantee",
        "",
        "",
        "",
        "verdict",
        "",
        "",
        report.verdict().toString(),
        "",
        "",
        report.period().label());
    out.flush();
  }

  private void row(String... cells) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        b.append(',');
      }
      b.append(quote(cells[i]));
    }
    out.println(b);
  }

  static String quote(String s) {
    if (s == null) {
      return "";
    }
    boolean needs =
        s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
    return needs ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }
}

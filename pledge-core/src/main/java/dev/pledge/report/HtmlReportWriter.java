package dev.pledge.report;

import dev.pledge.evaluation.CommitmentResult;
import dev.pledge.evaluation.GuaranteeReport;
import dev.pledge.period.ClauseVerdict;
import dev.pledge.period.PeriodEvaluation;
import dev.pledge.remedy.RemedyOwed;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.List;

/**
 * The report as one self-contained HTML page: the same content as the text report, with each
 * commitment's explanation folded under it.
 */
public final class HtmlReportWriter extends PageReportWriter {

  public HtmlReportWriter(PrintWriter out, ZoneId zone) {
    super(out, zone);
  }

  @Override
  public void finish(GuaranteeReport report) {
    out.println("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">");
    out.println(
        "<title>"
            + esc(ReportText.heading(report))
            + " — "
            + esc(report.period().label())
            + "</title>");
    out.println(
        "<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;color:#222}"
            + "table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.3rem .5rem;text-align:left}"
            + ".breached{color:#b00020;font-weight:600}.met{color:#1b5e20}.no_data,.in_progress,.excluded{color:#666}"
            + "details pre{background:#f6f6f6;padding:.5rem;white-space:pre-wrap}</style></head><body>");
    out.println("<h1>" + esc(ReportText.heading(report)) + "</h1>");
    out.println(
        "<p>Period "
            + esc(ReportText.period(report.period()))
            + ", as of "
            + esc(ReportText.at(report.asOf(), zone))
            + ". Verdict: <span class=\""
            + cls(report.verdict())
            + "\">"
            + report.verdict()
            + "</span></p>");
    for (CommitmentResult r : report.results()) {
      commitment(r);
    }
    out.println("<h2>Tickets not met</h2><p>" + tickets.summary() + ".</p>");
    out.println(
        "<table><tr><th>ticket</th><th>commitment</th><th>severity</th><th>verdict</th><th>clock</th></tr>");
    for (NotMetTickets.Line t : tickets.list()) {
      out.println(
          "<tr><td>"
              + esc(t.ticket())
              + "</td><td>"
              + esc(t.commitment())
              + "</td><td>"
              + esc(t.severity())
              + "</td><td class=\""
              + cls(t.verdict())
              + "\">"
              + t.verdict()
              + "</td><td>"
              + esc(t.clock())
              + "</td></tr>");
    }
    out.println("</table></body></html>");
    out.flush();
  }

  private void commitment(CommitmentResult r) {
    out.println(
        "<h2>"
            + esc(ReportText.title(r))
            + ": <span class=\""
            + cls(r.verdict())
            + "\">"
            + r.verdict()
            + "</span></h2>");
    out.println("<table><tr><th>clause</th><th>target</th><th>observed</th><th>verdict</th></tr>");
    for (ClauseVerdict c : r.clauses()) {
      out.println(
          "<tr><td>"
              + esc(c.clause())
              + "</td><td>"
              + esc(c.target())
              + "</td><td>"
              + esc(c.observed())
              + "</td><td class=\""
              + cls(c.verdict())
              + "\">"
              + c.verdict()
              + "</td></tr>");
    }
    out.println("</table>");
    r.tickets().ifPresent(s -> out.println("<p>Tickets: " + esc(ReportText.tickets(s)) + "</p>"));
    for (RemedyOwed o : r.remedies()) {
      out.println("<p><strong>Owed:</strong> " + esc(ReportText.remedy(o, zone)) + "</p>");
    }
    List<String> explanation =
        r.periodEvaluation().map(PeriodEvaluation::explanation).orElse(List.of());
    if (!explanation.isEmpty()) {
      out.println(
          "<details><summary>How this was counted</summary><pre>"
              + esc(String.join("\n", explanation))
              + "</pre></details>");
    }
  }

  /** A verdict as a CSS class: {@code in progress} becomes {@code in_progress}. */
  private static String cls(Object verdict) {
    return verdict.toString().replace(' ', '_');
  }

  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}

package dev.pledge.cli;

import dev.pledge.clock.ClockResult;
import dev.pledge.clock.ThresholdCrossing;
import dev.pledge.evaluation.CommitmentResult;
import dev.pledge.evaluation.GuaranteeEvaluation;
import dev.pledge.evaluation.GuaranteeReport;
import dev.pledge.evaluation.TicketClockResult;
import dev.pledge.event.EventInput;
import dev.pledge.event.EventReader;
import dev.pledge.guarantee.Guarantee;
import dev.pledge.period.ClauseVerdict;
import dev.pledge.period.Figures;
import dev.pledge.period.PeriodEvaluation;
import dev.pledge.period.ReportingPeriod;
import dev.pledge.remedy.RemedyOwed;
import dev.pledge.report.ReportText;
import dev.pledge.time.Durations;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * {@code pledge evaluate --explain ID}: why one commitment's or one ticket's figures are what they
 * are — the intervals counted, paused and outside hours, the outages counted and dropped.
 */
final class Explainer {

  private final Guarantee guarantee;
  private final ReportingPeriod period;
  private final Instant asOf;
  private final String id;
  private final PrintWriter out;
  private final ZoneId zone;

  Explainer(Guarantee guarantee, ReportingPeriod period, Instant asOf, String id, PrintWriter out) {
    this.guarantee = guarantee;
    this.period = period;
    this.asOf = asOf;
    this.id = id;
    this.out = out;
    this.zone = guarantee.zone();
  }

  int run(EventReader reader, List<EventInput> inputs) {
    EvaluateCommand.TicketCollector tickets = new EvaluateCommand.TicketCollector(id);
    GuaranteeEvaluation e = new GuaranteeEvaluation(guarantee, period, asOf, tickets);
    reader.readAll(inputs, EvaluateCommand.sink(e));
    GuaranteeReport report = e.report();
    Optional<CommitmentResult> commitment =
        report.results().stream().filter(r -> r.commitment().id().equals(id)).findFirst();
    if (commitment.isPresent()) {
      commitment(commitment.get(), tickets.found);
    } else if (!tickets.found.isEmpty()) {
      tickets.found.forEach(this::ticket);
    } else {
      throw new IllegalArgumentException(
          "--explain '"
              + id
              + "' is neither a commitment of "
              + guarantee.id()
              + " nor a ticket with a clock in "
              + period.label()
              + "; commitments: "
              + String.join(
                  ", ", report.results().stream().map(r -> r.commitment().id()).toList()));
    }
    out.flush();
    return 0;
  }

  private void commitment(CommitmentResult r, List<TicketClockResult> clocks) {
    out.println(r.commitment().id() + " — " + r.commitment().name().in("en") + ": " + r.verdict());
    List<String> lines = r.periodEvaluation().map(PeriodEvaluation::explanation).orElse(List.of());
    lines.forEach(l -> out.println("  " + l));
    for (ClauseVerdict c : lines.isEmpty() ? r.clauses() : List.<ClauseVerdict>of()) {
      out.println(
          "  clause " + c.clause() + " " + c.target() + ": " + c.observed() + " — " + c.verdict());
    }
    r.tickets()
        .ifPresent(
            s ->
                out.println(
                    "  tickets: "
                        + s.met()
                        + " met, "
                        + s.breached()
                        + " breached, "
                        + s.inProgress()
                        + " in progress, "
                        + s.excluded()
                        + " excluded"));
    for (TicketClockResult t : clocks) {
      ClockResult c = t.clock().current();
      out.println(
          "    "
              + t.ticketId()
              + " "
              + ReportText.verdict(t)
              + " "
              + Durations.format(c.elapsed())
              + " of "
              + ReportText.target(c));
    }
    for (RemedyOwed o : r.remedies()) {
      out.println("  owed: " + String.join("; ", o.explanation()));
    }
  }

  private void ticket(TicketClockResult t) {
    out.println(
        t.ticketId()
            + " / "
            + t.commitmentId()
            + " ("
            + t.severity()
            + "): "
            + (t.excluded() ? "excluded by its cause" : ReportText.verdict(t)));
    for (ClockResult c : t.clock().cycles()) {
      out.println(
          "  cycle "
              + c.cycle()
              + ": "
              + c.state()
              + ", started "
              + at(c.started())
              + ", stopped "
              + at(c.stopped()));
      out.println(
          "    elapsed "
              + Durations.format(c.elapsed())
              + " of "
              + ReportText.target(c)
              + (c.workingDays().isPresent() && c.started().isPresent()
                  ? " (" + Durations.format(c.target()) + " of counted time from the start)"
                  : "")
              + " ("
              + c.percentUsed().toPlainString()
              + " %), due "
              + at(c.due())
              + ", breach after "
              + at(c.breachAfter()));
      out.println("    counted:       " + Figures.ranges(c.explanation().counted(), zone));
      out.println("    paused:        " + Figures.ranges(c.explanation().paused(), zone));
      out.println("    outside hours: " + Figures.ranges(c.explanation().outsideHours(), zone));
      for (ThresholdCrossing x : c.thresholds()) {
        out.println(
            "    "
                + x.percent().toPlainString()
                + " % at "
                + at(x.reachedAt())
                + (x.reached() ? " (reached)" : ""));
      }
    }
  }

  private String at(Optional<Instant> i) {
    return i.map(v -> Figures.instant(v, zone)).orElse("-");
  }
}

package dev.pledge.report;

import dev.pledge.clock.ClockResult;
import dev.pledge.evaluation.CommitmentResult;
import dev.pledge.evaluation.GuaranteeReport;
import dev.pledge.evaluation.TicketClockResult;
import dev.pledge.evaluation.TicketCommitmentSummary;
import dev.pledge.period.ClauseVerdict;
import dev.pledge.period.Figures;
import dev.pledge.period.ReportingPeriod;
import dev.pledge.remedy.RemedyOwed;
import dev.pledge.time.Durations;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/** Shared wording of reports, so every format says the same thing. */
public final class ReportText {

  private ReportText() {}

  static String period(ReportingPeriod p) {
    return p.label()
        + " ("
        + Figures.instant(p.range().startInclusive(), p.zone())
        + " to "
        + Figures.instant(p.range().endExclusive(), p.zone())
        + ")";
  }

  static String at(Instant instant, ZoneId zone) {
    return Figures.instant(instant, zone);
  }

  static String at(Optional<Instant> instant, ZoneId zone) {
    return instant.map(i -> at(i, zone)).orElse("-");
  }

  static String clause(ClauseVerdict c) {
    return c.clause() + " " + c.target() + ": " + c.observed() + " — " + c.verdict();
  }

  static String tickets(TicketCommitmentSummary s) {
    return s.met()
        + " met, "
        + s.breached()
        + " breached, "
        + s.inProgress()
        + " in progress, "
        + s.excluded()
        + " excluded";
  }

  static String remedy(RemedyOwed r, ZoneId zone) {
    return String.join("; ", r.explanation()) + " — claim by " + at(r.claimDeadline(), zone);
  }

  /** A ticket clock's verdict in the words period verdicts use: met, breached, in progress. */
  public static String verdict(TicketClockResult t) {
    return t.excluded()
        ? "excluded"
        : t.clock().verdict().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  static String clock(TicketClockResult t, ZoneId zone) {
    ClockResult c = t.clock().current();
    return Durations.format(c.elapsed())
        + " of "
        + target(c)
        + ", due "
        + at(c.due(), zone)
        + ", breach after "
        + at(c.breachAfter(), zone)
        + (t.clock().cycles().size() > 1 ? ", cycle " + c.cycle() : "");
  }

  /**
   * A cycle's target as the guarantee wrote it: {@code 4 h}, or {@code 1 working day} for a target
   * in working days (its counted time depends on when the cycle started).
   */
  public static String target(ClockResult c) {
    if (c.workingDays().isEmpty()) {
      return Durations.format(c.target());
    }
    int n = c.workingDays().getAsInt();
    return n + (n == 1 ? " working day" : " working days");
  }

  static String title(CommitmentResult r) {
    return r.commitment().id() + " — " + r.commitment().name().in("en");
  }

  static String heading(GuaranteeReport report) {
    return report.guarantee().id()
        + " v"
        + report.guarantee().version()
        + " — "
        + report.guarantee().title().in("en");
  }
}

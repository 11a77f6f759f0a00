package dev.pledge.obligation;

import dev.pledge.period.ClauseVerdict;
import dev.pledge.period.Figures;
import dev.pledge.period.PeriodEvaluation;
import dev.pledge.period.ReportingPeriod;
import dev.pledge.period.Verdict;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An obligation judged for one reporting period, as known at an instant: every occurrence whose
 * deadline falls in the period, with its status and fulfilments, one clause and a verdict.
 *
 * <p>It reads like a {@link dev.pledge.period.PeriodEvaluation}: {@link #commitment()}, {@link
 * #period()}, {@link #asOf()}, {@link #clauses()}, {@link #verdict()}, {@link #explanation()}. The
 * verdict is breached if any occurrence is late or missed; otherwise no data (in progress) if any
 * is pending or none is due in the period; otherwise met.
 */
public final class ObligationEvaluation implements PeriodEvaluation {

  private static final String CLAUSE = "occurrences on time";

  private final ObligationDefinition obligation;
  private final ReportingPeriod period;
  private final Instant asOf;
  private final List<Occurrence> occurrences;
  private final List<ObligationFulfilment> notCounted;
  private final ZoneId zone;

  ObligationEvaluation(
      ObligationDefinition obligation,
      ReportingPeriod period,
      Instant asOf,
      List<Occurrence> occurrences,
      List<ObligationFulfilment> notCounted,
      ZoneId zone) {
    this.obligation = obligation;
    this.period = period;
    this.asOf = asOf;
    this.occurrences = List.copyOf(occurrences);
    this.notCounted = List.copyOf(notCounted);
    this.zone = zone;
  }

  public ObligationDefinition obligation() {
    return obligation;
  }

  /** The obligation's name, as period evaluations name their commitment. */
  public String commitment() {
    return obligation.name();
  }

  public ReportingPeriod period() {
    return period;
  }

  /** The instant the evaluation sees the world at: no later fulfilment is known. */
  public Instant asOf() {
    return asOf;
  }

  /** The occurrences whose deadline falls in the period, in order. */
  public List<Occurrence> occurrences() {
    return occurrences;
  }

  /** How many occurrences have {@code status}. */
  public int count(OccurrenceStatus status) {
    return (int) occurrences.stream().filter(o -> o.status() == status).count();
  }

  /**
   * Fulfilments that name an occurrence due in the period but came before its covered span began,
   * so count for nothing.
   */
  public List<ObligationFulfilment> notCounted() {
    return notCounted;
  }

  /** One clause: every occurrence due in the period on time, e.g. observed {@code 30 of 31}. */
  public List<ClauseVerdict> clauses() {
    int n = occurrences.size();
    String target = "= " + n + " of " + n;
    if (n == 0) {
      return List.of(new ClauseVerdict(CLAUSE, target, "none due in the period", Verdict.NO_DATA));
    }
    String observed = count(OccurrenceStatus.MET) + " of " + n + others();
    return List.of(new ClauseVerdict(CLAUSE, target, observed, judge()));
  }

  private Verdict judge() {
    if (occurrences.stream().anyMatch(o -> o.status().isBreach())) {
      return Verdict.BREACHED;
    }
    return count(OccurrenceStatus.PENDING) > 0 ? Verdict.NO_DATA : Verdict.MET;
  }

  /** {@code (1 late, 2 missed, 3 pending)}, or nothing when all are met. */
  private String others() {
    List<String> parts = new ArrayList<>();
    for (OccurrenceStatus s :
        List.of(OccurrenceStatus.LATE, OccurrenceStatus.MISSED, OccurrenceStatus.PENDING)) {
      if (count(s) > 0) {
        parts.add(count(s) + " " + s);
      }
    }
    return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
  }

  /** Breached if any occurrence is late or missed; no data while any is pending or none is due. */
  public Verdict verdict() {
    return Verdict.combine(clauses());
  }

  /** The evaluation line by line: the obligation, each occurrence, the clause, the verdict. */
  public List<String> explanation() {
    List<String> lines = new ArrayList<>();
    lines.add(heading());
    lines.add("obligation " + obligation.id() + ": " + obligation.describe());
    lines.add("occurrences due in the period: " + occurrences.size());
    occurrences.forEach(o -> lines.add(line(o)));
    notCounted.forEach(f -> lines.add(notCountedLine(f)));
    clauses().forEach(c -> lines.add("clause " + c));
    lines.add("verdict: " + verdict() + verdictReason());
    return lines;
  }

  private String heading() {
    return commitment()
        + " for "
        + period
        + " "
        + Figures.range(period.range(), period.zone())
        + ", as of "
        + Figures.instant(asOf, period.zone());
  }

  private String line(Occurrence o) {
    return "occurrence "
        + o.label()
        + " covers "
        + Figures.range(o.covers(), zone)
        + ", due "
        + showDeadline(o.deadline())
        + ": "
        + o.status()
        + "; "
        + fulfilmentsText(o);
  }

  private String fulfilmentsText(Occurrence o) {
    String count =
        obligation.minimumCount() > 1
            ? o.onTime().size() + " of " + obligation.minimumCount() + " on time: "
            : "";
    if (o.fulfilments().isEmpty()) {
      return count
          + (o.status() == OccurrenceStatus.PENDING ? "no fulfilment yet" : "no fulfilment");
    }
    return count + o.fulfilments().stream().map(f -> show(f, o)).collect(Collectors.joining(", "));
  }

  /** {@code r-1 at 2026-11-06T00:00+08:00 (late)}. */
  private String show(ObligationFulfilment f, Occurrence o) {
    return f.id() + " at " + Figures.instant(f.at(), zone) + (o.isOnTime(f.at()) ? "" : " (late)");
  }

  private String notCountedLine(ObligationFulfilment f) {
    return "fulfilment "
        + f.id()
        + " at "
        + Figures.instant(f.at(), zone)
        + " covers "
        + f.coversLabel().orElseThrow()
        + " but came before it began: not counted";
  }

  private String verdictReason() {
    if (occurrences.isEmpty()) {
      return " (no occurrence due in the period)";
    }
    int pending = count(OccurrenceStatus.PENDING);
    return verdict() == Verdict.NO_DATA ? " (in progress: " + pending + " pending)" : "";
  }

  /**
   * A deadline as people read it: {@code end of 2026-11-05 (+08:00)} when it is the last nanosecond
   * of a local date, otherwise the instant with its offset.
   */
  String showDeadline(Instant deadline) {
    Instant next = deadline.plusNanos(1);
    LocalDate date = next.atZone(zone).toLocalDate();
    if (date.atStartOfDay(zone).toInstant().equals(next)) {
      return "end of " + date.minusDays(1) + " (" + deadline.atZone(zone).getOffset() + ")";
    }
    return Figures.instant(deadline, zone);
  }

  @Override
  public String toString() {
    return String.join("\n", explanation());
  }
}

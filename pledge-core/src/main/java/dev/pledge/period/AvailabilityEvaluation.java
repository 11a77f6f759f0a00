package dev.pledge.period;

import dev.pledge.time.IntervalSet;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.stream.Collectors;

/**
 * An {@link AvailabilityCommitment} evaluated for a period: the outages counted and dropped, the
 * maintenance, P, M, D, the exact availability, trouble-free days and each clause's verdict.
 */
public final class AvailabilityEvaluation implements PeriodEvaluation {

  private final AvailabilityCommitment commitment;
  private final DowntimeCount count;
  private final SortedSet<LocalDate> datesWithDowntime;
  private final List<ClauseVerdict> clauses;

  AvailabilityEvaluation(AvailabilityCommitment commitment, DowntimeCount count) {
    this.commitment = commitment;
    this.count = count;
    this.datesWithDowntime = TroubleFreeDays.datesWithDowntime(count.period(), count.downtime());
    this.clauses = List.copyOf(judge());
  }

  @Override
  public String commitment() {
    return commitment.name();
  }

  @Override
  public ReportingPeriod period() {
    return count.period();
  }

  @Override
  public Instant asOf() {
    return count.asOf();
  }

  /** Outages that count, each with its own counted intervals; in order of beginning. */
  public List<CountedOutage> countedOutages() {
    return count.counted();
  }

  /** Outages in the period that were dropped whole, with the reason. */
  public List<DroppedOutage> droppedOutages() {
    return count.dropped();
  }

  /** Customer-approved maintenance inside the period (before the evaluation instant). */
  public IntervalSet approvedMaintenance() {
    return count.approved();
  }

  /**
   * Unapproved maintenance inside the period, less approved; downtime only if the commitment says.
   */
  public IntervalSet unapprovedMaintenance() {
    return count.unapproved();
  }

  /** All counted downtime as one coalesced set: what D measures. */
  public IntervalSet downtimeIntervals() {
    return count.downtime();
  }

  /** P: the period's real length. */
  public Duration periodLength() {
    return period().length();
  }

  /** M: the length of approved maintenance inside the period. */
  public Duration maintenance() {
    return count.approved().totalDuration();
  }

  /** D: counted downtime, overlaps counted once. */
  public Duration downtime() {
    return count.downtime().totalDuration();
  }

  /** The number of counted outages that contribute downtime to the period. */
  public int outageCount() {
    return (int) count.counted().stream().filter(c -> !c.counted().isEmpty()).count();
  }

  /**
   * The exact availability as a ratio from 0 to 1; empty when the denominator is zero (the whole
   * period was approved maintenance and the commitment takes maintenance out).
   */
  public Optional<Fraction> availability() {
    Duration base = denominator();
    if (base.isZero()) {
      return Optional.empty();
    }
    return Optional.of(Fraction.ratio(base.minus(downtime()), base));
  }

  /** The availability in percent, exact: the value remedy tiers are looked up with. */
  public Optional<Fraction> availabilityPercent() {
    return availability().map(a -> a.times(100));
  }

  private Duration denominator() {
    boolean lessMaintenance =
        commitment.denominator() == AvailabilityCommitment.Denominator.EXCLUDING_MAINTENANCE;
    return lessMaintenance ? periodLength().minus(maintenance()) : periodLength();
  }

  /** Local dates of the period on which counted downtime fell. */
  public SortedSet<LocalDate> datesWithDowntime() {
    return datesWithDowntime;
  }

  /**
   * Local dates of the period without counted downtime; dates still to come count as trouble-free
   * so far.
   */
  public int troubleFreeDays() {
    return period().dayCount() - datesWithDowntime.size();
  }

  @Override
  public List<ClauseVerdict> clauses() {
    return clauses;
  }

  private List<ClauseVerdict> judge() {
    List<ClauseVerdict> out = new ArrayList<>();
    commitment.minAvailabilityPercent().ifPresent(min -> out.add(availabilityClause(min)));
    commitment.maxDowntime().ifPresent(max -> out.add(durationClause("downtime", downtime(), max)));
    commitment
        .maxMaintenance()
        .ifPresent(max -> out.add(durationClause("maintenance", maintenance(), max)));
    commitment
        .maxOutages()
        .ifPresent(
            max ->
                out.add(
                    ClauseVerdict.atMost(
                        "outages", "" + max, "" + outageCount(), outageCount() <= max)));
    commitment
        .minTroubleFreeDays()
        .ifPresent(
            min ->
                out.add(
                    ClauseVerdict.atLeast(
                        "trouble-free days",
                        "" + min,
                        "" + troubleFreeDays(),
                        troubleFreeDays() >= min)));
    return out;
  }

  private ClauseVerdict availabilityClause(BigDecimal min) {
    String target = min.toPlainString() + " %";
    Optional<Fraction> percent = availabilityPercent();
    if (percent.isEmpty()) {
      return ClauseVerdict.noData(
          "availability", "≥ " + target, "undefined: the whole period was approved maintenance");
    }
    boolean met = !percent.get().isLessThan(min);
    return ClauseVerdict.atLeast(
        "availability", target, Figures.percent(availability().get()), met);
  }

  private static ClauseVerdict durationClause(String clause, Duration observed, Duration max) {
    return ClauseVerdict.atMost(
        clause, Figures.duration(max), Figures.duration(observed), observed.compareTo(max) <= 0);
  }

  @Override
  public List<String> explanation() {
    ZoneId zone = period().zone();
    List<String> lines = new ArrayList<>();
    lines.add(Figures.heading(commitment(), period(), asOf()));
    lines.add("P = " + Figures.duration(periodLength()));
    for (MaintenanceWindow m : count.maintenanceWindows()) {
      lines.add(maintenanceLine(m, zone));
    }
    lines.add("M = " + Figures.duration(maintenance()) + " of approved maintenance");
    for (CountedOutage c : countedOutages()) {
      lines.add(countedLine(c, zone));
    }
    for (DroppedOutage d : droppedOutages()) {
      lines.add("outage " + d.outage().id() + " dropped: " + d.reason());
    }
    lines.add("D = " + Figures.duration(downtime()) + " of counted downtime (overlaps once)");
    lines.add(availabilityLine());
    lines.add(
        "trouble-free days: "
            + troubleFreeDays()
            + " of "
            + period().dayCount()
            + (datesWithDowntime.isEmpty()
                ? ""
                : "; downtime on "
                    + datesWithDowntime.stream()
                        .map(LocalDate::toString)
                        .collect(Collectors.joining(", "))));
    clauses.forEach(c -> lines.add("clause " + c));
    lines.add("verdict: " + verdict());
    return lines;
  }

  private String maintenanceLine(MaintenanceWindow m, ZoneId zone) {
    String kind = m.approvedByCustomer() ? "approved" : "unapproved";
    String effect =
        m.approvedByCustomer()
            ? "not downtime"
            : commitment.unapprovedMaintenanceIsDowntime() ? "counts as downtime" : "not counted";
    return kind + " maintenance " + m.id() + " " + Figures.range(m.range(), zone) + ": " + effect;
  }

  private static String countedLine(CountedOutage c, ZoneId zone) {
    String cause = c.outage().cause().isEmpty() ? "" : " (cause " + c.outage().cause() + ")";
    return "outage "
        + c.outage().id()
        + cause
        + " "
        + String.join(", ", c.notes())
        + "; counted "
        + Figures.duration(c.duration())
        + ": "
        + Figures.ranges(c.counted(), zone);
  }

  private String availabilityLine() {
    boolean lessMaintenance =
        commitment.denominator() == AvailabilityCommitment.Denominator.EXCLUDING_MAINTENANCE;
    String formula = lessMaintenance ? "(P − M − D) / (P − M)" : "(P − D) / P";
    return availability()
        .map(
            a ->
                "availability = "
                    + formula
                    + " = "
                    + a
                    + " exactly, shown as "
                    + Figures.percent(a))
        .orElse("availability = " + formula + ": undefined, P − M is zero");
  }
}

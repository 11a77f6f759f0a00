package dev.pledge.period;

import dev.pledge.time.IntervalSet;
import dev.pledge.time.TimeRange;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Applies an {@link AvailabilityCommitment}'s counting rules to outages and maintenance. */
final class DowntimeCounter {

  private final AvailabilityCommitment commitment;
  private final Instant asOf;
  private final TimeRange window;
  private final ZoneId zone;
  private final IntervalSet approved;
  private final List<CountedOutage> counted = new ArrayList<>();
  private final List<DroppedOutage> dropped = new ArrayList<>();

  private DowntimeCounter(
      AvailabilityCommitment commitment,
      Instant asOf,
      TimeRange window,
      ZoneId zone,
      IntervalSet approved) {
    this.commitment = commitment;
    this.asOf = asOf;
    this.window = window;
    this.zone = zone;
    this.approved = approved;
  }

  static DowntimeCount count(
      AvailabilityCommitment commitment,
      ReportingPeriod period,
      Instant asOf,
      Collection<Outage> outages,
      Collection<MaintenanceWindow> maintenance) {
    TimeRange window = window(period, asOf);
    List<MaintenanceWindow> windows =
        maintenance.stream()
            .filter(m -> m.range().overlaps(window))
            .sorted(Comparator.comparing(MaintenanceWindow::range))
            .toList();
    IntervalSet approved = union(windows, true).clip(window);
    IntervalSet unapproved = union(windows, false).clip(window).minus(approved);
    DowntimeCounter counter =
        new DowntimeCounter(commitment, asOf, window, period.zone(), approved);
    outages.stream()
        .sorted(Comparator.comparing(Outage::began).thenComparing(Outage::id))
        .forEach(counter::add);
    IntervalSet downtime = counter.countedUnion();
    if (commitment.unapprovedMaintenanceIsDowntime()) {
      downtime = downtime.union(unapproved);
    }
    return new DowntimeCount(
        period,
        asOf,
        window,
        windows,
        approved,
        unapproved,
        List.copyOf(counter.counted),
        List.copyOf(counter.dropped),
        downtime);
  }

  /** The part of the period before {@code asOf}; empty if the period has not begun. */
  static TimeRange window(ReportingPeriod period, Instant asOf) {
    TimeRange p = period.range();
    Instant end = asOf.isBefore(p.endExclusive()) ? asOf : p.endExclusive();
    return end.isAfter(p.startInclusive())
        ? TimeRange.of(p.startInclusive(), end)
        : TimeRange.of(p.startInclusive(), p.startInclusive());
  }

  private static IntervalSet union(List<MaintenanceWindow> windows, boolean approved) {
    return IntervalSet.of(
        windows.stream()
            .filter(m -> m.approvedByCustomer() == approved)
            .map(MaintenanceWindow::range)
            .toList());
  }

  private void add(Outage outage) {
    Outage known = outage.knownAt(asOf);
    if (known == null || !isInScope(known)) {
      return;
    }
    List<String> notes = new ArrayList<>();
    Instant from = countingStart(known, notes);
    Instant until = countingEnd(known, notes);
    if (!touchesWindow(known, until)) {
      return;
    }
    String reason = dropReason(known);
    if (reason != null) {
      dropped.add(new DroppedOutage(known, reason));
      return;
    }
    if (!until.isAfter(from)) {
      notes.add("restored before counting started: nothing counted");
    }
    TimeRange raw = TimeRange.of(from, until.isAfter(from) ? until : from);
    IntervalSet inPeriod = IntervalSet.of(raw).clip(window).minus(approved);
    counted.add(new CountedOutage(known, from, until, inPeriod, notes));
  }

  private boolean isInScope(Outage outage) {
    return commitment.service().map(outage.service()::equals).orElse(true);
  }

  /** True if any part of the outage, from its beginning, lies in the window. */
  private boolean touchesWindow(Outage outage, Instant until) {
    Instant began = outage.began();
    if (!until.isAfter(began)) {
      return window.contains(began);
    }
    return TimeRange.of(began, until).overlaps(window);
  }

  private Instant countingStart(Outage o, List<String> notes) {
    boolean fromDetection = commitment.countFrom() == AvailabilityCommitment.CountFrom.DETECTION;
    Instant chosen = fromDetection ? o.detectedAt() : o.reportedAt();
    if (chosen != null) {
      notes.add(
          "counted from its " + (fromDetection ? "detection" : "report") + " at " + at(chosen));
      return chosen;
    }
    Instant other = fromDetection ? o.reportedAt() : o.detectedAt();
    notes.add(
        fromDetection
            ? "no detection time: counted from the customer's report at " + at(other)
            : "no customer report: counted from its detection at " + at(other));
    return other;
  }

  private Instant countingEnd(Outage o, List<String> notes) {
    if (o.restoredAt() != null) {
      notes.add("until its restoration at " + at(o.restoredAt()));
      return o.restoredAt();
    }
    notes.add("still open: counted until the evaluation instant " + at(asOf));
    return asOf;
  }

  /** Why the outage is dropped whole, or {@code null} if it counts. */
  private String dropReason(Outage o) {
    if (commitment.isExcluded(o.cause())) {
      return "cause '" + o.cause() + "' is excluded";
    }
    Duration deadline = commitment.reportDeadline().orElse(null);
    if (deadline == null) {
      return null;
    }
    Instant due = o.began().plus(deadline);
    String within = Figures.duration(deadline) + " of its beginning at " + at(o.began());
    if (o.reportedAt() == null) {
      return asOf.isAfter(due)
          ? "not reported within " + within + " (deadline " + at(due) + ")"
          : "not reported yet; counts if reported by " + at(due);
    }
    if (o.reportedAt().isAfter(due)) {
      return "reported at " + at(o.reportedAt()) + ", not within " + within;
    }
    return null;
  }

  private IntervalSet countedUnion() {
    List<TimeRange> all = new ArrayList<>();
    counted.forEach(c -> all.addAll(c.counted().ranges()));
    return IntervalSet.of(all);
  }

  private String at(Instant instant) {
    return Figures.instant(instant, zone);
  }
}

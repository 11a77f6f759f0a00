package dev.pledge.period;

import dev.pledge.time.IntervalSet;
import dev.pledge.time.TimeRange;
import java.time.Instant;
import java.util.List;

/**
 * What {@link DowntimeCounter} found for one period.
 *
 * @param window the part of the period before the evaluation instant
 * @param maintenanceWindows the maintenance windows touching {@code window}
 * @param approved the union of approved maintenance inside {@code window}
 * @param unapproved the union of unapproved maintenance inside {@code window}, less approved
 * @param downtime the union of counted time: counted outages, and unapproved maintenance if it
 *     counts
 */
record DowntimeCount(
    ReportingPeriod period,
    Instant asOf,
    TimeRange window,
    List<MaintenanceWindow> maintenanceWindows,
    IntervalSet approved,
    IntervalSet unapproved,
    List<CountedOutage> counted,
    List<DroppedOutage> dropped,
    IntervalSet downtime) {}

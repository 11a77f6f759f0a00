package dev.pledge.period;

import dev.pledge.time.IntervalSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An outage that counts, with the time it contributes to the period.
 *
 * @param outage the outage as known at the evaluation instant
 * @param countedFrom where counting started: its detection or its report
 * @param countedUntil its restoration, or the evaluation instant while it is open
 * @param counted {@code [countedFrom, countedUntil)} inside the period (and before the evaluation
 *     instant), less approved maintenance; several outages may overlap, the period's downtime
 *     counts such time once
 * @param notes how the start and end were chosen, e.g. a fallback to the report
 */
public record CountedOutage(
    Outage outage,
    Instant countedFrom,
    Instant countedUntil,
    IntervalSet counted,
    List<String> notes) {

  public CountedOutage {
    Objects.requireNonNull(outage, "outage");
    Objects.requireNonNull(countedFrom, "countedFrom");
    Objects.requireNonNull(countedUntil, "countedUntil");
    Objects.requireNonNull(counted, "counted");
    notes = List.copyOf(notes);
  }

  /** The length of {@link #counted}. */
  public Duration duration() {
    return counted.totalDuration();
  }
}

package dev.pledge.remedy;

import dev.pledge.period.ReportingPeriod;
import java.time.Instant;
import java.util.Objects;

/**
 * When a customer may claim a remedy: from the end of the period until local 00:00 of the day
 * {@code daysAfterPeriod} local days after the period's end, both ends included (exactly the
 * deadline is in time).
 *
 * <p>Days are local dates in the period's zone, so a window running over a DST change still ends at
 * local midnight. For October 2026 in Berlin and 30 days, the window runs from 2026-11-01T00:00 to
 * 2026-12-01T00:00 (+01:00): the customer has all of November.
 *
 * @param daysAfterPeriod the number of local days after the period during which claims are
 *     accepted, 0 or more
 */
public record ClaimWindow(int daysAfterPeriod) {

  public ClaimWindow {
    if (daysAfterPeriod < 0) {
      throw new IllegalArgumentException(
          "daysAfterPeriod " + daysAfterPeriod + " is negative; give 0 or more days");
    }
  }

  /** The instant the period ends, from which a remedy can be claimed. */
  public Instant opens(ReportingPeriod period) {
    return period.range().endExclusive();
  }

  /**
   * The last instant a claim is in time: local 00:00, {@code daysAfterPeriod} days after the end.
   */
  public Instant deadline(ReportingPeriod period) {
    Objects.requireNonNull(period, "period");
    return period.lastDate().plusDays(1L + daysAfterPeriod).atStartOfDay(period.zone()).toInstant();
  }

  /** True if a claim made at {@code asOf} is in the window: after the period, by the deadline. */
  public boolean isClaimable(ReportingPeriod period, Instant asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return !asOf.isBefore(opens(period)) && !asOf.isAfter(deadline(period));
  }
}

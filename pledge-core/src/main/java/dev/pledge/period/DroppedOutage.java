package dev.pledge.period;

import java.util.Objects;

/**
 * An outage in the period that does not count at all, and why.
 *
 * @param outage the outage as known at the evaluation instant
 * @param reason why it was dropped, e.g. {@code cause 'force-majeure' is excluded}
 */
public record DroppedOutage(Outage outage, String reason) {
  public DroppedOutage {
    Objects.requireNonNull(outage, "outage");
    Objects.requireNonNull(reason, "reason");
  }
}

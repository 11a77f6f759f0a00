package dev.pledge.period;

import dev.pledge.time.TimeRange;
import java.util.Objects;

/**
 * A planned maintenance window.
 *
 * <p>Time inside an approved window is never downtime and, as the commitment says, may be taken out
 * of the availability denominator. Time inside a window the customer did not approve is downtime
 * when the commitment says so, otherwise it is not counted at all.
 *
 * @param id the window's identifier, shown in explanations
 * @param range when the work was planned, {@code [start, end)}
 * @param approvedByCustomer whether the customer approved it
 */
public record MaintenanceWindow(String id, TimeRange range, boolean approvedByCustomer) {
  public MaintenanceWindow {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(range, "range");
  }
}

package dev.pledge.server.record;

import dev.pledge.period.MaintenanceWindow;
import dev.pledge.time.TimeRange;
import java.time.Instant;

/**
 * A maintenance window as stored; {@code approval} is {@code pending}, {@code approved} or {@code
 * refused}, and only an approved window is approved by the customer.
 */
record StoredMaintenance(
    String customer,
    String guarantee,
    String id,
    Instant start,
    Instant end,
    String approval,
    Instant decidedAt,
    Instant recordedAt) {

  MaintenanceWindow toWindow() {
    return new MaintenanceWindow(id, TimeRange.of(start, end), approval.equals("approved"));
  }
}

package dev.pledge.server.record;

import dev.pledge.period.Outage;
import java.time.Instant;

/** An outage as stored: the figures in force, whatever corrections led to them. */
record StoredOutage(
    String customer,
    String guarantee,
    String id,
    String service,
    Instant detectedAt,
    Instant reportedAt,
    Instant restoredAt,
    String cause,
    Instant recordedAt) {

  /**
   * What the engine measures.
   *
   * @throws IllegalArgumentException when the instants disagree (restored before it began)
   */
  Outage toOutage() {
    return new Outage(id, service, detectedAt, reportedAt, restoredAt, cause);
  }

  StoredOutage with(String field, Instant at) {
    return switch (field) {
      case "detected_at" ->
          new StoredOutage(
              customer, guarantee, id, service, at, reportedAt, restoredAt, cause, recordedAt);
      case "reported_at" ->
          new StoredOutage(
              customer, guarantee, id, service, detectedAt, at, restoredAt, cause, recordedAt);
      case "restored_at" ->
          new StoredOutage(
              customer, guarantee, id, service, detectedAt, reportedAt, at, cause, recordedAt);
      default -> throw new IllegalArgumentException(field);
    };
  }

  Instant get(String field) {
    return switch (field) {
      case "detected_at" -> detectedAt;
      case "reported_at" -> reportedAt;
      case "restored_at" -> restoredAt;
      default -> throw new IllegalArgumentException(field);
    };
  }
}

package dev.pledge.period;

import java.time.Instant;
import java.util.Objects;

/**
 * An interval during which a service was unavailable to a customer.
 *
 * <p>It began when the monitor detected it or the customer reported it, whichever came first; at
 * least one of the two is known. Counting may start at either (see {@link
 * AvailabilityCommitment.CountFrom}).
 *
 * @param id the outage's identifier, shown in explanations
 * @param service the service that was unavailable
 * @param detectedAt when a monitor detected it; {@code null} if no monitor did
 * @param reportedAt when the customer reported it; {@code null} if the customer did not (yet)
 * @param restoredAt when the service was restored; {@code null} while the outage is open
 * @param cause the cause category, e.g. {@code power} or {@code customer-equipment}; exclusions
 *     match it ignoring case; empty if unknown
 */
public record Outage(
    String id,
    String service,
    Instant detectedAt,
    Instant reportedAt,
    Instant restoredAt,
    String cause) {

  public Outage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(service, "service");
    cause = cause == null ? "" : cause;
    if (detectedAt == null && reportedAt == null) {
      throw new IllegalArgumentException(
          "outage '" + id + "' has neither detected_at nor reported_at; give at least one");
    }
    Instant began = earliest(detectedAt, reportedAt);
    if (restoredAt != null && restoredAt.isBefore(began)) {
      throw new IllegalArgumentException(
          "outage '" + id + "' restored_at " + restoredAt + " is before it began at " + began);
    }
  }

  /** When it began: the earlier of detection and report. */
  public Instant began() {
    return earliest(detectedAt, reportedAt);
  }

  public boolean isOpen() {
    return restoredAt == null;
  }

  /**
   * The outage as known at {@code asOf}: times after it are not known yet, so they read as absent;
   * {@code null} if it had neither been detected nor reported by then.
   */
  Outage knownAt(Instant asOf) {
    Instant detected = upTo(detectedAt, asOf);
    Instant reported = upTo(reportedAt, asOf);
    if (detected == null && reported == null) {
      return null;
    }
    return new Outage(id, service, detected, reported, upTo(restoredAt, asOf), cause);
  }

  private static Instant upTo(Instant t, Instant asOf) {
    return t == null || t.isAfter(asOf) ? null : t;
  }

  private static Instant earliest(Instant a, Instant b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    return a.isBefore(b) ? a : b;
  }
}

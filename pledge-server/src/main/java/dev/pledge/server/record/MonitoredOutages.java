package dev.pledge.server.record;

import dev.pledge.guarantee.Guarantee;
import dev.pledge.guarantee.Service;
import dev.pledge.server.audit.Audit;
import dev.pledge.server.guarantee.GuaranteeService;
import dev.pledge.server.record.Views.OutageView;
import dev.pledge.server.system.ApiException;
import dev.pledge.server.system.Caller;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Outages a monitoring system opens and restores under ids it derives itself, so that telling the
 * same thing twice changes nothing: a detection already stored is left as it is, a restoration of
 * an outage already restored too (a different restoration instant is a correction, made by a
 * person). Runs inside the caller's transaction; the caller has checked that it may act for the
 * customer.
 */
@Component
public class MonitoredOutages {

  /** What a monitor's notice did to the stored outages. */
  public enum Change {
    OPENED,
    RESTORED,
    /** A restoration whose detection was never received: opened and restored at once. */
    OPENED_AND_RESTORED,
    UNCHANGED
  }

  /**
   * What a monitor says.
   *
   * @param guarantee the guarantee to measure it under, or {@code null} to take the customer's one
   *     guarantee in force at {@code detectedAt} whose version in effect then covers {@code
   *     service}
   * @param restoredAt when the monitor saw it end, or {@code null} while it lasts
   * @param cause the cause category, or {@code null}
   */
  public record Notice(
      String customer,
      String guarantee,
      String service,
      String id,
      Instant detectedAt,
      Instant restoredAt,
      String cause) {}

  /** The change made, and the guarantee the outage is measured under. */
  public record Applied(Change change, String guarantee) {}

  private final Records records;
  private final CustomerScope scope;
  private final GuaranteeService guarantees;
  private final Audit audit;
  private final Clock clock;

  MonitoredOutages(
      Records records, CustomerScope scope, GuaranteeService guarantees, Audit audit, Clock clock) {
    this.records = records;
    this.scope = scope;
    this.guarantees = guarantees;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Stores what the notice adds to what is stored, and logs each change as made by {@code monitor}
   * (the monitoring system's token); an unchanged outage logs nothing.
   *
   * @throws ApiException 400 naming the field when the notice cannot be stored (no guarantee covers
   *     the service, it ends before it began); nothing is written then
   */
  public Applied apply(Notice n, Caller monitor) {
    Optional<StoredOutage> stored = records.lockOutage(n.customer(), n.id());
    if (stored.isPresent()) {
      return update(stored.get(), n.restoredAt(), monitor);
    }
    Guarantee g = guarantee(n);
    StoredOutage o =
        new StoredOutage(
            n.customer(),
            g.id(),
            n.id(),
            RecordService.service(g, Fields.required("service", n.service(), 100)),
            n.detectedAt(),
            null,
            n.restoredAt(),
            Fields.optional("cause", n.cause(), 100),
            clock.instant());
    valid(o);
    records.addOutage(o);
    OutageView opened = OutageView.of(o, List.of());
    audit.record(monitor, o.customer(), "outage.open", "outage", o.id(), null, opened);
    return new Applied(n.restoredAt() == null ? Change.OPENED : Change.OPENED_AND_RESTORED, g.id());
  }

  private Applied update(StoredOutage o, Instant restoredAt, Caller monitor) {
    if (restoredAt == null || o.restoredAt() != null) {
      return new Applied(Change.UNCHANGED, o.guarantee());
    }
    StoredOutage restored = o.with("restored_at", restoredAt);
    valid(restored);
    records.restoreOutage(o.customer(), o.id(), restoredAt);
    List<Records.Correction> corrections = records.corrections(o.customer(), o.id());
    audit.record(
        monitor,
        o.customer(),
        "outage.restore",
        "outage",
        o.id(),
        OutageView.of(o, corrections),
        OutageView.of(restored, corrections));
    return new Applied(Change.RESTORED, o.guarantee());
  }

  private static void valid(StoredOutage o) {
    try {
      o.toOutage();
    } catch (IllegalArgumentException e) {
      throw ApiException.badInput(
          "restored_at", e.getMessage() + "; an outage is restored after it began");
    }
  }

  private Guarantee guarantee(Notice n) {
    if (n.guarantee() != null) {
      return scope
          .guaranteeAt(n.customer(), "guarantee", n.guarantee(), "detected_at", n.detectedAt())
          .guarantee();
    }
    List<Guarantee> covering =
        guarantees.latestOf(n.customer()).stream()
            .flatMap(g -> guarantees.inEffectAt(g.id(), n.detectedAt()).stream())
            .map(guarantees::parse)
            .filter(g -> covers(g, n.service(), n.detectedAt()))
            .toList();
    if (covering.size() == 1) {
      return covering.get(0);
    }
    throw ApiException.badInput(
        "guarantee",
        covering.isEmpty()
            ? "no guarantee of customer '"
                + n.customer()
                + "' in force on "
                + n.detectedAt()
                + " covers service '"
                + n.service()
                + "'; store one, or name the guarantee"
            : "guarantees "
                + String.join(", ", covering.stream().map(Guarantee::id).toList())
                + " of customer '"
                + n.customer()
                + "' all cover service '"
                + n.service()
                + "'; name the one to measure it under");
  }

  /**
   * In force on the day it began (in the guarantee's zone), and lists the service or none: asked of
   * the version in effect then.
   */
  private static boolean covers(Guarantee g, String service, Instant at) {
    List<String> services = g.services().stream().map(Service::id).toList();
    return (services.isEmpty() || services.contains(service))
        && g.valid().covers(LocalDate.ofInstant(at, g.zone()));
  }
}

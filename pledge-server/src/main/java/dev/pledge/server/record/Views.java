package dev.pledge.server.record;

import dev.pledge.obligation.ObligationFulfilment;
import dev.pledge.period.CountSample;
import dev.pledge.period.Measurement;
import dev.pledge.server.ticket.StoredEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** What the API answers, field by field (snake_case on the wire); absent values are null. */
public final class Views {

  private Views() {}

  /** {@code started_by} is {@code monitor} when a monitor detected it, else {@code customer}. */
  public record OutageView(
      String id,
      String customer,
      String guarantee,
      String service,
      String startedBy,
      Instant detectedAt,
      Instant reportedAt,
      Instant restoredAt,
      String cause,
      Instant recordedAt,
      List<Records.Correction> corrections) {

    static OutageView of(StoredOutage o, List<Records.Correction> corrections) {
      return new OutageView(
          o.id(),
          o.customer(),
          o.guarantee(),
          o.service(),
          o.detectedAt() != null ? "monitor" : "customer",
          o.detectedAt(),
          o.reportedAt(),
          o.restoredAt(),
          o.cause(),
          o.recordedAt(),
          corrections);
    }
  }

  public record MaintenanceView(
      String id,
      String customer,
      String guarantee,
      Instant start,
      Instant end,
      String approval,
      Instant decidedAt,
      Instant recordedAt) {

    static MaintenanceView of(StoredMaintenance m) {
      return new MaintenanceView(
          m.id(),
          m.customer(),
          m.guarantee(),
          m.start(),
          m.end(),
          m.approval(),
          m.decidedAt(),
          m.recordedAt());
    }
  }

  record MeasurementView(
      String id, String guarantee, Instant at, String metric, BigDecimal value, String unit) {
    static MeasurementView of(String guarantee, Measurement m) {
      return new MeasurementView(m.id(), guarantee, m.at(), m.metric(), m.value(), m.unit());
    }
  }

  /** The measurements one request stored, in the order sent. */
  record MeasurementsView(List<MeasurementView> stored) {}

  /** A comment or severity change, on the ticket's timeline. */
  public record NoteView(String ticket, int seq, Instant at, String event, String reason) {
    static NoteView of(StoredEvent e) {
      return new NoteView(
          e.ticket(), e.seq(), e.at(), e.type().name().toLowerCase(Locale.ROOT), e.reason());
    }
  }

  public record RatingView(
      String id, String guarantee, String ticket, Instant at, BigDecimal score, BigDecimal scale) {
    static RatingView of(Records.StoredRating r) {
      return new RatingView(
          r.rating().id(),
          r.guarantee(),
          r.ticket(),
          r.rating().at(),
          r.rating().score(),
          r.rating().scaleMax());
    }
  }

  record CountView(String id, String guarantee, Instant at, String metric, long count, long outOf) {
    static CountView of(String guarantee, CountSample s) {
      return new CountView(s.id(), guarantee, s.at(), s.metric(), s.count(), s.outOf());
    }
  }

  record FulfilmentView(
      String id, String guarantee, String obligation, Instant at, String covering, String note) {
    static FulfilmentView of(String guarantee, ObligationFulfilment f) {
      return new FulfilmentView(
          f.id(), guarantee, f.obligation(), f.at(), f.coversLabel().orElse(null), f.note());
    }
  }
}

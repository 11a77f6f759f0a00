package dev.pledge.server.record;

import java.math.BigDecimal;
import java.util.List;

/**
 * Request bodies, field by field as docs/api.md lists them (snake_case on the wire). Instants are
 * text with an offset; numbers are exact decimals, as a JSON number or a string holding one. The
 * portal's forms send the outage and maintenance ones too.
 */
public final class Requests {

  private Requests() {}

  public record OutageRequest(
      String id,
      String guarantee,
      String service,
      String detectedAt,
      String reportedAt,
      String restoredAt,
      String cause) {}

  public record RestorationRequest(String restoredAt) {}

  /** {@code field} is {@code detected_at}, {@code reported_at} or {@code restored_at}. */
  record CorrectionRequest(String field, String at) {}

  public record MaintenanceRequest(String id, String guarantee, String start, String end) {}

  public record DecisionRequest(Boolean approved) {}

  record MeasurementBatch(String guarantee, List<MeasurementItem> measurements) {}

  record MeasurementItem(String id, String at, String metric, BigDecimal value, String unit) {}

  public record RatingRequest(
      String id, String guarantee, String ticket, String at, BigDecimal score, BigDecimal scale) {}

  record CountRequest(
      String id, String guarantee, String at, String metric, Long count, Long outOf) {}

  record FulfilmentRequest(
      String id, String guarantee, String obligation, String at, String covering, String note) {}

  public record CommentRequest(String at, String text) {}

  public record SeverityRequest(String at, String severity) {}
}

package dev.pledge.server.record;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
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
      @Schema(requiredMode = REQUIRED) String id,
      @Schema(requiredMode = REQUIRED) String guarantee,
      @Schema(requiredMode = REQUIRED) String service,
      String detectedAt,
      String reportedAt,
      String restoredAt,
      String cause) {}

  public record RestorationRequest(@Schema(requiredMode = REQUIRED) String restoredAt) {}

  /** {@code field} is {@code detected_at}, {@code reported_at} or {@code restored_at}. */
  record CorrectionRequest(
      @Schema(requiredMode = REQUIRED) String field, @Schema(requiredMode = REQUIRED) String at) {}

  public record MaintenanceRequest(
      @Schema(requiredMode = REQUIRED) String id,
      @Schema(requiredMode = REQUIRED) String guarantee,
      @Schema(requiredMode = REQUIRED) String start,
      @Schema(requiredMode = REQUIRED) String end) {}

  public record DecisionRequest(@Schema(requiredMode = REQUIRED) Boolean approved) {}

  record MeasurementBatch(
      @Schema(requiredMode = REQUIRED) String guarantee,
      @Schema(requiredMode = REQUIRED) List<MeasurementItem> measurements) {}

  record MeasurementItem(
      @Schema(requiredMode = REQUIRED) String id,
      @Schema(requiredMode = REQUIRED) String at,
      @Schema(requiredMode = REQUIRED) String metric,
      @Schema(requiredMode = REQUIRED) BigDecimal value,
      @Schema(requiredMode = REQUIRED) String unit) {}

  public record RatingRequest(
      String id,
      @Schema(requiredMode = REQUIRED) String guarantee,
      String ticket,
      @Schema(requiredMode = REQUIRED) String at,
      @Schema(requiredMode = REQUIRED) BigDecimal score,
      @Schema(requiredMode = REQUIRED) BigDecimal scale) {}

  record CountRequest(
      @Schema(requiredMode = REQUIRED) String id,
      @Schema(requiredMode = REQUIRED) String guarantee,
      @Schema(requiredMode = REQUIRED) String at,
      @Schema(requiredMode = REQUIRED) String metric,
      @Schema(requiredMode = REQUIRED) Long count,
      @Schema(requiredMode = REQUIRED) Long outOf) {}

  record FulfilmentRequest(
      @Schema(requiredMode = REQUIRED) String id,
      @Schema(requiredMode = REQUIRED) String guarantee,
      @Schema(requiredMode = REQUIRED) String obligation,
      @Schema(requiredMode = REQUIRED) String at,
      String covering,
      String note) {}

  public record CommentRequest(String at, @Schema(requiredMode = REQUIRED) String text) {}

  public record SeverityRequest(String at, @Schema(requiredMode = REQUIRED) String severity) {}
}

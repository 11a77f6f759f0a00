package dev.pledge.period;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One sample of a metric, such as the delivery delay of one mail message.
 *
 * @param id the sample's identifier, shown in explanations
 * @param at when it was taken; it belongs to the period containing this instant
 * @param metric the metric's name, e.g. {@code mail-delay}
 * @param value the value, exact
 * @param unit the value's unit, e.g. {@code s}; a commitment only reads samples in its own unit
 */
public record Measurement(String id, Instant at, String metric, BigDecimal value, String unit) {
  public Measurement {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(unit, "unit");
  }
}

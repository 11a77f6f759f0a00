package dev.pledge.period;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A customer's rating of the service, e.g. 4 out of 5.
 *
 * @param id the rating's identifier (often the ticket's), shown in explanations
 * @param at when it was given; it belongs to the period containing this instant
 * @param score the score, from 0 to {@code scaleMax}
 * @param scaleMax the best possible score on the scale the customer used, e.g. 5
 */
public record Rating(String id, Instant at, BigDecimal score, BigDecimal scaleMax) {
  public Rating {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(scaleMax, "scaleMax");
    if (scaleMax.signum() <= 0) {
      throw new IllegalArgumentException(
          "rating '" + id + "' scaleMax " + scaleMax + " must be greater than 0");
    }
    if (score.signum() < 0 || score.compareTo(scaleMax) > 0) {
      throw new IllegalArgumentException(
          "rating '" + id + "' score " + score + " must be between 0 and scaleMax " + scaleMax);
    }
  }
}

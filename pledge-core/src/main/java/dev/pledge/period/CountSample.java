package dev.pledge.period;

import java.time.Instant;
import java.util.Objects;

/**
 * A count out of a total for a ratio: {@code 2} billing errors out of {@code 120000} items, or
 * {@code 38} tickets answered on time out of {@code 40}. A period's ratio adds up the counts and
 * the totals of its samples.
 *
 * @param id the sample's identifier, shown in explanations
 * @param at when it was counted; it belongs to the period containing this instant
 * @param metric what is counted, e.g. {@code billing-errors}
 * @param count how many of the total are counted, from 0 to {@code outOf}
 * @param outOf the total
 */
public record CountSample(String id, Instant at, String metric, long count, long outOf) {
  public CountSample {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(metric, "metric");
    if (count < 0 || outOf < count) {
      throw new IllegalArgumentException(
          "count sample '" + id + "' count " + count + " must be between 0 and outOf " + outOf);
    }
  }
}

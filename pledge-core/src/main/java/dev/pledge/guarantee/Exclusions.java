package dev.pledge.guarantee;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * What does not count: events whose cause is in {@code causes}, and outages not reported within
 * {@code reportWithin} of their start (exactly the deadline is in time).
 */
public record Exclusions(Set<String> causes, Optional<Duration> reportWithin) {

  public static final Exclusions NONE = new Exclusions(Set.of(), Optional.empty());

  public Exclusions {
    causes =
        causes.stream()
            .map(Exclusions::normalize)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  public boolean excludes(String cause) {
    return cause != null && causes.contains(normalize(cause));
  }

  /**
   * A cause category as Pledge compares it: lower case, with {@code -} and spaces read as {@code
   * _}, so {@code Customer-Equipment} in an export matches {@code customer_equipment} in a
   * guarantee.
   */
  public static String normalize(String cause) {
    return cause == null
        ? null
        : cause.strip().toLowerCase(java.util.Locale.ROOT).replace('-', '_').replace(' ', '_');
  }
}

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
    causes = Set.copyOf(causes);
  }

  public boolean excludes(String cause) {
    return cause != null && causes.contains(cause);
  }
}

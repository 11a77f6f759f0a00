package dev.pledge.time;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A half-open range of instants, {@code [startInclusive, endExclusive)}.
 *
 * <p>An empty range (start equal to end) is allowed; a range whose end is before its start is not.
 */
public record TimeRange(Instant startInclusive, Instant endExclusive)
    implements Comparable<TimeRange> {

  public TimeRange {
    Objects.requireNonNull(startInclusive, "startInclusive");
    Objects.requireNonNull(endExclusive, "endExclusive");
    if (endExclusive.isBefore(startInclusive)) {
      throw new IllegalArgumentException(
          "endExclusive " + endExclusive + " is before startInclusive " + startInclusive);
    }
  }

  public static TimeRange of(Instant startInclusive, Instant endExclusive) {
    return new TimeRange(startInclusive, endExclusive);
  }

  /** Parses {@code 2026-01-01T00:00:00Z/2026-01-02T00:00:00Z} (ISO-8601 instants). */
  public static TimeRange parse(CharSequence text) {
    String s = text.toString();
    int slash = s.indexOf('/');
    if (slash < 0) {
      throw new IllegalArgumentException("time range '" + s + "' must be START/END");
    }
    return of(Instant.parse(s.substring(0, slash)), Instant.parse(s.substring(slash + 1)));
  }

  public Duration duration() {
    return Duration.between(startInclusive, endExclusive);
  }

  public boolean isEmpty() {
    return startInclusive.equals(endExclusive);
  }

  public boolean contains(Instant instant) {
    return !instant.isBefore(startInclusive) && instant.isBefore(endExclusive);
  }

  /** True if the two ranges share at least one instant. */
  public boolean overlaps(TimeRange other) {
    return startInclusive.isBefore(other.endExclusive)
        && other.startInclusive.isBefore(endExclusive);
  }

  /** True if the ranges overlap or touch, so that their union is one range. */
  public boolean isConnected(TimeRange other) {
    return !startInclusive.isAfter(other.endExclusive)
        && !other.startInclusive.isAfter(endExclusive);
  }

  public Optional<TimeRange> intersection(TimeRange other) {
    Instant start = max(startInclusive, other.startInclusive);
    Instant end = min(endExclusive, other.endExclusive);
    return start.isBefore(end) ? Optional.of(of(start, end)) : Optional.empty();
  }

  @Override
  public int compareTo(TimeRange other) {
    int c = startInclusive.compareTo(other.startInclusive);
    return c != 0 ? c : endExclusive.compareTo(other.endExclusive);
  }

  @Override
  public String toString() {
    return startInclusive + "/" + endExclusive;
  }

  static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}

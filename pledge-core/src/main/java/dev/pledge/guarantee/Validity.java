package dev.pledge.guarantee;

import java.time.LocalDate;
import java.util.Optional;

/** The dates a guarantee is in force, both inclusive; an open end runs until replaced. */
public record Validity(LocalDate from, Optional<LocalDate> to) {
  public boolean covers(LocalDate date) {
    return !date.isBefore(from) && to.map(t -> !date.isAfter(t)).orElse(true);
  }

  /** Whether some date from {@code first} to {@code last}, both inclusive, is covered. */
  public boolean overlaps(LocalDate first, LocalDate last) {
    return !last.isBefore(from) && to.map(t -> !first.isAfter(t)).orElse(true);
  }

  /**
   * The dates as people read them: {@code 2026-01-01 to 2026-12-31}, or {@code from 2026-01-01}.
   */
  @Override
  public String toString() {
    return to.map(t -> from + " to " + t).orElse("from " + from);
  }
}

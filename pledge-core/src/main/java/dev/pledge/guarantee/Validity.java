package dev.pledge.guarantee;

import java.time.LocalDate;
import java.util.Optional;

/** The dates a guarantee is in force, both inclusive; an open end runs until replaced. */
public record Validity(LocalDate from, Optional<LocalDate> to) {
  public boolean covers(LocalDate date) {
    return !date.isBefore(from) && to.map(t -> !date.isAfter(t)).orElse(true);
  }
}

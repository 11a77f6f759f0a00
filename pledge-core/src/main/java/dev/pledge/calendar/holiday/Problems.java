package dev.pledge.calendar.holiday;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects a file's problems so that all of them are reported at once. */
final class Problems {
  private final List<HolidayFileException.Problem> found = new ArrayList<>();

  void add(int line, String field, String message) {
    found.add(new HolidayFileException.Problem(line, field, message));
  }

  boolean isEmpty() {
    return found.isEmpty();
  }

  /** Throws if anything was found; problems are listed by line, in the order found. */
  void throwIfAny(String source) {
    if (!found.isEmpty()) {
      found.sort(Comparator.comparingInt(HolidayFileException.Problem::line));
      throw new HolidayFileException(source, found);
    }
  }
}

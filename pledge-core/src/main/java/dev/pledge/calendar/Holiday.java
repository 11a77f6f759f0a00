package dev.pledge.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** A date on which no working window starts, with the name people know it by. */
public record Holiday(LocalDate date, String name) implements Comparable<Holiday> {
  public Holiday {
    Objects.requireNonNull(date, "date");
    name = name == null ? "" : name;
  }

  @Override
  public int compareTo(Holiday o) {
    return date.compareTo(o.date);
  }
}

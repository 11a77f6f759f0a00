package dev.pledge.calendar;

import java.util.Objects;

/** A calendar with the name its definition gives it. */
public record NamedCalendar(String name, BusinessCalendar calendar) {
  public NamedCalendar {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(calendar, "calendar");
  }
}

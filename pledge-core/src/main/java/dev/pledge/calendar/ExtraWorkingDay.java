package dev.pledge.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A date worked although the weekly pattern rests (China's 调休 weekends): its hours replace the
 * weekly pattern for that date.
 */
public record ExtraWorkingDay(LocalDate date, List<WorkingHours> hours, String name)
    implements Comparable<ExtraWorkingDay> {
  public ExtraWorkingDay {
    Objects.requireNonNull(date, "date");
    hours = List.copyOf(hours);
    name = name == null ? "" : name;
  }

  @Override
  public int compareTo(ExtraWorkingDay o) {
    return date.compareTo(o.date);
  }
}

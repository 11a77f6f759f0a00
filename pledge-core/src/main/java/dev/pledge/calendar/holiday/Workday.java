package dev.pledge.calendar.holiday;

import dev.pledge.calendar.ExtraWorkingDay;
import dev.pledge.calendar.WorkingHours;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A date a schedule says is worked although the weekly pattern rests: China's 调休 上班 days, such as
 * Saturday 2026-02-14 before the Spring Festival.
 *
 * <p>A schedule names the date but not the hours: those belong to whoever applies the schedule to a
 * calendar (see {@link HolidaySchedule#applyTo}), which turns it into an {@link ExtraWorkingDay}.
 */
public record Workday(LocalDate date, String name) implements Comparable<Workday> {
  public Workday {
    Objects.requireNonNull(date, "date");
    name = name == null ? "" : name;
  }

  /** This date as an extra working day open for {@code hours}. */
  public ExtraWorkingDay withHours(List<WorkingHours> hours) {
    return new ExtraWorkingDay(date, hours, name);
  }

  @Override
  public int compareTo(Workday o) {
    return date.compareTo(o.date);
  }
}

package dev.pledge.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * The obvious, slow reading of a calendar's definition, used to check the engine: an instant is
 * open if a window of its local date or of the day before contains it; time is counted one step at
 * a time.
 */
final class NaiveCalendar {

  private final BusinessCalendar definition;
  private final Duration step;

  NaiveCalendar(BusinessCalendar definition, Duration step) {
    this.definition = definition;
    this.step = step;
  }

  boolean isOpen(Instant t) {
    LocalDate local = LocalDate.ofInstant(t, definition.zone());
    for (LocalDate d = local.minusDays(2); !d.isAfter(local); d = d.plusDays(1)) {
      for (WorkingHours h : hours(d)) {
        Instant start = ZonedDateTime.of(d, h.start(), definition.zone()).toInstant();
        LocalDate endDate = h.end().isAfter(h.start()) ? d : d.plusDays(1);
        Instant end = ZonedDateTime.of(endDate, h.end(), definition.zone()).toInstant();
        if (!t.isBefore(start) && t.isBefore(end)) {
          return true;
        }
      }
    }
    return false;
  }

  private List<WorkingHours> hours(LocalDate d) {
    if (definition.holidays().stream().anyMatch(h -> h.date().equals(d))) {
      return List.of();
    }
    for (ExtraWorkingDay e : definition.extraWorkingDays()) {
      if (e.date().equals(d)) {
        return e.hours();
      }
    }
    DayOfWeek dow = d.getDayOfWeek();
    return definition.weeklyHours(dow);
  }

  /** Open time in [from, to), both on the step grid. */
  Duration between(Instant from, Instant to) {
    Duration total = Duration.ZERO;
    for (Instant t = from; t.isBefore(to); t = t.plus(step)) {
      if (isOpen(t)) {
        total = total.plus(step);
      }
    }
    return total;
  }

  /**
   * The earliest instant at which the open time since start reaches target; null if beyond limit.
   */
  Instant due(Instant start, Duration target, Instant limit) {
    Duration total = Duration.ZERO;
    Instant t = start;
    while (total.compareTo(target) < 0) {
      if (!t.isBefore(limit)) {
        return null;
      }
      if (isOpen(t)) {
        total = total.plus(step);
      }
      t = t.plus(step);
    }
    return t;
  }

  /** The last instant at which the open time since start still equals target. */
  Instant breachAfter(Instant start, Duration target, Instant limit) {
    Instant due = due(start, target, limit);
    if (due == null) {
      return null;
    }
    Instant t = due;
    while (!isOpen(t)) {
      if (!t.isBefore(limit)) {
        return null;
      }
      t = t.plus(step);
    }
    return t;
  }
}

package dev.pledge.bench;

import dev.pledge.calendar.BusinessCalendar;
import dev.pledge.calendar.WorkingHours;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * The naive reference: step through the span a minute at a time and ask, for each minute, whether a
 * window of its date or the day before contains it. Exact for minute-aligned calendars and
 * instants; far too slow for use, which is the point of measuring it.
 */
public final class MinuteSteppingCalendar {

  private final BusinessCalendar definition;

  public MinuteSteppingCalendar(BusinessCalendar definition) {
    this.definition = definition;
  }

  public Duration between(Instant from, Instant to) {
    long minutes = 0;
    for (long t = from.getEpochSecond(); t < to.getEpochSecond(); t += 60) {
      if (isOpen(t)) {
        minutes++;
      }
    }
    return Duration.ofMinutes(minutes);
  }

  public Instant due(Instant start, Duration target) {
    long remaining = target.toMinutes();
    long t = start.getEpochSecond();
    for (; remaining > 0; t += 60) {
      if (isOpen(t)) {
        remaining--;
      }
    }
    return Instant.ofEpochSecond(t);
  }

  private boolean isOpen(long second) {
    Instant t = Instant.ofEpochSecond(second);
    LocalDate local = LocalDate.ofInstant(t, definition.zone());
    for (LocalDate d = local.minusDays(1); !d.isAfter(local); d = d.plusDays(1)) {
      for (WorkingHours h : definition.hoursOn(d)) {
        long s = ZonedDateTime.of(d, h.start(), definition.zone()).toEpochSecond();
        LocalDate endDate = h.endsNextDay() ? d.plusDays(1) : d;
        long e = ZonedDateTime.of(endDate, h.end(), definition.zone()).toEpochSecond();
        if (second >= s && second < e) {
          return true;
        }
      }
    }
    return false;
  }
}

package dev.pledge.bench;

import dev.pledge.calendar.BusinessCalendar;
import dev.pledge.calendar.WorkingHours;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * Business time the way most ticket tools compute it: walk the dates one by one, work out each
 * date's windows, and add up their overlap with the span. Kept as the baseline the engine is
 * measured against, and as a second reference in the tests.
 */
public final class DayByDayCalendar {

  private final BusinessCalendar definition;

  public DayByDayCalendar(BusinessCalendar definition) {
    this.definition = definition;
  }

  public Duration between(Instant from, Instant to) {
    long seconds = 0;
    LocalDate last = LocalDate.ofInstant(to, definition.zone());
    for (LocalDate d = LocalDate.ofInstant(from, definition.zone()).minusDays(1);
        !d.isAfter(last);
        d = d.plusDays(1)) {
      for (WorkingHours h : definition.hoursOn(d)) {
        long start = Math.max(startOf(d, h), from.getEpochSecond());
        long end = Math.min(endOf(d, h), to.getEpochSecond());
        seconds += Math.max(0, end - start);
      }
    }
    return Duration.ofSeconds(seconds);
  }

  /** The earliest instant at which {@code target} has been counted from {@code start}. */
  public Instant due(Instant start, Duration target) {
    long remaining = target.getSeconds();
    long cursor = start.getEpochSecond();
    if (remaining == 0) {
      return start;
    }
    for (LocalDate d = LocalDate.ofInstant(start, definition.zone()).minusDays(1);
        ;
        d = d.plusDays(1)) {
      for (WorkingHours h : definition.hoursOn(d)) {
        long s = Math.max(startOf(d, h), cursor);
        long e = endOf(d, h);
        if (e <= s) {
          continue;
        }
        if (e - s >= remaining) {
          return Instant.ofEpochSecond(s + remaining);
        }
        remaining -= e - s;
        cursor = e;
      }
    }
  }

  private long startOf(LocalDate d, WorkingHours h) {
    return ZonedDateTime.of(d, h.start(), definition.zone()).toEpochSecond();
  }

  private long endOf(LocalDate d, WorkingHours h) {
    LocalDate endDate = h.endsNextDay() ? d.plusDays(1) : d;
    return ZonedDateTime.of(endDate, h.end(), definition.zone()).toEpochSecond();
  }
}

package dev.pledge.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/** Random minute-aligned calendars in zones with awkward DST rules, for property checks. */
final class RandomCalendars {

  /** Zones whose transitions exercise gaps, overlaps, half-hour shifts and midnight changes. */
  static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("Europe/Berlin"),
          ZoneId.of("America/New_York"),
          ZoneId.of("Australia/Lord_Howe"),
          ZoneId.of("America/Santiago"),
          ZoneId.of("Asia/Shanghai"),
          ZoneId.of("America/Havana"),
          ZoneId.of("UTC"));

  /** Days near DST changes in both hemispheres, so random spans often cross one. */
  static final List<LocalDate> AROUND =
      List.of(
          LocalDate.of(2026, 3, 8),
          LocalDate.of(2026, 3, 29),
          LocalDate.of(2026, 4, 5),
          LocalDate.of(2026, 9, 6),
          LocalDate.of(2026, 10, 4),
          LocalDate.of(2026, 10, 25),
          LocalDate.of(2026, 11, 1),
          LocalDate.of(2026, 2, 17));

  private RandomCalendars() {}

  static BusinessCalendar calendar(SplittableRandom r) {
    ZoneId zone = ZONES.get(r.nextInt(ZONES.size()));
    BusinessCalendar.Builder b = BusinessCalendar.builder(zone);
    for (DayOfWeek d : DayOfWeek.values()) {
      if (r.nextInt(5) > 0) {
        b.week(d, windows(r));
      }
    }
    if (r.nextInt(3) == 0) {
      b.week(DayOfWeek.MONDAY, WorkingHours.parse("09:00-17:00"));
    }
    LocalDate around = AROUND.get(r.nextInt(AROUND.size()));
    Set<LocalDate> special = new HashSet<>();
    for (int i = 0; i < r.nextInt(4); i++) {
      LocalDate d = around.plusDays(r.nextInt(-6, 7));
      if (!special.add(d)) {
        continue;
      }
      if (r.nextBoolean()) {
        b.holiday(d, "holiday " + i);
      } else {
        b.extraWorkingDay(new ExtraWorkingDay(d, windows(r), "worked " + i));
      }
    }
    return b.build();
  }

  private static List<WorkingHours> windows(SplittableRandom r) {
    List<WorkingHours> out = new ArrayList<>();
    int count = r.nextInt(0, 4);
    for (int i = 0; i < count; i++) {
      LocalTime start = minute(r);
      LocalTime end = r.nextInt(6) == 0 ? start : minute(r);
      out.add(WorkingHours.of(start, end));
    }
    return out;
  }

  /** Minutes, biased to the hours around DST changes and midnight. */
  private static LocalTime minute(SplittableRandom r) {
    int hour = r.nextInt(3) == 0 ? r.nextInt(0, 4) : r.nextInt(24);
    int minute = r.nextInt(4) == 0 ? 0 : r.nextInt(60);
    return LocalTime.of(hour, minute);
  }

  /** A whole-minute instant within a few days of a DST change. */
  static Instant instant(SplittableRandom r, ZoneId zone) {
    LocalDate around = AROUND.get(r.nextInt(AROUND.size()));
    ZonedDateTime base = around.minusDays(3).atStartOfDay(zone);
    return base.toInstant().plus(Duration.ofMinutes(r.nextInt(0, 6 * 24 * 60)));
  }
}

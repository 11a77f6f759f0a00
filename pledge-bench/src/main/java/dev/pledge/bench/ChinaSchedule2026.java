package dev.pledge.bench;

import dev.pledge.calendar.BusinessCalendar;
import dev.pledge.calendar.ExtraWorkingDay;
import dev.pledge.calendar.WorkingHours;
import java.time.LocalDate;
import java.util.List;

/** China's 2026 public holidays and worked weekends, for the benchmark calendar. */
final class ChinaSchedule2026 {

  private ChinaSchedule2026() {}

  static void apply(BusinessCalendar.Builder b, WorkingHours... hours) {
    holidays(b, "2026-01-01", "2026-01-03");
    holidays(b, "2026-02-15", "2026-02-23");
    holidays(b, "2026-04-04", "2026-04-06");
    holidays(b, "2026-05-01", "2026-05-05");
    holidays(b, "2026-06-19", "2026-06-21");
    holidays(b, "2026-09-25", "2026-09-27");
    holidays(b, "2026-10-01", "2026-10-07");
    for (String d :
        List.of(
            "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10")) {
      b.extraWorkingDay(new ExtraWorkingDay(LocalDate.parse(d), List.of(hours), "调休"));
    }
  }

  private static void holidays(BusinessCalendar.Builder b, String from, String to) {
    LocalDate end = LocalDate.parse(to);
    for (LocalDate d = LocalDate.parse(from); !d.isAfter(end); d = d.plusDays(1)) {
      b.holiday(d, "");
    }
  }
}

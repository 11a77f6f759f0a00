package dev.pledge.letter;

import dev.pledge.calendar.BusinessCalendar;
import dev.pledge.calendar.WorkingHours;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A calendar's service hours in words: "工作日 09:00–12:00、13:30–18:00（法定节假日除外）", "Working days
 * 09:00–12:00 and 13:30–18:00, public holidays excepted", or 7×24.
 */
final class CalendarWords {

  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
  private static final List<DayOfWeek> WORKING_DAYS =
      List.of(
          DayOfWeek.MONDAY,
          DayOfWeek.TUESDAY,
          DayOfWeek.WEDNESDAY,
          DayOfWeek.THURSDAY,
          DayOfWeek.FRIDAY);

  private final Wording w;

  CalendarWords(Wording w) {
    this.w = w;
  }

  String describe(BusinessCalendar calendar) {
    if (calendar.isAllDay()) {
      return w.text("calendar.allDay");
    }
    List<String> runs = new ArrayList<>();
    for (List<DayOfWeek> run : runs(calendar)) {
      List<WorkingHours> hours = calendar.weeklyHours(run.get(0));
      runs.add(w.text("calendar.dayHours", "days", days(run), "hours", hours(hours)));
    }
    String week = runs.isEmpty() ? w.text("calendar.closed") : w.clauses(runs);
    return withSpecialDays(calendar, week);
  }

  private String withSpecialDays(BusinessCalendar calendar, String week) {
    boolean holidays = !calendar.holidays().isEmpty();
    boolean extra = !calendar.extraWorkingDays().isEmpty();
    if (holidays && extra) {
      return w.text("calendar.holidaysAndExtraDays", "text", week);
    }
    if (holidays) {
      return w.text("calendar.holidays", "text", week);
    }
    return extra ? w.text("calendar.extraDays", "text", week) : week;
  }

  /** Consecutive days of the week (Monday first) with the same, non-empty, hours. */
  private static List<List<DayOfWeek>> runs(BusinessCalendar calendar) {
    List<List<DayOfWeek>> runs = new ArrayList<>();
    List<DayOfWeek> run = new ArrayList<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      List<WorkingHours> hours = calendar.weeklyHours(day);
      if (!run.isEmpty() && !calendar.weeklyHours(run.get(0)).equals(hours)) {
        runs.add(run);
        run = new ArrayList<>();
      }
      if (!hours.isEmpty()) {
        run.add(day);
      }
    }
    if (!run.isEmpty()) {
      runs.add(run);
    }
    return runs;
  }

  private String days(List<DayOfWeek> run) {
    if (run.size() == 7) {
      return w.text("days.every");
    }
    if (run.equals(WORKING_DAYS)) {
      return w.text("days.working");
    }
    if (run.size() >= 3) {
      return w.text("days.range", "first", day(run.get(0)), "last", day(run.get(run.size() - 1)));
    }
    return w.and(run.stream().map(this::day).toList());
  }

  private String day(DayOfWeek d) {
    return w.text("day." + d);
  }

  private String hours(List<WorkingHours> hours) {
    return w.and(hours.stream().map(this::window).toList());
  }

  private String window(WorkingHours h) {
    String start = time(h.start());
    if (h.endsNextDay() && !h.end().equals(LocalTime.MIDNIGHT)) {
      return w.text("hours.overnight", "start", start, "end", time(h.end()));
    }
    String end = h.end().equals(LocalTime.MIDNIGHT) ? "24:00" : time(h.end());
    return w.text("hours.range", "start", start, "end", end);
  }

  private static String time(LocalTime t) {
    return t.getSecond() == 0 ? HH_MM.format(t) : t.toString();
  }
}

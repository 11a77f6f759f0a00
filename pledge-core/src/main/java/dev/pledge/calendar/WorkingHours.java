package dev.pledge.calendar;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * One working window that starts on a date: {@code 09:00-12:00}, or overnight {@code 22:00-06:00}.
 *
 * <p>An end at or before the start means the window ends on the next day, so {@code 22:00-06:00}
 * runs into the next morning and {@code 00:00-24:00} (or {@code 00:00-00:00}) is the whole day. The
 * window belongs to the date it starts on. Times are whole seconds.
 */
public record WorkingHours(LocalTime start, LocalTime end) {

  /** The whole day, {@code 00:00-24:00}. */
  public static final WorkingHours ALL_DAY =
      new WorkingHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);

  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm[:ss]");

  public WorkingHours {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (start.getNano() != 0 || end.getNano() != 0) {
      throw new IllegalArgumentException(
          "working hours are whole seconds; got " + start + "-" + end);
    }
  }

  public static WorkingHours of(LocalTime start, LocalTime end) {
    return new WorkingHours(start, end);
  }

  /**
   * Parses {@code HH:mm-HH:mm} (seconds optional); {@code 24:00} as an end means midnight at the
   * end of the day.
   */
  public static WorkingHours parse(CharSequence text) {
    String s = text.toString().trim();
    int dash = s.indexOf('-');
    if (dash < 0) {
      throw new IllegalArgumentException(
          "working hours '" + s + "' must look like 09:00-18:00 (start-end, 24-hour clock)");
    }
    return of(time(s.substring(0, dash).trim(), s), endTime(s.substring(dash + 1).trim(), s));
  }

  /** True if the window ends on the day after it starts. */
  public boolean endsNextDay() {
    return !end.isAfter(start);
  }

  private static LocalTime endTime(String part, String whole) {
    return part.equals("24:00") || part.equals("24:00:00") ? LocalTime.MIDNIGHT : time(part, whole);
  }

  private static LocalTime time(String part, String whole) {
    try {
      return LocalTime.parse(part, HH_MM);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "'"
              + part
              + "' in working hours '"
              + whole
              + "' is not a time of day like 09:00 or 24:00");
    }
  }

  @Override
  public String toString() {
    String endText = end.equals(LocalTime.MIDNIGHT) ? "24:00" : format(end);
    return format(start) + "-" + endText;
  }

  private static String format(LocalTime t) {
    return t.getSecond() == 0 ? t.format(DateTimeFormatter.ofPattern("HH:mm")) : t.toString();
  }
}

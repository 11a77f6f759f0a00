package dev.pledge.calendar.holiday;

import dev.pledge.calendar.Holiday;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the schedule file format: a header {@code date,kind,name}, then lines such as {@code
 * 2026-02-15..2026-02-23,holiday,春节} or {@code 2026-02-14,workday,春节调休上班}. Blank lines and lines
 * starting with {@code #} are ignored. The name is the rest of the line, commas included.
 */
final class ScheduleFile {
  static final String HEADER = "date,kind,name";

  /** A range longer than a year is almost certainly a typing mistake in a year. */
  static final int MAX_RANGE_DAYS = 366;

  private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ISO_LOCAL_DATE;

  private final Problems problems = new Problems();
  private final List<Holiday> holidays = new ArrayList<>();
  private final List<Workday> workdays = new ArrayList<>();
  private final Map<LocalDate, Integer> lineOfDate = new HashMap<>();
  private boolean headerSeen;

  private ScheduleFile() {}

  static HolidaySchedule parse(String name, String source, String text) {
    ScheduleFile file = new ScheduleFile();
    String[] lines = text.split("\r\n|\n|\r", -1);
    for (int i = 0; i < lines.length; i++) {
      file.line(i + 1, i == 0 ? stripBom(lines[i]) : lines[i]);
    }
    if (!file.headerSeen) {
      file.problems.add(1, "header", "the file is empty; it starts with the line " + HEADER);
    }
    file.problems.throwIfAny(source);
    return HolidaySchedule.of(name, file.holidays, file.workdays);
  }

  private void line(int number, String line) {
    String text = line.strip();
    if (text.isEmpty() || text.startsWith("#")) {
      return;
    }
    if (!headerSeen) {
      headerSeen = true;
      if (isHeader(text)) {
        return;
      }
      problems.add(
          number,
          "header",
          "the first line must be the header " + HEADER + "; found '" + text + "'");
    }
    entry(number, text);
  }

  private static boolean isHeader(String text) {
    return text.replace(" ", "").equalsIgnoreCase(HEADER);
  }

  private void entry(int number, String text) {
    String[] fields = text.split(",", 3);
    if (fields.length < 3) {
      problems.add(
          number,
          "line",
          "expected three fields date,kind,name separated by commas; found '" + text + "'");
      return;
    }
    List<LocalDate> dates = dates(number, fields[0].strip());
    String kind = kind(number, fields[1].strip());
    String name = name(number, fields[2].strip());
    if (dates.isEmpty() || kind == null || name == null) {
      return;
    }
    for (LocalDate date : dates) {
      add(number, date, kind, name);
    }
  }

  private void add(int number, LocalDate date, String kind, String name) {
    Integer earlier = lineOfDate.putIfAbsent(date, number);
    if (earlier != null) {
      problems.add(
          number,
          "date",
          "date " + date + " is already listed on line " + earlier + "; list each date once");
    } else if (kind.equals("holiday")) {
      holidays.add(new Holiday(date, name));
    } else {
      workdays.add(new Workday(date, name));
    }
  }

  private List<LocalDate> dates(int number, String field) {
    int dots = field.indexOf("..");
    LocalDate first = date(dots < 0 ? field : field.substring(0, dots).strip());
    LocalDate last = dots < 0 ? first : date(field.substring(dots + 2).strip());
    if (first == null || last == null) {
      problems.add(
          number,
          "date",
          "date '"
              + field
              + "' is not a date (YYYY-MM-DD) or a range of dates (YYYY-MM-DD..YYYY-MM-DD)");
      return List.of();
    }
    return range(number, field, first, last);
  }

  private List<LocalDate> range(int number, String field, LocalDate first, LocalDate last) {
    long days = ChronoUnit.DAYS.between(first, last) + 1;
    if (days < 1) {
      problems.add(
          number, "date", "date range '" + field + "' ends before it starts; write first..last");
      return List.of();
    }
    if (days > MAX_RANGE_DAYS) {
      problems.add(
          number,
          "date",
          "date range '"
              + field
              + "' spans "
              + days
              + " days; at most "
              + MAX_RANGE_DAYS
              + " are allowed, check the years");
      return List.of();
    }
    return first.datesUntil(last.plusDays(1)).toList();
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text, ISO_DATE);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private String kind(int number, String field) {
    String kind = field.toLowerCase(Locale.ROOT);
    if (kind.equals("holiday") || kind.equals("workday")) {
      return kind;
    }
    problems.add(
        number,
        "kind",
        "kind '" + field + "' is neither holiday (not worked) nor workday (a rest day worked)");
    return null;
  }

  private String name(int number, String field) {
    if (field.isEmpty()) {
      problems.add(number, "name", "name is empty; write what the day is called, e.g. 春节");
      return null;
    }
    return field;
  }

  private static String stripBom(String line) {
    return line.startsWith("\uFEFF") ? line.substring(1) : line;
  }
}

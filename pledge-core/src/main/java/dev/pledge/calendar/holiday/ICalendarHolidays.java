package dev.pledge.calendar.holiday;

import dev.pledge.calendar.Holiday;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Imports holidays from an iCalendar file (RFC 5545), such as a country's public holidays or a
 * customer's company shutdown exported from a calendar program.
 *
 * <p>Every date an event touches becomes a holiday named by the event's SUMMARY; the rules, with
 * examples, are in docs/holidays.md:
 *
 * <ul>
 *   <li>Folded lines are unfolded; SUMMARY escapes ({@code \\ \; \, \n}) are undone.
 *   <li>Only VEVENTs count. DTSTART and DTEND may be dates or date-times; a date-time counts on the
 *       date written, whatever its zone. DTEND is exclusive, so an all-day event from 24 to 27
 *       December covers the 24th, 25th and 26th. Without DTEND (or DURATION) an event is one day.
 *   <li>{@code RRULE:FREQ=YEARLY}, with COUNT, UNTIL or INTERVAL, repeats the event on the same
 *       date each year; EXDATE drops an occurrence, RDATE adds one, a VEVENT with RECURRENCE-ID
 *       replaces one, and STATUS:CANCELLED drops the event. Other rules are rejected, not guessed.
 *   <li>Only dates in the years asked for are imported. Two events on one date give one holiday
 *       whose name joins theirs with " / ".
 * </ul>
 *
 * <p>A file with any problem is rejected whole, with every problem's line and property.
 */
public final class ICalendarHolidays {

  private static final int FIRST_YEAR = 1;
  private static final int LAST_YEAR = 9999;

  private ICalendarHolidays() {}

  /**
   * The holidays in iCalendar {@code text} falling in the years {@code firstYear} to {@code
   * lastYear}, both included, as a schedule called {@code name}.
   *
   * @throws HolidayFileException naming every bad line and property
   */
  public static HolidaySchedule parse(String name, String text, int firstYear, int lastYear) {
    return parse(name, name, text.getBytes(StandardCharsets.UTF_8), firstYear, lastYear);
  }

  /**
   * Reads an iCalendar file (UTF-8), as {@link #parse}; the schedule is named after the file
   * without its extension.
   *
   * @throws HolidayFileException naming every bad line and property
   */
  public static HolidaySchedule read(Path file, int firstYear, int lastYear) throws IOException {
    return parseFile(file.getFileName().toString(), Files.readAllBytes(file), firstYear, lastYear);
  }

  /**
   * Reads the bytes of an iCalendar file called {@code fileName}, as {@link #read} does with the
   * file itself.
   *
   * @throws HolidayFileException naming every bad line and property
   */
  public static HolidaySchedule parseFile(
      String fileName, byte[] bytes, int firstYear, int lastYear) {
    int dot = fileName.lastIndexOf('.');
    String name = dot > 0 ? fileName.substring(0, dot) : fileName;
    return parse(name, fileName, bytes, firstYear, lastYear);
  }

  static HolidaySchedule parse(
      String name, String source, byte[] bytes, int firstYear, int lastYear) {
    checkYears(firstYear, lastYear);
    Problems problems = new Problems();
    List<CalendarEvent> events = ICalendarReader.read(ContentLine.read(bytes, problems), problems);
    problems.throwIfAny(source);
    LocalDate first = LocalDate.of(firstYear, 1, 1);
    LocalDate last = LocalDate.of(lastYear, 12, 31);
    return HolidaySchedule.of(name, holidays(events, first, last), List.of());
  }

  private static List<Holiday> holidays(
      List<CalendarEvent> events, LocalDate first, LocalDate last) {
    Map<String, Set<LocalDate>> overridden = overridden(events);
    Map<LocalDate, Set<String>> names = new TreeMap<>();
    for (CalendarEvent e : events) {
      Set<LocalDate> replaced =
          e.recurrenceId() == null ? overridden.getOrDefault(e.uid(), Set.of()) : Set.of();
      e.forEachDate(
          first,
          last,
          replaced,
          (d, n) -> names.computeIfAbsent(d, k -> new LinkedHashSet<>()).add(n));
    }
    List<Holiday> holidays = new ArrayList<>();
    names.forEach((d, n) -> holidays.add(new Holiday(d, String.join(" / ", n))));
    return holidays;
  }

  /** For each UID, the occurrence dates that a VEVENT with RECURRENCE-ID replaces. */
  private static Map<String, Set<LocalDate>> overridden(List<CalendarEvent> events) {
    Map<String, Set<LocalDate>> out = new HashMap<>();
    for (CalendarEvent e : events) {
      if (e.recurrenceId() != null && !e.uid().isEmpty()) {
        out.computeIfAbsent(e.uid(), k -> new LinkedHashSet<>()).add(e.recurrenceId());
      }
    }
    return out;
  }

  private static void checkYears(int firstYear, int lastYear) {
    if (firstYear < FIRST_YEAR || lastYear > LAST_YEAR) {
      throw new IllegalArgumentException(
          "years " + firstYear + ".." + lastYear + " must lie within 1..9999");
    }
    if (firstYear > lastYear) {
      throw new IllegalArgumentException(
          "firstYear " + firstYear + " is after lastYear " + lastYear + "; swap them");
    }
  }
}

package dev.pledge.calendar.holiday;

import dev.pledge.calendar.BusinessCalendar;
import dev.pledge.calendar.Holiday;
import dev.pledge.calendar.WorkingHours;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A named list of dated holidays and {@linkplain Workday workdays} (China's 调休 上班 days), to be
 * added to a {@link BusinessCalendar}: for example the official Chinese schedule, {@link #china()},
 * or a customer's own list.
 *
 * <p>A schedule lists dates, not rules: a year it does not list has no holidays in it. {@link
 * #years()} says which years are listed. Instances are immutable.
 *
 * <p>Schedules are written in a small text format (see docs/holidays.md and {@link #parse}); {@link
 * ICalendarHolidays} makes one from an iCalendar file.
 */
public final class HolidaySchedule {

  private final String name;
  private final NavigableMap<LocalDate, Holiday> holidays;
  private final NavigableMap<LocalDate, Workday> workdays;

  private HolidaySchedule(
      String name, NavigableMap<LocalDate, Holiday> holidays, NavigableMap<LocalDate, Workday> w) {
    this.name = name;
    this.holidays = Collections.unmodifiableNavigableMap(holidays);
    this.workdays = Collections.unmodifiableNavigableMap(w);
  }

  /**
   * A schedule of these holidays and workdays.
   *
   * @throws IllegalArgumentException if a date is listed twice, or both as holiday and workday
   */
  public static HolidaySchedule of(
      String name, Collection<Holiday> holidays, Collection<Workday> workdays) {
    Objects.requireNonNull(name, "name");
    NavigableMap<LocalDate, Holiday> h = new TreeMap<>();
    for (Holiday holiday : holidays) {
      Holiday earlier = h.put(holiday.date(), holiday);
      if (earlier != null) {
        throw twice(holiday.date(), earlier.name(), holiday.name());
      }
    }
    NavigableMap<LocalDate, Workday> w = new TreeMap<>();
    for (Workday workday : workdays) {
      Workday earlier = w.put(workday.date(), workday);
      if (earlier != null) {
        throw twice(workday.date(), earlier.name(), workday.name());
      }
      if (h.containsKey(workday.date())) {
        throw new IllegalArgumentException(
            workday.date() + " is listed both as a holiday and as a workday; keep one");
      }
    }
    return new HolidaySchedule(name, h, w);
  }

  /**
   * China's public holidays and 调休 workdays as the State Council General Office announced them
   * (国务院办公厅关于部分节假日安排的通知), for every year bundled with this version of Pledge: 2024, 2025 and 2026.
   * The notices are named in the bundled file, {@code cn.csv}, next to this class.
   */
  public static HolidaySchedule china() {
    return China.SCHEDULE;
  }

  /**
   * Reads a schedule written in the schedule file format (docs/holidays.md): a header line {@code
   * date,kind,name}, then one line per date or range of dates, for example {@code
   * 2026-02-15..2026-02-23,holiday,春节}; {@code #} starts a comment line.
   *
   * @param name the schedule's name, also used in error messages
   * @throws HolidayFileException naming every bad line and field
   */
  public static HolidaySchedule parse(String name, String text) {
    return ScheduleFile.parse(name, name, text);
  }

  /**
   * Reads the text of a schedule file called {@code fileName}, named after it without its
   * extension, as {@link #read} does with the file itself.
   *
   * @throws HolidayFileException naming every bad line and field
   */
  public static HolidaySchedule parseFile(String fileName, String text) {
    int dot = fileName.lastIndexOf('.');
    return ScheduleFile.parse(dot > 0 ? fileName.substring(0, dot) : fileName, fileName, text);
  }

  /**
   * Reads a schedule file (UTF-8) named after the file without its extension.
   *
   * @throws HolidayFileException naming every bad line and field
   */
  public static HolidaySchedule read(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    return ScheduleFile.parse(baseName(file), file.getFileName().toString(), text);
  }

  public String name() {
    return name;
  }

  /** The holidays by date. */
  public List<Holiday> holidays() {
    return List.copyOf(holidays.values());
  }

  /** The workdays by date. */
  public List<Workday> workdays() {
    return List.copyOf(workdays.values());
  }

  /** The years in which the schedule lists at least one date. */
  public SortedSet<Integer> years() {
    SortedSet<Integer> years = new TreeSet<>();
    holidays.keySet().forEach(d -> years.add(d.getYear()));
    workdays.keySet().forEach(d -> years.add(d.getYear()));
    return Collections.unmodifiableSortedSet(years);
  }

  /** This schedule restricted to the dates in {@code [startInclusive, endExclusive)}. */
  public HolidaySchedule between(LocalDate startInclusive, LocalDate endExclusive) {
    Objects.requireNonNull(startInclusive, "startInclusive");
    Objects.requireNonNull(endExclusive, "endExclusive");
    if (endExclusive.isBefore(startInclusive)) {
      throw new IllegalArgumentException(
          "endExclusive " + endExclusive + " is before startInclusive " + startInclusive);
    }
    return new HolidaySchedule(
        name,
        new TreeMap<>(holidays.subMap(startInclusive, endExclusive)),
        new TreeMap<>(workdays.subMap(startInclusive, endExclusive)));
  }

  /** This schedule restricted to one calendar year. */
  public HolidaySchedule year(int year) {
    LocalDate first = LocalDate.of(year, 1, 1);
    return between(first, first.plusYears(1));
  }

  /**
   * Adds the holidays, and the workdays open for {@code workdayHours}, to {@code builder}.
   *
   * <p>On a workday the calendar is open for exactly {@code workdayHours}, which replace the weekly
   * pattern for that date; usually they are the hours of an ordinary weekday.
   *
   * <p>Several schedules may be applied to one builder (a country's and a customer's); a holiday
   * listed by both is simply a holiday, named as the last schedule names it.
   *
   * @return {@code builder}
   * @throws IllegalArgumentException if {@code workdayHours} is empty, or the builder already has a
   *     holiday on one of the workdays or a workday on one of the holidays. The builder may then
   *     hold part of this schedule: discard it.
   */
  public BusinessCalendar.Builder applyTo(
      BusinessCalendar.Builder builder, List<WorkingHours> workdayHours) {
    Objects.requireNonNull(builder, "builder");
    if (workdayHours.isEmpty()) {
      throw new IllegalArgumentException(
          "workdayHours is empty: give the hours worked on a workday, e.g. 09:00-18:00");
    }
    holidays.values().forEach(builder::holiday);
    workdays.values().forEach(w -> builder.extraWorkingDay(w.withHours(workdayHours)));
    return builder;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HolidaySchedule s
        && name.equals(s.name)
        && holidays.equals(s.holidays)
        && workdays.equals(s.workdays);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, holidays, workdays);
  }

  @Override
  public String toString() {
    return "HolidaySchedule["
        + name
        + ", holidays="
        + holidays.size()
        + ", workdays="
        + workdays.size()
        + ", years="
        + years()
        + "]";
  }

  private static IllegalArgumentException twice(LocalDate date, String first, String second) {
    return new IllegalArgumentException(
        date + " is listed twice ('" + first + "' and '" + second + "'); keep one");
  }

  private static String baseName(Path file) {
    String fileName = file.getFileName().toString();
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }

  /** Loads the bundled Chinese schedule once, on first use. */
  private static final class China {
    static final String RESOURCE = "cn.csv";
    static final HolidaySchedule SCHEDULE = load();

    private static HolidaySchedule load() {
      try (InputStream in = HolidaySchedule.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(RESOURCE + " is missing from the classpath");
        }
        return parse("China", new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the bundled " + RESOURCE, e);
      }
    }
  }
}

package dev.pledge.calendar;

import dev.pledge.calendar.holiday.HolidayFileException;
import dev.pledge.calendar.holiday.HolidaySchedule;
import dev.pledge.calendar.holiday.ICalendarHolidays;
import dev.pledge.yaml.Problems;
import dev.pledge.yaml.Sources;
import dev.pledge.yaml.YamlNode;
import dev.pledge.yaml.YamlReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a calendar definition written in YAML (format in docs/calendar-format.md), reporting every
 * problem with its line and column at once.
 */
public final class CalendarFile {

  static final List<String> KEYS =
      List.of(
          "name",
          "zone",
          "all_day",
          "week",
          "holidays",
          "extra_working_days",
          "extra_working_hours",
          "holiday_schedules");

  /** iCalendar recurrences are expanded over these years. */
  private static final int ICS_FIRST_YEAR = 1990;

  private static final int ICS_LAST_YEAR = 2100;

  private static final Map<String, Set<DayOfWeek>> DAY_GROUPS = dayGroups();

  private CalendarFile() {}

  /**
   * Reads the calendar file at {@code path}; its file name names it in messages, and holiday
   * schedule files it names are found beside it.
   */
  public static NamedCalendar read(Path path) {
    try {
      String name = path.getFileName().toString();
      Path dir = path.toAbsolutePath().getParent();
      return parse(Files.readString(path, StandardCharsets.UTF_8), name, dir);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read calendar file " + path + ": " + e.getMessage(), e);
    }
  }

  /**
   * Parses a calendar definition; schedule files it names are looked up in the working directory.
   *
   * @throws dev.pledge.yaml.InvalidDefinitionException listing every problem found
   */
  public static NamedCalendar parse(String yaml, String source) {
    return parse(yaml, source, Path.of(""));
  }

  /** Parses a calendar definition whose schedule files are relative to {@code dir}. */
  public static NamedCalendar parse(String yaml, String source, Path dir) {
    Problems problems = new Problems(source);
    Optional<NamedCalendar> calendar = read(YamlReader.read(yaml, source), problems, source, dir);
    problems.throwIfAny();
    return calendar.orElseThrow();
  }

  /**
   * Reads a calendar from a node of a larger definition, recording problems instead of throwing;
   * schedule files are relative to {@code dir}.
   */
  public static Optional<NamedCalendar> read(
      YamlNode node, Problems problems, String defaultName, Path dir) {
    return read(node, problems, defaultName, Sources.directory(dir));
  }

  /**
   * Reads a calendar from a node of a larger definition, recording problems instead of throwing;
   * holiday schedule files come from {@code sources}.
   */
  public static Optional<NamedCalendar> read(
      YamlNode node, Problems problems, String defaultName, Sources sources) {
    Optional<YamlNode.Mapping> mapping = problems.mapping(node);
    if (mapping.isEmpty()) {
      return Optional.empty();
    }
    YamlNode.Mapping m = mapping.get();
    int before = problems.list().size();
    problems.onlyKeys(m, KEYS);
    String name = m.get("name").flatMap(problems::text).orElse(defaultName);
    Optional<ZoneId> zone =
        problems
            .required(m, "zone", "an IANA time zone such as Asia/Shanghai, Europe/Berlin or UTC")
            .flatMap(z -> problems.parse(z, "an IANA time zone such as Asia/Shanghai", ZoneId::of));
    BusinessCalendar.Builder b = BusinessCalendar.builder(zone.orElse(ZoneId.of("UTC")));
    boolean allDay = m.get("all_day").map(n -> allDay(n, problems)).orElse(false);
    if (allDay && m.has("week")) {
      problems.add(m.get("week").get(), "give either 'all_day: true' or 'week', not both");
    } else if (allDay) {
      for (DayOfWeek d : DayOfWeek.values()) {
        b.week(d, WorkingHours.ALL_DAY);
      }
    } else {
      problems
          .required(m, "week", "the working windows per weekday, or 'all_day: true' for 24×7")
          .ifPresent(w -> week(w, b, problems));
    }
    Set<LocalDate> seen = new HashSet<>();
    Optional<List<WorkingHours>> extraHours =
        m.get("extra_working_hours").map(n -> hoursList(n, problems));
    m.get("holiday_schedules").ifPresent(n -> schedules(n, sources, extraHours, b, problems));
    m.get("holidays").ifPresent(h -> holidays(h, b, seen, problems));
    m.get("extra_working_days").ifPresent(e -> extraDays(e, extraHours, b, seen, problems));
    if (problems.list().size() > before) {
      return Optional.empty();
    }
    return Optional.of(new NamedCalendar(name, b.build()));
  }

  private static boolean allDay(YamlNode n, Problems problems) {
    return problems
        .parse(
            n,
            "true or false",
            t -> {
              if (!t.equals("true") && !t.equals("false")) {
                throw new IllegalArgumentException("write true or false");
              }
              return Boolean.parseBoolean(t);
            })
        .orElse(false);
  }

  private static void week(YamlNode node, BusinessCalendar.Builder b, Problems problems) {
    problems
        .mapping(node)
        .ifPresent(
            m -> {
              problems.onlyKeys(m, DAY_GROUPS.keySet());
              // Groups first, so that a single day written beside a group overrides it.
              for (YamlNode.Entry e : sortedGroupsFirst(m)) {
                Set<DayOfWeek> days = DAY_GROUPS.get(e.key());
                if (days != null) {
                  List<WorkingHours> hours = hoursList(e.value(), problems);
                  days.forEach(d -> b.week(d, hours));
                }
              }
            });
  }

  private static List<YamlNode.Entry> sortedGroupsFirst(YamlNode.Mapping m) {
    List<YamlNode.Entry> out = new ArrayList<>();
    m.entries().values().stream().filter(e -> isGroup(e.key())).forEach(out::add);
    m.entries().values().stream().filter(e -> !isGroup(e.key())).forEach(out::add);
    return out;
  }

  private static boolean isGroup(String key) {
    Set<DayOfWeek> days = DAY_GROUPS.get(key);
    return days != null && days.size() > 1;
  }

  static List<WorkingHours> hoursList(YamlNode node, Problems problems) {
    List<WorkingHours> out = new ArrayList<>();
    for (YamlNode item : problems.list(node)) {
      problems
          .parse(item, "working hours like 09:00-18:00 or 22:00-06:00", WorkingHours::parse)
          .ifPresent(out::add);
    }
    return out;
  }

  private static void holidays(
      YamlNode node, BusinessCalendar.Builder b, Set<LocalDate> seen, Problems problems) {
    for (YamlNode item : problems.list(node)) {
      DatedEntry entry = datedEntry(item, List.of("date", "from", "to", "name"), problems);
      for (LocalDate d : entry.dates()) {
        if (!seen.add(d)) {
          problems.add(
              item, d + " is listed twice among holidays and extra working days; keep one");
        } else if (!add(item, d, () -> b.holiday(d, entry.name()), problems)) {
          return;
        }
      }
    }
  }

  /** Adds one date, turning a clash with a holiday schedule into a problem. */
  private static boolean add(YamlNode item, LocalDate d, Runnable addition, Problems problems) {
    try {
      addition.run();
      return true;
    } catch (IllegalArgumentException e) {
      problems.add(item, d + " clashes with a holiday schedule: " + e.getMessage());
      return false;
    }
  }

  private static void schedules(
      YamlNode node,
      Sources sources,
      Optional<List<WorkingHours>> extraHours,
      BusinessCalendar.Builder b,
      Problems problems) {
    for (YamlNode item : problems.list(node)) {
      problems
          .text(item)
          .flatMap(name -> schedule(item, name, sources, problems))
          .ifPresent(schedule -> apply(item, schedule, extraHours, b, problems));
    }
  }

  private static void apply(
      YamlNode item,
      HolidaySchedule schedule,
      Optional<List<WorkingHours>> extraHours,
      BusinessCalendar.Builder b,
      Problems problems) {
    Optional<List<WorkingHours>> hours = extraHours.or(() -> sameWeekdayHours(b));
    if (hours.isEmpty() && !schedule.workdays().isEmpty()) {
      problems.add(
          item,
          "the hours of the schedule's working days are not known because Monday to Friday"
              + " differ: add 'extra_working_hours: [09:00-18:00]'");
      return;
    }
    try {
      schedule.applyTo(b, hours.orElse(List.of(WorkingHours.ALL_DAY)));
    } catch (IllegalArgumentException e) {
      problems.add(item, e.getMessage());
    }
  }

  /** {@code china} (bundled), or a schedule file: {@code .ics} (iCalendar) or {@code .csv}. */
  private static Optional<HolidaySchedule> schedule(
      YamlNode item, String name, Sources sources, Problems problems) {
    if (name.equals("china")) {
      return Optional.of(HolidaySchedule.china());
    }
    try {
      Optional<Sources.Source> file = sources.open(name);
      if (file.isEmpty()) {
        problems.add(
            item,
            "'"
                + name
                + "' is neither 'china' (the bundled schedule) nor a readable file ("
                + sources.lookedFor(name)
                + ")");
        return Optional.empty();
      }
      String fileName = file.get().name();
      String text = file.get().text();
      return Optional.of(
          name.toLowerCase().endsWith(".ics")
              ? ICalendarHolidays.parseFile(
                  fileName, text.getBytes(StandardCharsets.UTF_8), ICS_FIRST_YEAR, ICS_LAST_YEAR)
              : HolidaySchedule.parseFile(fileName, text));
    } catch (HolidayFileException e) {
      e.problems().forEach(p -> problems.add(item, name + ": " + p));
    } catch (IOException e) {
      problems.add(item, "cannot read '" + name + "': " + e.getMessage());
    }
    return Optional.empty();
  }

  private static void extraDays(
      YamlNode node,
      Optional<List<WorkingHours>> defaultHours,
      BusinessCalendar.Builder b,
      Set<LocalDate> seen,
      Problems problems) {
    for (YamlNode item : problems.list(node)) {
      DatedEntry entry = datedEntry(item, List.of("date", "name", "hours"), problems);
      Optional<List<WorkingHours>> hours =
          item instanceof YamlNode.Mapping m && m.has("hours")
              ? Optional.of(hoursList(m.get("hours").get(), problems))
              : defaultHours.or(() -> sameWeekdayHours(b));
      if (hours.isEmpty() && !entry.dates().isEmpty()) {
        problems.add(
            item,
            "the hours worked on "
                + entry.dates().get(0)
                + " are not given and Monday to Friday differ: add 'hours: [09:00-18:00]' here"
                + " or 'extra_working_hours' to the calendar");
        continue;
      }
      for (LocalDate d : entry.dates()) {
        ExtraWorkingDay day = new ExtraWorkingDay(d, hours.get(), entry.name());
        if (!seen.add(d)) {
          problems.add(
              item, d + " is listed twice among holidays and extra working days; keep one");
        } else if (!add(item, d, () -> b.extraWorkingDay(day), problems)) {
          return;
        }
      }
    }
  }

  /** The weekday hours when Monday to Friday share them, as an extra working day's default. */
  private static Optional<List<WorkingHours>> sameWeekdayHours(BusinessCalendar.Builder b) {
    BusinessCalendar sofar = b.build();
    List<WorkingHours> monday = sofar.weeklyHours(DayOfWeek.MONDAY);
    for (DayOfWeek d : DAY_GROUPS.get("weekdays")) {
      if (!sofar.weeklyHours(d).equals(monday)) {
        return Optional.empty();
      }
    }
    return monday.isEmpty() ? Optional.empty() : Optional.of(monday);
  }

  private record DatedEntry(List<LocalDate> dates, String name) {}

  private static DatedEntry datedEntry(YamlNode item, List<String> keys, Problems problems) {
    if (item instanceof YamlNode.Scalar) {
      return new DatedEntry(date(item, problems).map(List::of).orElse(List.of()), "");
    }
    Optional<YamlNode.Mapping> mapping = problems.mapping(item);
    if (mapping.isEmpty()) {
      return new DatedEntry(List.of(), "");
    }
    YamlNode.Mapping m = mapping.get();
    problems.onlyKeys(m, keys);
    String name = m.get("name").flatMap(problems::text).orElse("");
    if (m.has("date")) {
      return new DatedEntry(
          date(m.get("date").get(), problems).map(List::of).orElse(List.of()), name);
    }
    if (m.has("from") && keys.contains("from")) {
      Optional<LocalDate> from = date(m.get("from").get(), problems);
      Optional<LocalDate> to =
          problems
              .required(m, "to", "the last date of the range, e.g. 2026-10-07")
              .flatMap(t -> date(t, problems));
      if (from.isPresent() && to.isPresent()) {
        if (to.get().isBefore(from.get())) {
          problems.add(m.get("to").get(), "'to' " + to.get() + " is before 'from' " + from.get());
          return new DatedEntry(List.of(), name);
        }
        return new DatedEntry(from.get().datesUntil(to.get().plusDays(1)).toList(), name);
      }
      return new DatedEntry(List.of(), name);
    }
    problems.add(item, "give a 'date' (or 'from' and 'to' for holidays)");
    return new DatedEntry(List.of(), name);
  }

  private static Optional<LocalDate> date(YamlNode node, Problems problems) {
    return problems.parse(node, "a date like 2026-10-01", LocalDate::parse);
  }

  private static Map<String, Set<DayOfWeek>> dayGroups() {
    Map<String, Set<DayOfWeek>> m = new LinkedHashMap<>();
    for (DayOfWeek d : DayOfWeek.values()) {
      m.put(d.name().toLowerCase(), EnumSet.of(d));
    }
    m.put("weekdays", EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    m.put("weekend", EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
    m.put("every_day", EnumSet.allOf(DayOfWeek.class));
    return m;
  }
}

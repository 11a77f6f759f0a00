package dev.pledge.calendar.holiday;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pledge.calendar.Holiday;
import dev.pledge.testing.PropertyCheck;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Random iCalendar files, folded and escaped at random, imported and compared with a day-by-day
 * reference that asks, for every date of the range, which events cover it.
 */
class ICalendarReferenceTests {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd");
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");
  private static final List<String> NAMES =
      List.of("Neujahr", "春节", "a, b; c", "back\\slash", "two\nlines", "Tag der Deutschen Einheit");

  /** A generated event, kept in plain numbers so the reference does not share the code's types. */
  private record Event(
      boolean isDate,
      LocalDateTime start,
      int lengthMinutes, // 0 = no DTEND or DURATION
      boolean useDuration,
      boolean yearly,
      int interval,
      Integer count,
      LocalDate until,
      List<LocalDate> excluded,
      String name) {}

  @Test
  void importedDatesMatchADayByDayReference() {
    PropertyCheck.forAll(
        500,
        random -> {
          List<Event> events = randomEvents(random);
          int firstYear = 2022 + random.nextInt(5);
          int lastYear = firstYear + random.nextInt(5);
          byte[] file = render(events, random);
          HolidaySchedule imported =
              ICalendarHolidays.parse("random", "random", file, firstYear, lastYear);
          assertThat(imported.holidays())
              .as("%s", new String(file, StandardCharsets.UTF_8))
              .isEqualTo(reference(events, firstYear, lastYear));
        });
  }

  @Test
  void foldingALineAnywhereChangesNothing() {
    PropertyCheck.forAll(
        500,
        random -> {
          String name = NAMES.get(random.nextInt(NAMES.size())) + "·" + random.nextInt(1000);
          String line = "SUMMARY;LANGUAGE=\"de:DE\":" + escape(name);
          byte[] folded = fold(line.getBytes(StandardCharsets.UTF_8), random, "\r\n");
          String text = new String(folded, StandardCharsets.UTF_8);
          List<ContentLine> lines = ContentLine.read(folded, new Problems());
          assertThat(lines).as(text).hasSize(1);
          assertThat(ICalValue.text(lines.get(0).value())).isEqualTo(name);
          assertThat(lines.get(0).param("LANGUAGE")).isEqualTo("de:DE");
        });
  }

  // ----- the reference: for each date, which events cover it?

  private static List<Holiday> reference(List<Event> events, int firstYear, int lastYear) {
    List<Holiday> out = new ArrayList<>();
    LocalDate end = LocalDate.of(lastYear + 1, 1, 1);
    for (LocalDate d = LocalDate.of(firstYear, 1, 1); d.isBefore(end); d = d.plusDays(1)) {
      Set<String> names = new LinkedHashSet<>();
      for (Event e : events) {
        if (covers(e, d)) {
          names.add(e.name().strip());
        }
      }
      if (!names.isEmpty()) {
        out.add(new Holiday(d, String.join(" / ", names)));
      }
    }
    return out;
  }

  private static boolean covers(Event e, LocalDate d) {
    for (LocalDateTime s : occurrences(e, d.getYear())) {
      if (!e.excluded().contains(s.toLocalDate()) && touches(e, s, d)) {
        return true;
      }
    }
    return false;
  }

  /** Occurrence starts up to {@code year}, counted one year at a time from the first. */
  private static List<LocalDateTime> occurrences(Event e, int year) {
    if (!e.yearly()) {
      return List.of(e.start());
    }
    List<LocalDateTime> out = new ArrayList<>();
    int seen = 0;
    for (int y = e.start().getYear(); y <= year; y++) {
      boolean onInterval = (y - e.start().getYear()) % e.interval() == 0;
      boolean exists =
          e.start().getMonthValue() != 2
              || e.start().getDayOfMonth() != 29
              || LocalDate.of(y, 1, 1).isLeapYear();
      if (!onInterval || !exists) {
        continue;
      }
      seen++;
      LocalDateTime s = e.start().withYear(y);
      boolean inCount = e.count() == null || seen <= e.count();
      boolean inUntil = e.until() == null || !s.toLocalDate().isAfter(e.until());
      if (inCount && inUntil) {
        out.add(s);
      }
    }
    return out;
  }

  /** An occurrence touches the dates from its start to the date of its last second. */
  private static boolean touches(Event e, LocalDateTime s, LocalDate d) {
    LocalDate first = s.toLocalDate();
    LocalDate last =
        e.lengthMinutes() == 0
            ? first
            : s.plusMinutes(e.lengthMinutes()).minusSeconds(1).toLocalDate();
    return !d.isBefore(first) && !d.isAfter(last);
  }

  // ----- the generator

  private static List<Event> randomEvents(SplittableRandom random) {
    List<Event> events = new ArrayList<>();
    int n = random.nextInt(6);
    for (int i = 0; i < n; i++) {
      events.add(randomEvent(random));
    }
    return events;
  }

  private static Event randomEvent(SplittableRandom random) {
    boolean isDate = random.nextBoolean();
    LocalDate day =
        random.nextInt(10) == 0
            ? LocalDate.of(2020 + 4 * random.nextInt(3), 2, 29)
            : LocalDate.of(2019, 1, 1).plusDays(random.nextInt(365 * 9));
    LocalDateTime start =
        isDate ? day.atStartOfDay() : day.atTime(random.nextInt(24), 15 * random.nextInt(4));
    int length =
        isDate ? 1440 * random.nextInt(4) : random.nextBoolean() ? 0 : 15 * random.nextInt(300);
    boolean yearly = random.nextBoolean();
    Integer count = yearly && random.nextInt(3) == 0 ? 1 + random.nextInt(6) : null;
    LocalDate until =
        yearly && count == null && random.nextInt(3) == 0
            ? day.plusDays(random.nextInt(365 * 6))
            : null;
    List<LocalDate> excluded = new ArrayList<>();
    for (int k = random.nextInt(3); k > 0; k--) {
      excluded.add(day.withYear(day.getYear() + random.nextInt(6)));
    }
    String name = NAMES.get(random.nextInt(NAMES.size()));
    return new Event(
        isDate,
        start,
        length,
        random.nextBoolean(),
        yearly,
        yearly ? 1 + random.nextInt(3) : 1,
        count,
        until,
        excluded,
        name);
  }

  /** Writes the events as an iCalendar file, properties in random order, folded at random. */
  private static byte[] render(List<Event> events, SplittableRandom random) {
    String eol = random.nextBoolean() ? "\r\n" : "\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<String> lines = new ArrayList<>(List.of("BEGIN:VCALENDAR", "VERSION:2.0"));
    for (Event e : events) {
      lines.add("BEGIN:VEVENT");
      List<String> properties = properties(e, random);
      Collections.shuffle(properties, new java.util.Random(random.nextLong()));
      lines.addAll(properties);
      lines.add("END:VEVENT");
    }
    lines.add("END:VCALENDAR");
    for (String line : lines) {
      out.writeBytes(fold(line.getBytes(StandardCharsets.UTF_8), random, eol));
      out.writeBytes(eol.getBytes(StandardCharsets.US_ASCII));
    }
    return out.toByteArray();
  }

  private static List<String> properties(Event e, SplittableRandom random) {
    List<String> p = new ArrayList<>();
    p.add("DTSTART" + when(e.isDate(), e.start(), random));
    if (e.lengthMinutes() > 0 || random.nextBoolean()) {
      if (e.useDuration()) {
        p.add(
            "DURATION:"
                + (e.isDate()
                    ? "P" + e.lengthMinutes() / 1440 + "D"
                    : "PT" + e.lengthMinutes() + "M"));
      } else {
        p.add("DTEND" + when(e.isDate(), e.start().plusMinutes(e.lengthMinutes()), random));
      }
    }
    if (e.yearly()) {
      String rule = "RRULE:FREQ=YEARLY";
      rule += e.interval() > 1 || random.nextBoolean() ? ";INTERVAL=" + e.interval() : "";
      rule += e.count() != null ? ";COUNT=" + e.count() : "";
      rule += e.until() != null ? ";UNTIL=" + e.until().format(DATE) : "";
      p.add(rule);
    }
    for (LocalDate x : e.excluded()) {
      p.add("EXDATE" + when(e.isDate(), x.atTime(e.start().toLocalTime()), random));
    }
    p.add("SUMMARY:" + escape(e.name()));
    p.add("UID:" + random.nextLong() + "@pledge.test");
    return p;
  }

  private static String when(boolean isDate, LocalDateTime t, SplittableRandom random) {
    if (isDate) {
      return (random.nextBoolean() ? ";VALUE=DATE:" : ":") + t.format(DATE);
    }
    return (random.nextBoolean() ? ";TZID=Europe/Berlin:" : ":") + t.format(DATE_TIME);
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
  }

  /** Breaks {@code line} into pieces of random length, anywhere, even inside a character. */
  private static byte[] fold(byte[] line, SplittableRandom random, String eol) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int i = 0;
    while (i < line.length) {
      int piece = 1 + random.nextInt(Math.max(1, Math.min(75, line.length - i)));
      if (i > 0) {
        out.writeBytes(eol.getBytes(StandardCharsets.US_ASCII));
        out.write(random.nextBoolean() ? ' ' : '\t');
      }
      out.write(line, i, Math.min(piece, line.length - i));
      i += piece;
    }
    return out.toByteArray();
  }
}

package dev.pledge.calendar.holiday;

import java.time.LocalDateTime;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The recurrence rules a holiday file needs: the same date every year ({@code FREQ=YEARLY}),
 * optionally every {@code INTERVAL} years, ending after {@code COUNT} occurrences or on {@code
 * UNTIL}. {@code BYMONTH} and {@code BYMONTHDAY} are accepted when they repeat the start's date.
 */
record YearlyRule(
    int line, int interval, Integer count, ICalValue.When until, Integer byMonth, Integer byDay) {

  private static final String SUPPORTED =
      "only FREQ=YEARLY (the same date every year) with COUNT, UNTIL or INTERVAL";

  /** Parses an RRULE value; returns null after adding problems. */
  static YearlyRule parse(int line, String value, Problems problems) {
    Parts p = new Parts(line, problems);
    for (String part : value.strip().split(";")) {
      p.accept(part);
    }
    return p.rule();
  }

  /** Adds a problem if the rule's BYMONTH or BYMONTHDAY moves it off {@code start}'s date. */
  void check(LocalDateTime start, Problems problems) {
    if ((byMonth != null && byMonth != start.getMonthValue())
        || (byDay != null && byDay != start.getDayOfMonth())) {
      problems.add(
          line,
          "RRULE",
          "RRULE BYMONTH/BYMONTHDAY differ from DTSTART's date "
              + start.toLocalDate()
              + "; "
              + SUPPORTED);
    }
  }

  /**
   * The starts of the occurrences up to the end of {@code lastYear}. A start on 29 February has no
   * occurrence in other years, and those years do not count towards COUNT (RFC 5545 3.3.10).
   */
  List<LocalDateTime> starts(LocalDateTime start, int lastYear) {
    List<LocalDateTime> out = new ArrayList<>();
    MonthDay monthDay = MonthDay.from(start);
    int n = 0;
    // long: a huge INTERVAL must end the loop, not overflow it
    for (long year = start.getYear(); year <= lastYear; year += interval) {
      if (!monthDay.isValidYear((int) year)) {
        continue;
      }
      LocalDateTime occurrence = start.withYear((int) year);
      if ((count != null && ++n > count) || isAfterUntil(occurrence)) {
        break;
      }
      out.add(occurrence);
    }
    return out;
  }

  private boolean isAfterUntil(LocalDateTime occurrence) {
    if (until == null) {
      return false;
    }
    return until.isDate()
        ? occurrence.toLocalDate().isAfter(until.date())
        : occurrence.isAfter(until.at());
  }

  /** Collects an RRULE's parts, reporting each one that is wrong or not supported. */
  private static final class Parts {
    private final int line;
    private final Problems problems;
    private String freq;
    private int interval = 1;
    private Integer count;
    private ICalValue.When until;
    private Integer byMonth;
    private Integer byDay;
    private boolean bad;

    Parts(int line, Problems problems) {
      this.line = line;
      this.problems = problems;
    }

    void accept(String part) {
      int eq = part.indexOf('=');
      String key = (eq < 0 ? part : part.substring(0, eq)).strip().toUpperCase(Locale.ROOT);
      String value = eq < 0 ? "" : part.substring(eq + 1).strip();
      switch (key) {
        case "FREQ" -> freq = value.toUpperCase(Locale.ROOT);
        case "INTERVAL" -> interval = positive(key, value, Integer.MAX_VALUE);
        case "COUNT" -> count = positive(key, value, Integer.MAX_VALUE);
        case "UNTIL" -> until = until(value);
        case "BYMONTH" -> byMonth = positive(key, value, 12);
        case "BYMONTHDAY" -> byDay = positive(key, value, 31);
        case "WKST" -> {} // the week start does not matter to a yearly date
        default -> fail("RRULE part " + key + " is not supported; " + SUPPORTED);
      }
    }

    YearlyRule rule() {
      if (freq == null) {
        fail("RRULE has no FREQ; " + SUPPORTED);
      } else if (!freq.equals("YEARLY")) {
        fail("RRULE FREQ=" + freq + " is not supported; " + SUPPORTED);
      }
      if (count != null && until != null) {
        fail("RRULE has both COUNT and UNTIL; keep one");
      }
      return bad ? null : new YearlyRule(line, interval, count, until, byMonth, byDay);
    }

    private Integer positive(String key, String value, int max) {
      try {
        int n = Integer.parseInt(value);
        if (n >= 1 && n <= max) {
          return n;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      String range =
          max == Integer.MAX_VALUE ? "a whole number from 1" : "a whole number from 1 to " + max;
      fail("RRULE " + key + "='" + value + "' is not " + range);
      return 1;
    }

    private ICalValue.When until(String value) {
      ICalValue.When w = ICalValue.when(line, "RRULE UNTIL", "", value, problems);
      bad |= w == null;
      return w;
    }

    private void fail(String message) {
      problems.add(line, "RRULE", message);
      bad = true;
    }
  }
}

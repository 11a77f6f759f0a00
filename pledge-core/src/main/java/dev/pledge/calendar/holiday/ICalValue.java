package dev.pledge.calendar.holiday;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parsers for the iCalendar value types a holiday import needs (RFC 5545 section 3.3). */
final class ICalValue {

  /**
   * A DATE or a DATE-TIME as written. A DATE-TIME's zone (TZID, or Z for UTC) is not applied: the
   * date written is the date meant.
   */
  record When(LocalDateTime at, boolean isDate) {
    LocalDate date() {
      return at.toLocalDate();
    }

    @Override
    public String toString() {
      return isDate ? DATE.format(at) : DATE_TIME.format(at);
    }
  }

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss", Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT);
  private static final Pattern DATE_SHAPE = Pattern.compile("\\d{8}");
  private static final Pattern DATE_TIME_SHAPE = Pattern.compile("(\\d{8}T\\d{6})Z?");
  private static final Pattern DURATION =
      Pattern.compile(
          "([+-])?P(?:(\\d{1,9})W|(?:(\\d{1,9})D)?(?:T(?:(\\d{1,9})H)?(?:(\\d{1,9})M)?(?:(\\d{1,9})S)?)?)",
          Pattern.CASE_INSENSITIVE);

  private ICalValue() {}

  /**
   * Parses one DATE or DATE-TIME value of {@code property}; a value without {@code VALUE=DATE} that
   * has the shape of a date is taken as a date. Returns null after adding a problem.
   */
  static When when(int line, String property, String valueType, String text, Problems problems) {
    String v = text.strip();
    String type = valueType.toUpperCase(Locale.ROOT);
    if (type.equals("DATE") || (type.isEmpty() && !v.contains("T"))) {
      When w = DATE_SHAPE.matcher(v).matches() ? parse(v, DATE, true) : null;
      return w != null ? w : bad(line, property, v, "a date (YYYYMMDD)", problems);
    }
    if (type.isEmpty() || type.equals("DATE-TIME")) {
      Matcher m = DATE_TIME_SHAPE.matcher(v);
      When w = m.matches() ? parse(m.group(1), DATE_TIME, false) : null;
      return w != null ? w : bad(line, property, v, "a date-time (YYYYMMDDTHHMMSS)", problems);
    }
    problems.add(
        line,
        property,
        property + " VALUE=" + valueType + " is not supported; use VALUE=DATE or VALUE=DATE-TIME");
    return null;
  }

  private static When parse(String v, DateTimeFormatter format, boolean isDate) {
    try {
      LocalDateTime at =
          isDate ? LocalDate.parse(v, format).atStartOfDay() : LocalDateTime.parse(v, format);
      return new When(at, isDate);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static When bad(int line, String property, String v, String what, Problems problems) {
    problems.add(line, property, property + " '" + v + "' is not " + what);
    return null;
  }

  /** Parses a DURATION such as P3D, P1W or PT36H; returns null after adding a problem. */
  static Duration duration(int line, String text, Problems problems) {
    String v = text.strip();
    Matcher m = DURATION.matcher(v);
    if (!m.matches() || v.equalsIgnoreCase("P") || v.toUpperCase(Locale.ROOT).endsWith("T")) {
      problems.add(line, "DURATION", "DURATION '" + v + "' is not a duration such as P1D or PT8H");
      return null;
    }
    if ("-".equals(m.group(1))) {
      problems.add(line, "DURATION", "DURATION '" + v + "' is negative; an event cannot end first");
      return null;
    }
    return Duration.ofDays(7 * number(m.group(2)) + number(m.group(3)))
        .plusHours(number(m.group(4)))
        .plusMinutes(number(m.group(5)))
        .plusSeconds(number(m.group(6)));
  }

  private static long number(String digits) {
    return digits == null ? 0 : Long.parseLong(digits);
  }

  /** Undoes TEXT escaping: {@code \\ \; \, \n \N}. Any other backslash is kept as written. */
  static String text(String escaped) {
    StringBuilder s = new StringBuilder(escaped.length());
    for (int i = 0; i < escaped.length(); i++) {
      char c = escaped.charAt(i);
      if (c == '\\' && i + 1 < escaped.length()) {
        char next = escaped.charAt(i + 1);
        if (next == 'n' || next == 'N') {
          s.append('\n');
          i++;
          continue;
        }
        if (next == '\\' || next == ';' || next == ',') {
          s.append(next);
          i++;
          continue;
        }
      }
      s.append(c);
    }
    return s.toString();
  }
}

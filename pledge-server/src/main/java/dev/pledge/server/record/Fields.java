package dev.pledge.server.record;

import dev.pledge.period.ReportingPeriod;
import dev.pledge.server.system.ApiException;
import dev.pledge.server.system.Instants;
import dev.pledge.server.system.Texts;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Reads request fields, refusing a bad one with a problem that names it. */
final class Fields {

  /** What {@code covering} may be: a date, a month, a quarter or a year, as event files write. */
  private static final Pattern COVERING =
      Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?|-[Qq][1-4])?");

  private Fields() {}

  /** A required text, stripped, at most {@code max} characters. */
  static String required(String field, String value, int max) {
    return Texts.required(field, value, max);
  }

  /** An optional text, stripped; {@code null} when absent or blank. */
  static String optional(String field, String value, int max) {
    return Texts.optional(field, value, max);
  }

  /** A record's id: at most 200 characters, and one a URL path can carry. */
  static String id(String field, String value) {
    return Texts.id(field, value, 200);
  }

  /** An optional record id, as {@link #id}. */
  static String optionalId(String field, String value) {
    return Texts.optionalId(field, value, 200);
  }

  static Instant instant(String field, String text) {
    return Instants.parse(field, text);
  }

  static Instant optionalInstant(String field, String text) {
    return text == null || text.isBlank() ? null : Instants.parse(field, text);
  }

  static BigDecimal number(String field, BigDecimal value) {
    if (value == null) {
      throw ApiException.badInput(field, field + " is missing; write a number, e.g. 4 or 12.5")
          .saying("problem.missingNumber");
    }
    return value;
  }

  static long whole(String field, Long value) {
    if (value == null) {
      throw ApiException.badInput(field, field + " is missing; write a whole number, e.g. 38")
          .saying("problem.missingWhole");
    }
    if (value < 0) {
      throw ApiException.badInput(field, field + " is " + value + "; it cannot be negative")
          .saying("problem.negative", value);
    }
    return value;
  }

  static String covering(String field, String value) {
    String c = optional(field, value, 20);
    if (c != null && !COVERING.matcher(c).matches()) {
      throw ApiException.badInput(
          field,
          field
              + " '"
              + c
              + "' is not a date or period; write a date (2026-10-05), a month (2026-10),"
              + " a quarter (2026-Q4) or a year (2026)");
    }
    return c;
  }

  /**
   * The first local date of what a {@code covering} names: the date itself, or its period's first
   * day (the same in every zone).
   *
   * @throws ApiException 400 naming {@code field} for a date the calendar lacks, e.g. 2026-02-30
   */
  static LocalDate firstDate(String field, String covering) {
    if (covering.length() < 10) {
      return ReportingPeriod.parse(covering, ZoneOffset.UTC).firstDate();
    }
    try {
      return LocalDate.parse(covering);
    } catch (DateTimeParseException e) {
      throw ApiException.badInput(
          field, field + " '" + covering + "' is not a date the calendar has; write one it has");
    }
  }
}

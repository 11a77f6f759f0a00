package dev.pledge.server.system;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Instants as the API reads and writes them: always with an offset. */
public final class Instants {

  private Instants() {}

  /**
   * Reads an ISO-8601 date and time with its offset or {@code Z}.
   *
   * @throws ApiException naming {@code field} when the text is absent, has no offset, is finer than
   *     a microsecond (what PostgreSQL stores), or lies outside {@link #EARLIEST} to {@link
   *     #LATEST}
   */
  public static Instant parse(String field, String text) {
    if (text == null || text.isBlank()) {
      throw ApiException.badInput(field, field + " is missing; write e.g. 2026-10-05T10:05+08:00")
          .saying("problem.missingInstant");
    }
    Instant at;
    try {
      at = OffsetDateTime.parse(text.strip()).toInstant();
    } catch (DateTimeParseException e) {
      throw ApiException.badInput(
              field,
              field
                  + " '"
                  + text
                  + "' is not a date and time with an offset; write e.g. 2026-10-05T10:05+08:00"
                  + " or 2026-10-05T02:05Z (a time without an offset could be anywhere)")
          .saying("problem.notAnInstant", text);
    }
    if (at.getNano() % 1000 != 0) {
      throw ApiException.badInput(
              field,
              field + " '" + text + "' is finer than a microsecond; round it to microseconds")
          .saying("problem.tooFine", text);
    }
    return inRange(field, text, at);
  }

  /**
   * The earliest instant accepted: nothing Pledge measures happened before it, and PostgreSQL
   * cannot read back every year before 4713 BC.
   */
  public static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");

  /**
   * The latest instant accepted: a later year has more than four digits, which pages cannot show.
   */
  public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

  /** Whether the instant is one Pledge keeps: from {@link #EARLIEST} to {@link #LATEST}. */
  public static boolean kept(Instant at) {
    return !at.isBefore(EARLIEST) && !at.isAfter(LATEST);
  }

  private static Instant inRange(String field, String text, Instant at) {
    if (!kept(at)) {
      throw ApiException.badInput(
          field,
          field
              + " '"
              + text
              + "' is outside the instants Pledge keeps; write one from "
              + EARLIEST
              + " to "
              + LATEST);
    }
    return at;
  }

  /** Stored as UTC. */
  public static OffsetDateTime utc(Instant at) {
    return at.atOffset(ZoneOffset.UTC);
  }

  /** Shown in the zone the guarantee is written in, with its offset. */
  public static String show(Instant at, ZoneId zone) {
    return at.atZone(zone).toOffsetDateTime().toString();
  }
}

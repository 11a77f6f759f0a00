package dev.pledge.cli;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Reads instants from the command line: with an offset ({@code 2026-11-20T17:30+08:00}, {@code
 * ...Z}) they are exact; without one ({@code 2026-11-20T17:30}) they are read in the calendar's
 * zone, a time in a DST gap moving later by the gap and one in an overlap taking the earlier
 * offset.
 */
final class InstantArgument {

  private InstantArgument() {}

  static Instant parse(String name, String text, ZoneId zone) {
    String s = text.trim().replace(' ', 'T');
    try {
      return OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeException notOffset) {
      try {
        return ZonedDateTime.of(LocalDateTime.parse(s), zone).toInstant();
      } catch (DateTimeException notLocal) {
        throw new IllegalArgumentException(
            name
                + " '"
                + text
                + "' is not a date-time: write 2026-11-20T17:30+08:00 (with an offset) or"
                + " 2026-11-20T17:30 (read in the calendar's zone, "
                + zone
                + ")");
      }
    }
  }

  static LocalDate date(String name, String text) {
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(name + " '" + text + "' is not a date like 2026-11-23");
    }
  }

  /** ISO-8601 with the zone's offset, seconds always shown, fractions only when present. */
  static String format(Instant instant, ZoneId zone) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
        instant.atZone(zone).toOffsetDateTime().withNano(instant.getNano()));
  }
}

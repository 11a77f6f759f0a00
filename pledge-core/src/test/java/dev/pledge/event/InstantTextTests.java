package dev.pledge.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pledge.testing.PropertyCheck;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class InstantTextTests {

  @Test
  void readsEveryAcceptedShape() {
    Object[][] rows = {
      {"2026-10-03T10:00+08:00", "2026-10-03T02:00:00Z"}, // minutes, an offset
      {"2026-10-03T10:00Z", "2026-10-03T10:00:00Z"}, // Z for UTC
      {"2026-10-03t10:00z", "2026-10-03T10:00:00Z"}, // lower-case t and z, as RFC 3339 allows
      {"2026-10-03 10:00:30-05:30", "2026-10-03T15:30:30Z"}, // a space for T; a negative offset
      {"2026-10-03T10:00:30.5+01:00", "2026-10-03T09:00:30.500Z"}, // one fraction digit
      {"2026-10-03T10:00:30,123456789Z", "2026-10-03T10:00:30.123456789Z"}, // nine, with a comma
      {"2024-02-29T23:59:59+18:00", "2024-02-29T05:59:59Z"}, // a leap day, the largest offset
      {"2026-01-01T00:00-00:00", "2026-01-01T00:00:00Z"}, // -00:00 is UTC
      {"1969-12-31T23:59:59.999999999Z", "1969-12-31T23:59:59.999999999Z"}, // before the epoch
    };
    for (Object[] row : rows) {
      assertThat(InstantText.parse((String) row[0]))
          .as((String) row[0])
          .isEqualTo(Instant.parse((String) row[1]));
    }
  }

  @Test
  void refusesWhatIsNotAnInstantWithAnOffset() {
    String[] refused = {
      "2026-10-03T10:00", // no offset: a local time is not guessed
      "2026-10-03 10:00", // the same with a space
      "2026-10-03", // a date
      "2026-02-29T10:00Z", // 2026 is not a leap year
      "2026-13-01T10:00Z", // no 13th month
      "2026-10-03T24:00Z", // 24:00 is written as the next day's 00:00
      "2026-10-03T10:60Z", // no 60th minute
      "2026-10-03T23:59:60Z", // no leap seconds
      "2026-10-03T10:00+18:01", // beyond the largest offset
      "2026-10-03T10:00+0800", // the offset needs its colon
      "2026-10-03T10:00+08", // and its minutes
      "2026-10-03T10:00:00.Z", // a point without digits
      "2026-10-03T10:00:00.1234567890Z", // ten digits: finer than a nanosecond
      "26-10-03T10:00Z", // a two-digit year
      "2026-10-03T10:00Z ", // a trailing blank (callers strip them first)
      "２０２６-10-03T10:00Z", // full-width digits
    };
    for (String s : refused) {
      assertThat(InstantText.parse(s)).as(s).isNull();
    }
  }

  @Test
  void agreesWithJavaTimeOnRandomAndMangledText() {
    PropertyCheck.forAll(
        2_000,
        r -> {
          String s = mangle(r, write(r));
          assertThat(InstantText.parse(s)).as(s).isEqualTo(reference(s));
        });
  }

  /** A random instant written in one of the accepted shapes. */
  static String write(SplittableRandom r) {
    Instant t = Instant.ofEpochSecond(r.nextLong(-62_000_000_000L, 253_000_000_000L));
    ZoneOffset offset = ZoneOffset.ofTotalSeconds(60 * r.nextInt(-18 * 60, 18 * 60 + 1));
    OffsetDateTime local = t.atOffset(offset).withNano(r.nextInt(1_000_000_000));
    int digits = r.nextInt(10);
    String fraction = String.format("%09d", local.getNano()).substring(0, digits);
    String time =
        r.nextBoolean()
            ? String.format("%02d:%02d", local.getHour(), local.getMinute())
            : String.format(
                "%02d:%02d:%02d%s",
                local.getHour(),
                local.getMinute(),
                local.getSecond(),
                digits == 0 ? "" : (r.nextBoolean() ? "." : ",") + fraction);
    String zone = offset.getTotalSeconds() == 0 && r.nextBoolean() ? "Z" : offset.getId();
    String separator = new String[] {"T", "t", " "}[r.nextInt(3)];
    return local.toLocalDate() // years 0005 to 9987: always four digits
        + separator
        + time
        + zone;
  }

  /** Sometimes changes, drops or adds one character. */
  private static String mangle(SplittableRandom r, String s) {
    String pool = "0123456789-:Tt Zz+.,x9";
    int i = r.nextInt(s.length());
    char c = pool.charAt(r.nextInt(pool.length()));
    return switch (r.nextInt(5)) {
      case 0 -> s.substring(0, i) + c + s.substring(i + 1);
      case 1 -> s.substring(0, i) + s.substring(i + 1);
      case 2 -> s.substring(0, i) + c + s.substring(i);
      default -> s;
    };
  }

  private static final Pattern SHAPE =
      Pattern.compile(
          "(\\d{4}-\\d{2}-\\d{2})[Tt ](\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d{1,9})?)?)([Zz]|[+-]\\d{2}:\\d{2})");

  /** The obvious reading: the shape by a regular expression, the values by java.time. */
  static Instant reference(String s) {
    Matcher m = SHAPE.matcher(s);
    if (!m.matches()) {
      return null;
    }
    String iso = m.group(1) + "T" + m.group(2).replace(',', '.') + m.group(3).toUpperCase();
    try {
      return OffsetDateTime.parse(iso, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}

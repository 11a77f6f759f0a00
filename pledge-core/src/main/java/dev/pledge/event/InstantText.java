package dev.pledge.event;

import java.time.Instant;

/**
 * Reads instants written with their offset, {@code 2026-10-03T10:00+08:00}, without going through
 * {@link java.time.format.DateTimeFormatter}: event files hold millions of them and the formatter
 * costs about a microsecond each.
 *
 * <p>Accepted: {@code yyyy-MM-dd}, then {@code T} (or {@code t}, or one space, as RFC 3339 allows),
 * then {@code HH:mm}, optionally {@code :ss} and a fraction of up to nine digits after {@code .} or
 * {@code ,}, then {@code Z} (or {@code z}) or an offset {@code ±HH:mm} of at most 18 hours. A time
 * without an offset is refused: a local time is not guessed into an instant.
 */
final class InstantText {

  static final String EXAMPLE = "2026-10-03T10:00+08:00";

  /** The earliest instant an event file may hold: nothing measured happened before it. */
  static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");

  /** The latest: a later year has five digits, which databases and pages do not all keep. */
  static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

  private static final int[] NANO_SCALE = {
    0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1
  };

  private static final long NO_DATE = Long.MIN_VALUE;

  private InstantText() {}

  /** The day number of the {@code yyyy-MM-dd} at {@code off}, or NO_DATE if it is not a date. */
  private static long epochDay(byte[] c, int off) {
    int year = digits4(c, off);
    int month = digits2(c, off + 5);
    int day = digits2(c, off + 8);
    return year < 0 || !validDate(year, month, day) ? NO_DATE : epochDay(year, month, day);
  }

  /**
   * The instant the UTF-8 bytes {@code c[off, off + len)} write, or {@code null} if they write
   * none.
   */
  static Instant parse(byte[] c, int off, int len) {
    if (len < 17 || !datePunctuation(c, off)) {
      return null;
    }
    long epochDay = epochDay(c, off);
    int hour = digits2(c, off + 11);
    int minute = digits2(c, off + 14);
    if (epochDay == NO_DATE || !validTime(hour, minute)) {
      return null;
    }
    int p = off + 16;
    int end = off + len;
    int second = 0;
    int nano = 0;
    if (c[p] == ':') {
      second = p + 3 <= end ? digits2(c, p + 1) : -1;
      if (second < 0 || second > 59) {
        return null;
      }
      p += 3;
      if (p < end && (c[p] == '.' || c[p] == ',')) {
        int digitsEnd = fractionEnd(c, p + 1, end);
        int n = digitsEnd - p - 1;
        if (n < 1 || n > 9) {
          return null;
        }
        nano = digitsValue(c, p + 1, digitsEnd) * NANO_SCALE[n];
        p = digitsEnd;
      }
    }
    int offsetSeconds = offset(c, p, end);
    if (offsetSeconds == Integer.MIN_VALUE) {
      return null;
    }
    long local = epochDay * 86_400L + hour * 3_600L + minute * 60L + second;
    return Instant.ofEpochSecond(local - offsetSeconds, nano);
  }

  /** Whether {@code at} lies from {@link #EARLIEST} to {@link #LATEST}, both included. */
  static boolean kept(Instant at) {
    return !at.isBefore(EARLIEST) && !at.isAfter(LATEST);
  }

  static Instant parse(String s) {
    byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    return parse(b, 0, b.length);
  }

  private static boolean datePunctuation(byte[] c, int off) {
    byte t = c[off + 10];
    return c[off + 4] == '-'
        && c[off + 7] == '-'
        && (t == 'T' || t == 't' || t == ' ')
        && c[off + 13] == ':';
  }

  /** The offset from {@code c[p]} to exactly {@code end}, in seconds; MIN_VALUE if none. */
  private static int offset(byte[] c, int p, int end) {
    if (p == end - 1 && (c[p] == 'Z' || c[p] == 'z')) {
      return 0;
    }
    if (p != end - 6 || (c[p] != '+' && c[p] != '-') || c[p + 3] != ':') {
      return Integer.MIN_VALUE;
    }
    int h = digits2(c, p + 1);
    int m = digits2(c, p + 4);
    if (h < 0 || m < 0 || m > 59 || h * 60 + m > 18 * 60) {
      return Integer.MIN_VALUE;
    }
    int seconds = h * 3_600 + m * 60;
    return c[p] == '-' ? -seconds : seconds;
  }

  private static int fractionEnd(byte[] c, int p, int end) {
    while (p < end && c[p] >= '0' && c[p] <= '9') {
      p++;
    }
    return p;
  }

  private static int digitsValue(byte[] c, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + (c[i] - '0');
    }
    return v;
  }

  private static boolean validDate(int year, int month, int day) {
    return month >= 1 && month <= 12 && day >= 1 && day <= monthLength(year, month);
  }

  private static boolean validTime(int hour, int minute) {
    return hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59;
  }

  private static int monthLength(int year, int month) {
    if (month == 2) {
      boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
      return leap ? 29 : 28;
    }
    return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
  }

  /** Days from 1970-01-01 in the proleptic Gregorian calendar (Hinnant's days_from_civil). */
  static long epochDay(int year, int month, int day) {
    int y = month <= 2 ? year - 1 : year;
    int era = Math.floorDiv(y, 400);
    int yearOfEra = y - era * 400;
    int dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146_097L + dayOfEra - 719_468L;
  }

  /** Two decimal digits, or -1. */
  private static int digits2(byte[] c, int p) {
    int a = c[p] - '0';
    int b = c[p + 1] - '0';
    return a < 0 || a > 9 || b < 0 || b > 9 ? -1 : a * 10 + b;
  }

  private static int digits4(byte[] c, int p) {
    int hi = digits2(c, p);
    int lo = digits2(c, p + 2);
    return hi < 0 || lo < 0 ? -1 : hi * 100 + lo;
  }
}

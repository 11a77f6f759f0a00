package dev.pledge.event;

import dev.pledge.clock.TimelineEventType;
import dev.pledge.period.ReportingPeriod;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * How a field's text is read. Readers work on well-formed UTF-8 bytes where they lie in the file,
 * already stripped of surrounding blanks and never empty, so most values are read without making a
 * string first.
 */
enum ValueType {
  TEXT("text") {
    @Override
    Object read(byte[] b, int off, int len) {
      return text(b, off, len);
    }

    @Override
    Object read(char[] c, int off, int len) {
      return new String(c, off, len); // as given, even an unpaired surrogate escaped in JSON
    }
  },
  /** Text that repeats from line to line, such as a service or a pause reason. */
  LABEL("text") {
    @Override
    Object read(byte[] b, int off, int len) {
      return Labels.of(b, off, len);
    }

    @Override
    Object read(char[] c, int off, int len) {
      return new String(c, off, len);
    }
  },
  /** A JSONL line's kind. */
  FORM("a kind such as \"ticket\"") {
    @Override
    Object read(byte[] b, int off, int len) throws BadValue {
      RecordForm form = RecordForm.ofKindName(b, off, len);
      if (form == null) {
        throw new BadValue(RecordForm.notAKind(text(b, off, len)));
      }
      return form;
    }
  },
  INSTANT("an instant in quotes, e.g. \"" + InstantText.EXAMPLE + "\"") {
    @Override
    Object read(byte[] b, int off, int len) throws BadValue {
      Object t = InstantText.parse(b, off, len);
      if (t == null) {
        throw new BadValue(
            quote(b, off, len) + " is not an instant with an offset, e.g. " + InstantText.EXAMPLE);
      }
      if (!InstantText.kept((Instant) t)) {
        throw new BadValue(
            quote(b, off, len)
                + " is outside the instants kept; write one from "
                + InstantText.EARLIEST
                + " to "
                + InstantText.LATEST);
      }
      return t;
    }
  },
  DECIMAL("a number") {
    @Override
    Object read(byte[] b, int off, int len) throws BadValue {
      try {
        return new BigDecimal(text(b, off, len));
      } catch (NumberFormatException e) {
        throw new BadValue(quote(b, off, len) + " is not a number, e.g. 4 or 12.5");
      }
    }
  },
  WHOLE("a whole number") {
    @Override
    Object read(byte[] b, int off, int len) throws BadValue {
      try {
        return Long.parseLong(text(b, off, len));
      } catch (NumberFormatException e) {
        throw new BadValue(quote(b, off, len) + " is not a whole number, e.g. 120000");
      }
    }
  },
  FLAG("true or false") {
    @Override
    Object read(byte[] b, int off, int len) throws BadValue {
      String s = text(b, off, len).toLowerCase(Locale.ROOT);
      if (s.equals("true") || s.equals("yes")) {
        return Boolean.TRUE;
      }
      if (s.equals("false") || s.equals("no")) {
        return Boolean.FALSE;
      }
      throw new BadValue(quote(b, off, len) + " is not true or false");
    }
  },
  TICKET_TYPE("incident, request or complaint") {
    @Override
    Object read(byte[] b, int off, int len) throws BadValue {
      try {
        return TicketType.ofFileName(text(b, off, len));
      } catch (IllegalArgumentException e) {
        throw new BadValue(e.getMessage());
      }
    }
  },
  EVENT_TYPE("a timeline event such as \"reported\"") {
    @Override
    Object read(byte[] b, int off, int len) throws BadValue {
      TimelineEventType t = EventTypeNames.match(b, off, len);
      if (t == null) {
        throw new BadValue(
            quote(b, off, len)
                + " is not a timeline event; write one of "
                + String.join(", ", EventTypeNames.all()));
      }
      return t;
    }
  },
  PERIOD_LABEL("a date or a period such as \"2026-10\"") {
    @Override
    Object read(byte[] b, int off, int len) throws BadValue {
      String s = text(b, off, len);
      try {
        if (s.length() == 10) {
          LocalDate.parse(s);
        } else {
          ReportingPeriod.parse(s, ZoneOffset.UTC);
        }
        return s;
      } catch (IllegalArgumentException | DateTimeException e) {
        throw new BadValue(
            "'"
                + s
                + "' is not a date (2026-10-05), a month (2026-10), a quarter (2026-Q4)"
                + " or a year (2026)");
      }
    }
  },
  /** Only JSON has it: an array of timeline events. */
  TIMELINE("an array of timeline events, e.g. [{\"at\": ..., \"event\": ...}]") {
    @Override
    Object read(byte[] b, int off, int len) throws BadValue {
      throw new BadValue("expected " + expected);
    }
  };

  /** What a value of this type looks like, for messages. */
  final String expected;

  ValueType(String expected) {
    this.expected = expected;
  }

  /** The value the well-formed UTF-8 bytes {@code b[off, off + len)} write; never empty. */
  abstract Object read(byte[] b, int off, int len) throws BadValue;

  /** The value {@code c[off, off + len)} writes, as Jackson hands it over; never empty. */
  Object read(char[] c, int off, int len) throws BadValue {
    byte[] b = new String(c, off, len).getBytes(StandardCharsets.UTF_8);
    return read(b, 0, b.length);
  }

  static String text(byte[] b, int off, int len) {
    return new String(b, off, len, StandardCharsets.UTF_8);
  }

  static String quote(byte[] b, int off, int len) {
    return "'" + text(b, off, len) + "'";
  }
}

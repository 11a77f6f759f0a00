package dev.pledge.event;

import dev.pledge.clock.TimelineEvent;
import dev.pledge.clock.TimelineEventType;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the common JSONL line, fast: one object of known fields whose values are strings without
 * escapes, plain numbers, {@code true}, {@code false}, {@code null} or a timeline array. Anything
 * else (an escape, an unknown or repeated field, a nested object, a value that does not read, a
 * syntax error) makes it give up, having reported nothing; the line is then read again by Jackson,
 * which says exactly what is wrong. A line it does read gives the same fields as Jackson's reading
 * would (a property test holds the two together).
 *
 * <p>It exists for speed: Jackson's general parser spends about 3 µs on a ticket of ten timeline
 * events, this one a fraction of that. Positions are passed and returned as {@code int}s so that
 * the hot loops run on locals.
 */
final class FastJsonLine {

  private static final int GIVE_UP = -1;
  private static final ByteNames<Field> NAMES;

  static {
    Map<String, Field> names = new HashMap<>();
    for (Field f : Field.values()) {
      names.put(f.fileName, f);
    }
    NAMES = new ByteNames<>(names);
  }

  private final byte[] b;
  private final int end;
  private final FieldValues v;

  /** The value the last call of {@link #value} read; null for JSON null or blank text. */
  private Object value;

  /** The field the last call of {@link #name} read; null if the name is none of ours. */
  private Field field;

  private FastJsonLine(byte[] b, int end, FieldValues v) {
    this.b = b;
    this.end = end;
    this.v = v;
  }

  /**
   * Reads {@code b[start, start + length)} into {@code v}; false if it gave up, leaving {@code v}
   * to be reset.
   */
  static boolean read(byte[] b, int start, int length, FieldValues v) {
    return new FastJsonLine(b, start + length, v).object(start) != GIVE_UP;
  }

  private int object(int i) {
    i = expect(i, '{');
    if (i != GIVE_UP && peek(i = blanks(i)) == '}') {
      i++;
    } else {
      while (i != GIVE_UP) {
        i = member(i);
        int c = peek(i = blanks(i));
        if (c != ',') {
          i = c == '}' ? i + 1 : GIVE_UP;
          break;
        }
        i++;
      }
    }
    return i == GIVE_UP || blanks(i) != end ? GIVE_UP : i;
  }

  private int member(int i) {
    i = name(i);
    Field f = field;
    if (i == GIVE_UP || f == null || !v.give(f) || (i = expect(i, ':')) == GIVE_UP) {
      return GIVE_UP;
    }
    if (f == Field.TIMELINE) {
      return timeline(blanks(i));
    }
    i = value(i, f.type);
    if (i != GIVE_UP && value != null) {
      v.put(f, value);
    }
    return i;
  }

  private int timeline(int i) {
    if (peek(i) == 'n') {
      return literal(i, "null");
    }
    i = expect(i, '[');
    if (i != GIVE_UP && peek(i = blanks(i)) == ']') {
      return i + 1;
    }
    while (i != GIVE_UP) {
      i = timelineEvent(i);
      int c = peek(i = blanks(i));
      if (c != ',') {
        return c == ']' ? i + 1 : GIVE_UP;
      }
      i++;
    }
    return GIVE_UP;
  }

  private int timelineEvent(int i) {
    int quick = usualTimelineEvent(blanks(i));
    return quick != GIVE_UP ? quick : anyTimelineEvent(i);
  }

  /**
   * A timeline event as writers almost always write it, {@code {"at":"…","event":"…"}} with an
   * optional {@code "reason"} last and at most one space after colons and commas: checked against
   * that pattern instead of read name by name, which saves about a sixth of a ticket's time.
   */
  private int usualTimelineEvent(int i) {
    i = quotedInstant(literal(i, "{\"at\":"));
    Object at = value;
    i = quotedValue(literal(space(literal(i, ",")), "\"event\":"), ValueType.EVENT_TYPE);
    Object type = value;
    Object reason = null;
    if (peek(i) == ',') {
      i = quotedValue(literal(space(i + 1), "\"reason\":"), ValueType.LABEL);
      reason = value;
    }
    if (peek(i) != '}' || at == null || type == null) {
      return GIVE_UP;
    }
    v.timeline().add(new TimelineEvent((Instant) at, (TimelineEventType) type, (String) reason));
    return i + 1;
  }

  /**
   * After a colon: an optional space, then an instant in quotes. The usual ones, {@code
   * 2026-10-03T10:00:00+08:00} and {@code 2026-10-03T02:00:00Z}, are read where they lie, without
   * looking for the closing quote first: an instant that reads holds only digits and punctuation,
   * never a quote, an escape or a blank, so the string ends exactly there.
   */
  private int quotedInstant(int i) {
    i = space(i);
    if (peek(i) != '"') {
      return GIVE_UP;
    }
    int from = i + 1;
    int length =
        from + 25 < end && b[from + 25] == '"'
            ? 25
            : from + 20 < end && b[from + 20] == '"' ? 20 : 0;
    Instant at = length == 0 ? null : InstantText.parse(b, from, length);
    if (at == null || !InstantText.kept(at)) {
      // Read again the slow way, which says what is wrong with it.
      return string(from, ValueType.INSTANT);
    }
    value = at;
    return from + length + 1;
  }

  /** After a colon: an optional space, then a string value. */
  private int quotedValue(int i, ValueType type) {
    i = space(i);
    return peek(i) == '"' ? string(i + 1, type) : GIVE_UP;
  }

  private int space(int i) {
    return peek(i) == ' ' ? i + 1 : i;
  }

  private int anyTimelineEvent(int i) {
    i = expect(i, '{');
    Instant at = null;
    TimelineEventType type = null;
    String reason = null;
    int seen = 0;
    while (i != GIVE_UP) {
      i = name(i);
      Field f = field;
      int bit = f == Field.AT ? 1 : f == Field.EVENT ? 2 : f == Field.REASON ? 4 : 0;
      if (i == GIVE_UP || bit == 0 || (seen & bit) != 0) {
        return GIVE_UP;
      }
      seen |= bit;
      i = expect(i, ':');
      i = i == GIVE_UP ? GIVE_UP : value(i, f.type);
      if (i == GIVE_UP) {
        return GIVE_UP;
      }
      if (bit == 1) {
        at = (Instant) value;
      } else if (bit == 2) {
        type = (TimelineEventType) value;
      } else {
        reason = (String) value;
      }
      int c = peek(i = blanks(i));
      if (c != ',') {
        i = c == '}' ? i + 1 : GIVE_UP;
        break;
      }
      i++;
    }
    if (i == GIVE_UP || at == null || type == null) {
      return GIVE_UP;
    }
    v.timeline().add(new TimelineEvent(at, type, reason));
    return i;
  }

  /** A field name in quotes; sets {@link #field}. */
  private int name(int i) {
    i = expect(i, '"');
    if (i == GIVE_UP) {
      return GIVE_UP;
    }
    byte[] b = this.b;
    int end = this.end;
    int from = i;
    while (i < end && b[i] != '"') {
      i++;
    }
    if (i == end) {
      return GIVE_UP;
    }
    field = NAMES.find(b, from, i - from); // a name with an escape matches none of ours
    return i + 1;
  }

  /** A scalar read as {@code type}; sets {@link #value}. */
  private int value(int i, ValueType type) {
    int c = peek(i = blanks(i));
    if (c == '"') {
      return string(i + 1, type);
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
      return number(i, type);
    }
    value = null;
    if (c == 'n') {
      return literal(i, "null");
    }
    if (type == ValueType.FLAG && (c == 't' || c == 'f')) {
      value = c == 't';
      return literal(i, c == 't' ? "true" : "false");
    }
    return GIVE_UP;
  }

  /** A string from after its opening quote: no escape, no control character, valid UTF-8. */
  private int string(int i, ValueType type) {
    byte[] b = this.b;
    int end = this.end;
    int from = i;
    int high = 0;
    while (i + 8 <= end && Swar.jsonStringStop(Swar.word(b, i)) == 0) {
      i += 8; // most strings are plain ASCII: eight bytes checked at a time
    }
    while (true) {
      if (i == end) {
        return GIVE_UP;
      }
      int c = b[i];
      if (c == '"') {
        break;
      }
      if (c == '\\' || (c >= 0 && c < 0x20)) {
        return GIVE_UP;
      }
      high |= c;
      i++;
    }
    int to = i;
    if (high < 0 && !Utf8.isWellFormed(b, from, to)) {
      return GIVE_UP;
    }
    while (from < to && b[from] <= ' ' && b[from] >= 0) {
      from++;
    }
    while (to > from && b[to - 1] <= ' ' && b[to - 1] >= 0) {
      to--;
    }
    return convert(type, from, to) ? i + 1 : GIVE_UP;
  }

  /** Sets {@link #value} to the bytes read as {@code type}; false if they do not read. */
  private boolean convert(ValueType type, int from, int to) {
    if (from == to) {
      value = null;
      return true;
    }
    try {
      value = type.read(b, from, to - from);
      return true;
    } catch (BadValue e) {
      return false;
    }
  }

  /** A number as JSON writes it: {@code -?(0|[1-9]d*)(.d+)?([eE][+-]?d+)?}. */
  private int number(int i, ValueType type) {
    int from = i;
    if (b[i] == '-') {
      i++;
    }
    if (i < end && b[i] == '0') {
      i++;
    } else if ((i = digits(i)) == GIVE_UP) {
      return GIVE_UP;
    }
    boolean integral = true;
    if (i < end && b[i] == '.') {
      integral = false;
      if ((i = digits(i + 1)) == GIVE_UP) {
        return GIVE_UP;
      }
    }
    if (i < end && (b[i] == 'e' || b[i] == 'E')) {
      integral = false;
      i++;
      if (i < end && (b[i] == '+' || b[i] == '-')) {
        i++;
      }
      if ((i = digits(i)) == GIVE_UP) {
        return GIVE_UP;
      }
    }
    boolean readable =
        type == ValueType.DECIMAL
            || type == ValueType.TEXT
            || type == ValueType.LABEL
            || (type == ValueType.WHOLE && integral && i - from <= 18);
    return readable && convert(type, from, i) ? i : GIVE_UP;
  }

  /** One digit or more; GIVE_UP if none. */
  private int digits(int i) {
    int from = i;
    while (i < end && b[i] >= '0' && b[i] <= '9') {
      i++;
    }
    return i == from ? GIVE_UP : i;
  }

  private int literal(int i, String word) {
    if (i == GIVE_UP || end - i < word.length()) {
      return GIVE_UP;
    }
    for (int k = 0; k < word.length(); k++) {
      if (b[i + k] != word.charAt(k)) {
        return GIVE_UP;
      }
    }
    return i + word.length();
  }

  private int expect(int i, char c) {
    if (i == GIVE_UP) {
      return GIVE_UP;
    }
    i = blanks(i);
    return peek(i) == c ? i + 1 : GIVE_UP;
  }

  /** The byte at {@code i}, or -1 at the end or after giving up. */
  private int peek(int i) {
    return i == GIVE_UP || i >= end ? -1 : b[i];
  }

  /** Skips JSON whitespace. */
  private int blanks(int i) {
    if (i == GIVE_UP) {
      return GIVE_UP;
    }
    byte[] b = this.b;
    while (i < end && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) {
      i++;
    }
    return i;
  }
}

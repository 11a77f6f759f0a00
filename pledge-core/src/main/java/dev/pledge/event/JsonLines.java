package dev.pledge.event;

import dev.pledge.clock.TimelineEvent;
import dev.pledge.clock.TimelineEventType;
import dev.pledge.yaml.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads JSONL: one JSON object per line, its {@code kind} naming what it is. Each line gets a
 * parser of its own over the line's bytes, so a broken line is reported with its number and the
 * next line is read as if nothing had happened. Values go straight from the parser's characters
 * into typed fields; no tree is built.
 */
final class JsonLines {

  private static final JsonFactory FACTORY = JsonFactory.builder().build();
  private static final List<String> TIMELINE_FIELDS = List.of("at", "event", "reason");
  private static final ValueType[] TIMELINE_TYPES = {
    Field.AT.type, Field.EVENT.type, Field.REASON.type
  };

  private JsonLines() {}

  static void read(InputStream in, Pass pass) throws IOException {
    LineReader lines = new LineReader(in);
    FieldValues v = pass.values();
    while (lines.next()) {
      if (lines.isTooLong() || !lines.isBlankOrComment()) {
        v.begin(lines.number());
        pass.line(parse(lines, v), v);
      }
    }
  }

  /** Reads the line into {@code v}; returns its form, or null if it cannot tell. */
  private static RecordForm parse(LineReader line, FieldValues v) {
    if (line.isTooLong()) {
      v.problem("", "the line is longer than 16 MB; each line holds one event");
      return null;
    }
    if (!FastJsonLine.read(line.buffer(), line.start(), line.length(), v)) {
      v.begin(line.number());
      if (!readWithJackson(line.buffer(), line.start(), line.length(), v)) {
        return null;
      }
    }
    return form(v);
  }

  /** Reads a line with Jackson, reporting any problem; false if it is not one JSON object. */
  static boolean readWithJackson(byte[] bytes, int start, int length, FieldValues v) {
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), bytes, start, length)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        v.problem("", "expected a JSON object {...}; each line holds one");
        return false;
      }
      readObject(p, v);
      if (p.nextToken() != null) {
        v.problem("", "the line goes on after its JSON object; put one object on each line");
        return false;
      }
      return true;
    } catch (JacksonException e) {
      v.problem("", notJson(e));
      return false;
    }
  }

  /** Jackson's words, without the parts that describe its internals. */
  private static String notJson(JacksonException e) {
    String m = e.getOriginalMessage();
    if (m.startsWith("Unexpected end-of-input")) {
      return "the line ends before its JSON value does; write each object whole on one line";
    }
    int internals = m.indexOf(" (start marker at");
    m = internals < 0 ? m : m.substring(0, internals);
    String column = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
    return "not valid JSON" + column + ": " + m.lines().findFirst().orElse("").strip();
  }

  private static RecordForm form(FieldValues v) {
    RecordForm form = (RecordForm) v.get(Field.KIND);
    if (form == null && !v.isBad(Field.KIND)) {
      v.problem(Field.KIND, "is required: one of " + String.join(", ", RecordForm.kindNames()));
    }
    return form;
  }

  private static void readObject(JsonParser p, FieldValues v) {
    String name;
    while ((name = p.nextName()) != null) {
      JsonToken t = p.nextToken();
      Field f = Field.named(name);
      if (f == null) {
        v.unknown(name);
        p.skipChildren();
      } else if (!v.give(f)) {
        v.problem(name, "is given twice");
        p.skipChildren();
      } else if (f == Field.TIMELINE) {
        readTimeline(p, t, v);
      } else {
        readField(p, t, f, v);
      }
    }
  }

  private static void readField(JsonParser p, JsonToken t, Field f, FieldValues v) {
    try {
      Object value = value(p, t, f.type);
      if (value != null) {
        v.put(f, value);
      }
    } catch (BadValue e) {
      v.bad(f, e.getMessage());
    }
  }

  /** The token's value read as {@code type}; null for JSON null or blank text. */
  private static Object value(JsonParser p, JsonToken t, ValueType type) throws BadValue {
    switch (t) {
      case VALUE_NULL:
        return null;
      case VALUE_STRING:
        return text(p, type);
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return number(p, t, type);
      case VALUE_TRUE:
      case VALUE_FALSE:
        if (type == ValueType.FLAG) {
          return t == JsonToken.VALUE_TRUE;
        }
        throw wrongJsonType(type, t == JsonToken.VALUE_TRUE ? "true" : "false");
      default:
        p.skipChildren();
        throw wrongJsonType(type, t == JsonToken.START_ARRAY ? "an array" : "an object");
    }
  }

  private static Object text(JsonParser p, ValueType type) throws BadValue {
    char[] c = p.getTextCharacters();
    int from = p.getTextOffset();
    int to = from + p.getTextLength();
    while (from < to && c[from] <= ' ') {
      from++;
    }
    while (to > from && c[to - 1] <= ' ') {
      to--;
    }
    return from == to ? null : type.read(c, from, to - from);
  }

  /** Numbers stay exact: decimals never pass through a double. Ids may be numbers too. */
  private static Object number(JsonParser p, JsonToken t, ValueType type) throws BadValue {
    switch (type) {
      case DECIMAL:
        return p.getDecimalValue();
      case TEXT:
      case LABEL:
        return p.getText();
      case WHOLE:
        if (t == JsonToken.VALUE_NUMBER_INT) {
          try {
            return p.getLongValue();
          } catch (InputCoercionException e) {
            throw new BadValue(p.getText() + " is too large");
          }
        }
        throw new BadValue(p.getText() + " is not a whole number, e.g. 120000");
      default:
        throw wrongJsonType(type, "the number " + p.getText());
    }
  }

  private static BadValue wrongJsonType(ValueType type, String found) {
    return new BadValue("expected " + type.expected + ", found " + found);
  }

  private static void readTimeline(JsonParser p, JsonToken t, FieldValues v) {
    if (t == JsonToken.VALUE_NULL) {
      return;
    }
    if (t != JsonToken.START_ARRAY) {
      p.skipChildren();
      v.bad(Field.TIMELINE, "expected " + ValueType.TIMELINE.expected);
      return;
    }
    int i = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      readTimelineEvent(p, v, i++);
    }
  }

  private static void readTimelineEvent(JsonParser p, FieldValues v, int index) {
    String path = "timeline[" + index + "]";
    if (p.currentToken() != JsonToken.START_OBJECT) {
      p.skipChildren();
      v.problem(path, "expected a timeline event {\"at\": ..., \"event\": ...}");
      return;
    }
    Object[] values = new Object[TIMELINE_FIELDS.size()];
    boolean[] given = new boolean[TIMELINE_FIELDS.size()];
    boolean bad = false;
    String name;
    while ((name = p.nextName()) != null) {
      JsonToken t = p.nextToken();
      int k = TIMELINE_FIELDS.indexOf(name);
      bad |= !timelineField(p, t, v, path, name, k, values, given);
    }
    if (!bad && (values[0] == null || values[1] == null)) {
      v.problem(
          path + "." + (values[0] == null ? "at" : "event"),
          "is required: a timeline event needs at and event");
    } else if (!bad) {
      v.timeline()
          .add(
              new TimelineEvent(
                  (Instant) values[0], (TimelineEventType) values[1], (String) values[2]));
    }
  }

  /** Reads one field of a timeline event into {@code values}; false after a problem. */
  private static boolean timelineField(
      JsonParser p,
      JsonToken t,
      FieldValues v,
      String path,
      String name,
      int k,
      Object[] values,
      boolean[] given) {
    if (k < 0 || given[k]) {
      p.skipChildren();
      v.problem(path + "." + name, k < 0 ? unknownTimelineField(name) : "is given twice");
      return false;
    }
    given[k] = true;
    try {
      values[k] = value(p, t, TIMELINE_TYPES[k]);
      return true;
    } catch (BadValue e) {
      v.problem(path + "." + name, e.getMessage());
      return false;
    }
  }

  private static String unknownTimelineField(String name) {
    String closest = Problems.closest(name, TIMELINE_FIELDS);
    String hint = closest == null ? "." : "; did you mean '" + closest + "'?";
    return "unknown field for a timeline event" + hint + " Valid fields: at, event, reason";
  }
}

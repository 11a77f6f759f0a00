package dev.pledge.event;

import dev.pledge.clock.TimelineEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The fields of the line being read, typed, and the problems found on it. One instance is reused
 * line after line, so reading allocates only the values themselves.
 */
final class FieldValues {

  private static final Field[] FIELDS = Field.values();

  private final Object[] values = new Object[FIELDS.length];
  private final List<String> unknownNames = new ArrayList<>();
  private final List<TimelineEvent> timeline = new ArrayList<>();
  private final Pass pass;
  private long line;
  private long given;
  private long present;
  private long bad;
  private int problems;

  FieldValues(Pass pass) {
    this.pass = pass;
  }

  /** Starts physical line {@code line}: nothing given, no problems. */
  void begin(long line) {
    this.line = line;
    if (present != 0) {
      Arrays.fill(values, null);
    }
    unknownNames.clear();
    timeline.clear();
    given = 0;
    present = 0;
    bad = 0;
    problems = 0;
  }

  long line() {
    return line;
  }

  /** Notes that {@code f} is given on this line; false if it already was. */
  boolean give(Field f) {
    boolean first = (given & f.bit()) == 0;
    given |= f.bit();
    return first;
  }

  void put(Field f, Object value) {
    values[f.ordinal()] = value;
    present |= f.bit();
  }

  /** Records that {@code f}'s value cannot be read, and why. */
  void bad(Field f, String message) {
    bad |= f.bit();
    problem(f.fileName, message);
  }

  void unknown(String name) {
    unknownNames.add(name);
  }

  List<String> unknownNames() {
    return unknownNames;
  }

  List<TimelineEvent> timeline() {
    return timeline;
  }

  void problem(String field, String message) {
    problems++;
    pass.problem(line, field, message);
  }

  void problem(Field field, String message) {
    problem(field.fileName, message);
  }

  boolean hasProblems() {
    return problems > 0;
  }

  boolean has(Field f) {
    return (present & f.bit()) != 0;
  }

  boolean isBad(Field f) {
    return (bad & f.bit()) != 0;
  }

  long presentOrBadBits() {
    return present | bad;
  }

  long givenBits() {
    return given;
  }

  Object get(Field f) {
    return values[f.ordinal()];
  }

  String text(Field f) {
    return (String) values[f.ordinal()];
  }

  /** The text, or empty if absent. */
  String textOrEmpty(Field f) {
    Object v = values[f.ordinal()];
    return v == null ? "" : (String) v;
  }

  Instant instant(Field f) {
    return (Instant) values[f.ordinal()];
  }

  BigDecimal decimal(Field f) {
    return (BigDecimal) values[f.ordinal()];
  }

  long whole(Field f) {
    return (Long) values[f.ordinal()];
  }
}

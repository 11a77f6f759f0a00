package dev.pledge.event;

import static dev.pledge.event.Field.APPROVED;
import static dev.pledge.event.Field.ASSET;
import static dev.pledge.event.Field.AT;
import static dev.pledge.event.Field.CATEGORY;
import static dev.pledge.event.Field.CAUSE;
import static dev.pledge.event.Field.COUNT;
import static dev.pledge.event.Field.COVERING;
import static dev.pledge.event.Field.CUSTOMER;
import static dev.pledge.event.Field.DETECTED_AT;
import static dev.pledge.event.Field.END;
import static dev.pledge.event.Field.EVENT;
import static dev.pledge.event.Field.ID;
import static dev.pledge.event.Field.KIND;
import static dev.pledge.event.Field.METRIC;
import static dev.pledge.event.Field.NOTE;
import static dev.pledge.event.Field.OBLIGATION;
import static dev.pledge.event.Field.OUT_OF;
import static dev.pledge.event.Field.RATED_AT;
import static dev.pledge.event.Field.RATING;
import static dev.pledge.event.Field.RATING_SCALE;
import static dev.pledge.event.Field.REASON;
import static dev.pledge.event.Field.REPORTED_AT;
import static dev.pledge.event.Field.REPORTED_VIA;
import static dev.pledge.event.Field.RESTORED_AT;
import static dev.pledge.event.Field.SCALE;
import static dev.pledge.event.Field.SCORE;
import static dev.pledge.event.Field.SERVICE;
import static dev.pledge.event.Field.SEVERITY;
import static dev.pledge.event.Field.START;
import static dev.pledge.event.Field.TICKET;
import static dev.pledge.event.Field.TIMELINE;
import static dev.pledge.event.Field.TYPE;
import static dev.pledge.event.Field.UNIT;
import static dev.pledge.event.Field.VALUE;

import dev.pledge.yaml.Problems;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The shapes a line (or CSV record) may take: which fields it may have and which it must have. A
 * ticket comes in two: whole on one line, or one row per timeline event.
 */
enum RecordForm {
  TICKET_WHOLE(
      "ticket",
      EventKind.TICKET,
      "a ticket",
      List.of(ID, SERVICE, TYPE),
      List.of(
          SEVERITY,
          CUSTOMER,
          ASSET,
          CAUSE,
          CATEGORY,
          REPORTED_VIA,
          TIMELINE,
          RATING,
          RATING_SCALE,
          RATED_AT)),
  TICKET_ROW(
      "ticket_event",
      EventKind.TICKET,
      "a ticket event",
      List.of(TICKET, AT, EVENT),
      List.of(
          REASON,
          SERVICE,
          TYPE,
          SEVERITY,
          CUSTOMER,
          ASSET,
          CAUSE,
          CATEGORY,
          REPORTED_VIA,
          RATING,
          RATING_SCALE,
          RATED_AT)),
  OUTAGE(
      "outage",
      EventKind.OUTAGE,
      "an outage",
      List.of(ID, SERVICE),
      List.of(DETECTED_AT, REPORTED_AT, RESTORED_AT, CAUSE)),
  MAINTENANCE(
      "maintenance",
      EventKind.MAINTENANCE,
      "a maintenance window",
      List.of(ID, START, END, APPROVED),
      List.of()),
  MEASUREMENT(
      "measurement",
      EventKind.MEASUREMENT,
      "a measurement",
      List.of(ID, AT, METRIC, VALUE, UNIT),
      List.of()),
  RATING_FORM("rating", EventKind.RATING, "a rating", List.of(ID, AT, SCORE, SCALE), List.of()),
  COUNT_FORM(
      "count", EventKind.COUNT, "a count", List.of(ID, AT, METRIC, COUNT, OUT_OF), List.of()),
  FULFILMENT(
      "fulfilment",
      EventKind.FULFILMENT,
      "a fulfilment",
      List.of(ID, OBLIGATION, AT),
      List.of(COVERING, NOTE));

  /** The forms a CSV file may hold: all but a whole ticket, which needs a nested timeline. */
  static final List<RecordForm> CSV =
      java.util.Arrays.stream(values()).filter(f -> f != TICKET_WHOLE).toList();

  final String kindName;

  /** What a CSV file of this form is called in messages: "ticket", "outage". */
  final String csvName;

  final EventKind kind;
  final String described;
  final List<Field> required;
  final List<Field> fields;
  private final long allowedBits;
  private final long requiredBits;

  RecordForm(
      String kindName,
      EventKind kind,
      String described,
      List<Field> required,
      List<Field> optional) {
    this.kindName = kindName;
    this.csvName = kind == EventKind.TICKET ? "ticket" : kindName;
    this.kind = kind;
    this.described = described;
    this.required = required;
    List<Field> all = new ArrayList<>(required);
    all.addAll(optional);
    this.fields = List.copyOf(all);
    this.requiredBits = bits(required);
    this.allowedBits = bits(fields) | KIND.bit();
  }

  /** The form a JSONL line's {@code kind} names, in UTF-8 bytes; null if none. */
  static RecordForm ofKindName(byte[] b, int off, int len) {
    return Names.KINDS.find(b, off, len);
  }

  /** Why {@code kind} is not a kind, naming the closest. */
  static String notAKind(String kind) {
    List<String> kinds = kindNames();
    String closest = Problems.closest(kind, kinds);
    String hint = closest == null ? "." : "; did you mean '" + closest + "'?";
    return "'" + kind + "' is not a kind" + hint + " Kinds: " + String.join(", ", kinds);
  }

  /** Built once all forms exist. */
  private static final class Names {
    static final ByteNames<RecordForm> KINDS = kinds();

    private static ByteNames<RecordForm> kinds() {
      Map<String, RecordForm> names = new HashMap<>();
      for (RecordForm f : values()) {
        names.put(f.kindName, f);
      }
      return new ByteNames<>(names);
    }
  }

  static List<String> kindNames() {
    List<String> names = new ArrayList<>();
    for (RecordForm f : values()) {
      names.add(f.kindName);
    }
    return names;
  }

  /** The fields a JSONL line of this form may have, {@code kind} included. */
  long allowedBits() {
    return allowedBits;
  }

  long requiredBits() {
    return requiredBits;
  }

  List<String> fieldNames() {
    List<String> names = new ArrayList<>();
    for (Field f : fields) {
      names.add(f.fileName);
    }
    return names;
  }

  private static long bits(List<Field> fields) {
    long b = 0;
    for (Field f : fields) {
      b |= f.bit();
    }
    return b;
  }
}

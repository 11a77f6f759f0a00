package dev.pledge.event;

import java.util.HashMap;
import java.util.Map;

/**
 * Every field any kind of event has, by the name files give it. A name means the same, and is read
 * the same way, in every kind that has it, so a line's fields can be read before its kind is known.
 */
enum Field {
  KIND("kind", ValueType.FORM),
  ID("id", ValueType.TEXT),
  TICKET("ticket", ValueType.LABEL),
  SERVICE("service", ValueType.LABEL),
  TYPE("type", ValueType.TICKET_TYPE),
  SEVERITY("severity", ValueType.LABEL),
  CUSTOMER("customer", ValueType.LABEL),
  ASSET("asset", ValueType.TEXT),
  CAUSE("cause", ValueType.LABEL),
  CATEGORY("category", ValueType.LABEL),
  REPORTED_VIA("reported_via", ValueType.LABEL),
  TIMELINE("timeline", ValueType.TIMELINE),
  AT("at", ValueType.INSTANT),
  EVENT("event", ValueType.EVENT_TYPE),
  REASON("reason", ValueType.LABEL),
  RATING("rating", ValueType.DECIMAL),
  RATING_SCALE("rating_scale", ValueType.DECIMAL),
  RATED_AT("rated_at", ValueType.INSTANT),
  DETECTED_AT("detected_at", ValueType.INSTANT),
  REPORTED_AT("reported_at", ValueType.INSTANT),
  RESTORED_AT("restored_at", ValueType.INSTANT),
  START("start", ValueType.INSTANT),
  END("end", ValueType.INSTANT),
  APPROVED("approved", ValueType.FLAG),
  METRIC("metric", ValueType.LABEL),
  VALUE("value", ValueType.DECIMAL),
  UNIT("unit", ValueType.LABEL),
  SCORE("score", ValueType.DECIMAL),
  SCALE("scale", ValueType.DECIMAL),
  COUNT("count", ValueType.WHOLE),
  OUT_OF("out_of", ValueType.WHOLE),
  OBLIGATION("obligation", ValueType.LABEL),
  COVERING("covering", ValueType.PERIOD_LABEL),
  NOTE("note", ValueType.TEXT);

  private static final Map<String, Field> BY_NAME = new HashMap<>();

  static {
    for (Field f : values()) {
      BY_NAME.put(f.fileName, f);
    }
  }

  final String fileName;
  final ValueType type;

  Field(String fileName, ValueType type) {
    this.fileName = fileName;
    this.type = type;
  }

  /** The field files call {@code name} (exactly), or {@code null}. */
  static Field named(String name) {
    return BY_NAME.get(name);
  }

  long bit() {
    return 1L << ordinal();
  }
}

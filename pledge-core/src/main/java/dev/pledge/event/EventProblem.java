package dev.pledge.event;

import java.util.Objects;

/**
 * One thing wrong in an event file.
 *
 * @param source the file's name, or whatever the caller called the input
 * @param line the 1-based physical line it is on (for a CSV record spanning lines, the line it
 *     starts on); 0 when it concerns the whole file
 * @param field the JSON field or CSV column it concerns, e.g. {@code at} or {@code timeline[2].at};
 *     empty when it concerns the whole line
 * @param message what is wrong, in words that say what to do
 */
public record EventProblem(String source, long line, String field, String message) {

  public EventProblem {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }

  /** E.g. {@code events.jsonl line 14: field 'at': '2026-10-03 10:00' is not an instant …}. */
  @Override
  public String toString() {
    String where = line > 0 ? source + " line " + line : source;
    String what = field.isEmpty() ? "" : "field '" + field + "': ";
    return where + ": " + what + message;
  }
}

package dev.pledge.calendar.holiday;

import java.util.List;
import java.util.Objects;

/**
 * A holiday file (a schedule file or an iCalendar file) that cannot be read, with every problem
 * found in it, each naming its line and field. Nothing of a file with problems is used.
 */
public final class HolidayFileException extends IllegalArgumentException {

  /**
   * One problem: the line it is on (1-based, counting the file's physical lines), the field or
   * iCalendar property it concerns, and what is wrong in words that say what to do.
   */
  public record Problem(int line, String field, String message) {
    public Problem {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
      return "line " + line + ": " + message;
    }
  }

  private final String source;
  private final List<Problem> problems;

  HolidayFileException(String source, List<Problem> problems) {
    super(describe(source, problems));
    this.source = source;
    this.problems = List.copyOf(problems);
  }

  /** The file's name, or whatever the caller called the text. */
  public String source() {
    return source;
  }

  /** Every problem found, in line order. */
  public List<Problem> problems() {
    return problems;
  }

  private static String describe(String source, List<Problem> problems) {
    if (problems.size() == 1) {
      return source + ": " + problems.get(0);
    }
    StringBuilder s = new StringBuilder(source + " has " + problems.size() + " problems:");
    for (Problem p : problems) {
      s.append("\n  ").append(p);
    }
    return s.toString();
  }
}

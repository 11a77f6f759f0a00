package dev.pledge.event;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Event files that cannot be read as they are: carries the problems found, in file and line order,
 * and how many more there were beyond those listed. Nothing of the files was delivered.
 */
public final class EventFileException extends IllegalArgumentException {

  private final List<EventProblem> problems;
  private final long unlisted;

  EventFileException(List<EventProblem> problems, long unlisted) {
    super(describe(problems, unlisted));
    this.problems = List.copyOf(problems);
    this.unlisted = unlisted;
  }

  /** The problems listed, at most {@value EventReader#LISTED_PROBLEMS}. */
  public List<EventProblem> problems() {
    return problems;
  }

  /** How many more problems there were beyond those listed. */
  public long unlistedProblems() {
    return unlisted;
  }

  private static String describe(List<EventProblem> problems, long unlisted) {
    Set<String> sources = new LinkedHashSet<>();
    problems.forEach(p -> sources.add(p.source()));
    long total = problems.size() + unlisted;
    StringBuilder s = new StringBuilder();
    s.append(String.join(", ", sources)).append(": ").append(total);
    s.append(total == 1 ? " problem" : " problems").append("; nothing was read");
    for (EventProblem p : problems) {
      s.append("\n  ").append(p);
    }
    if (unlisted > 0) {
      s.append("\n  and ").append(unlisted).append(" more");
    }
    return s.toString();
  }
}

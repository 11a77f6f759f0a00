package dev.pledge.yaml;

import java.util.List;
import java.util.stream.Collectors;

/** A definition with problems; carries every problem found, not just the first. */
public final class InvalidDefinitionException extends RuntimeException {

  private final String source;
  private final List<Problem> problems;

  public InvalidDefinitionException(String source, List<Problem> problems) {
    super(format(source, problems));
    this.source = source;
    this.problems = List.copyOf(problems);
  }

  public String source() {
    return source;
  }

  public List<Problem> problems() {
    return problems;
  }

  private static String format(String source, List<Problem> problems) {
    String head =
        source + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems");
    return head + problems.stream().map(p -> "\n  - " + p).collect(Collectors.joining());
  }
}

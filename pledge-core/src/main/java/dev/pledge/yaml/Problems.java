package dev.pledge.yaml;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Collects every problem of a definition while it is read, so they can be reported all at once, and
 * offers typed reads of {@link YamlNode}s that record a problem instead of throwing.
 */
public final class Problems {

  private final String source;
  private final List<Problem> problems = new ArrayList<>();

  public Problems(String source) {
    this.source = source;
  }

  public String source() {
    return source;
  }

  public void add(YamlNode at, String message) {
    problems.add(new Problem(at.location(), at.path(), message));
  }

  public void add(Location at, String path, String message) {
    problems.add(new Problem(at, path, message));
  }

  public boolean isEmpty() {
    return problems.isEmpty();
  }

  public List<Problem> list() {
    return List.copyOf(problems);
  }

  /** Throws an {@link InvalidDefinitionException} listing every problem, if there is any. */
  public void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new InvalidDefinitionException(source, problems);
    }
  }

  /** The node as a mapping, or a problem. */
  public Optional<YamlNode.Mapping> mapping(YamlNode node) {
    if (node instanceof YamlNode.Mapping m) {
      return Optional.of(m);
    }
    add(node, "expected a mapping of keys to values, found " + node.kind());
    return Optional.empty();
  }

  /** The node as a list; a single scalar is read as a list of one. */
  public List<YamlNode> list(YamlNode node) {
    if (node instanceof YamlNode.Sequence s) {
      return s.items();
    }
    if (node instanceof YamlNode.Scalar s && s.isNull()) {
      return List.of();
    }
    if (node instanceof YamlNode.Scalar) {
      return List.of(node);
    }
    add(node, "expected a list, found " + node.kind());
    return List.of();
  }

  /**
   * Records a problem for every key of {@code m} not in {@code allowed}, naming the closest one.
   */
  public void onlyKeys(YamlNode.Mapping m, Collection<String> allowed) {
    for (YamlNode.Entry e : m.entries().values()) {
      if (!allowed.contains(e.key())) {
        String path = m.path().isEmpty() ? e.key() : m.path() + "." + e.key();
        add(e.keyLocation(), path, unknownKey(e.key(), allowed));
      }
    }
  }

  /** Records a problem if {@code key} is missing from {@code m}. */
  public Optional<YamlNode> required(YamlNode.Mapping m, String key, String hint) {
    Optional<YamlNode> value =
        m.get(key).filter(v -> !(v instanceof YamlNode.Scalar s && s.isNull()));
    if (value.isEmpty()) {
      String path = m.path().isEmpty() ? key : m.path() + "." + key;
      add(m.location(), path, "'" + key + "' is required: " + hint);
    }
    return value;
  }

  /** The scalar's text, or a problem if it is not a non-empty scalar. */
  public Optional<String> text(YamlNode node) {
    if (node instanceof YamlNode.Scalar s && !s.isNull() && !s.text().isBlank()) {
      return Optional.of(s.text().trim());
    }
    add(node, "expected a value, found " + node.kind());
    return Optional.empty();
  }

  /**
   * Reads a scalar with {@code parse}; an {@link IllegalArgumentException} or {@link
   * java.time.DateTimeException} from it becomes a problem carrying {@code expected}.
   */
  public <T> Optional<T> parse(YamlNode node, String expected, Function<String, T> parse) {
    return text(node)
        .flatMap(
            t -> {
              try {
                return Optional.of(parse.apply(t));
              } catch (IllegalArgumentException | java.time.DateTimeException e) {
                add(node, "'" + t + "' is not " + expected + detail(e));
                return Optional.empty();
              }
            });
  }

  private static String detail(RuntimeException e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? "" : " (" + m + ")";
  }

  static String unknownKey(String key, Collection<String> allowed) {
    String closest = closest(key, allowed);
    String suggestion = closest == null ? "" : "; did you mean '" + closest + "'?";
    return "unknown key '" + key + "'" + suggestion + " Valid keys: " + String.join(", ", allowed);
  }

  /** The allowed word nearest to {@code word} by edit distance, if near enough to be a typo. */
  public static String closest(String word, Collection<String> allowed) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String a : allowed) {
      int d = distance(word.toLowerCase(), a.toLowerCase());
      if (d < bestDistance) {
        best = a;
        bestDistance = d;
      }
    }
    return bestDistance <= Math.max(2, word.length() / 3) ? best : null;
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}

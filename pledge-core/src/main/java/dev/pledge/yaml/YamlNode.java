package dev.pledge.yaml;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A YAML document as a tree that remembers where each node stood, so that a definition's problems
 * can name their line and column.
 */
public sealed interface YamlNode {

  Location location();

  /** The dotted path from the document root, e.g. {@code commitments[2].target}. */
  String path();

  /** A scalar: its text as written ({@code null} for an empty value or {@code ~}). */
  record Scalar(String text, Location location, String path) implements YamlNode {
    public boolean isNull() {
      return text == null;
    }
  }

  /** A mapping in document order; keys are strings. */
  record Mapping(Map<String, Entry> entries, Location location, String path) implements YamlNode {
    public Mapping {
      entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    public Optional<YamlNode> get(String key) {
      Entry e = entries.get(key);
      return e == null ? Optional.empty() : Optional.of(e.value());
    }

    public boolean has(String key) {
      return entries.containsKey(key);
    }
  }

  /** One key of a mapping with where the key stood. */
  record Entry(String key, Location keyLocation, YamlNode value) {}

  /** A sequence in document order. */
  record Sequence(List<YamlNode> items, Location location, String path) implements YamlNode {
    public Sequence {
      items = List.copyOf(items);
    }
  }

  /** A short description of the node's kind, for messages. */
  default String kind() {
    if (this instanceof Mapping) {
      return "a mapping";
    }
    if (this instanceof Sequence) {
      return "a list";
    }
    return ((Scalar) this).isNull() ? "empty" : "'" + ((Scalar) this).text() + "'";
  }
}

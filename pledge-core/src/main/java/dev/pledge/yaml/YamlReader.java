package dev.pledge.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads YAML text into a located {@link YamlNode} tree. */
public final class YamlReader {

  private static final YAMLMapper MAPPER = new YAMLMapper();

  private YamlReader() {}

  /**
   * Parses one YAML document.
   *
   * @param source the file name used in messages
   * @throws InvalidDefinitionException if the text is not well-formed YAML or repeats a key
   */
  public static YamlNode read(String text, String source) {
    return read(text, source, null);
  }

  /**
   * Parses one YAML document whose locations name {@code tag} as their file, for a document read on
   * behalf of another (a template a guarantee extends).
   */
  public static YamlNode readTagged(String text, String source) {
    return read(text, source, source);
  }

  private static YamlNode read(String text, String source, String tag) {
    List<Problem> problems = new ArrayList<>();
    try (JsonParser p = MAPPER.createParser(text)) {
      if (p.nextToken() == null) {
        throw new InvalidDefinitionException(
            source, List.of(new Problem(new Location(1, 1), "", "the file is empty")));
      }
      YamlNode root = node(p, "", problems, tag);
      if (!problems.isEmpty()) {
        throw new InvalidDefinitionException(source, problems);
      }
      return root;
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      Location where =
          at == null ? Location.UNKNOWN : new Location(at.getLineNr(), at.getColumnNr());
      throw new InvalidDefinitionException(
          source, List.of(new Problem(where, "", "not valid YAML: " + e.getOriginalMessage())));
    }
  }

  private static YamlNode node(JsonParser p, String path, List<Problem> problems, String tag) {
    Location at = location(p.currentTokenLocation(), tag);
    JsonToken token = p.currentToken();
    if (token == JsonToken.START_OBJECT) {
      return mapping(p, path, at, problems, tag);
    }
    if (token == JsonToken.START_ARRAY) {
      List<YamlNode> items = new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        items.add(node(p, path + "[" + items.size() + "]", problems, tag));
      }
      return new YamlNode.Sequence(items, at, path);
    }
    return new YamlNode.Scalar(token == JsonToken.VALUE_NULL ? null : p.getString(), at, path);
  }

  private static YamlNode mapping(
      JsonParser p, String path, Location at, List<Problem> problems, String tag) {
    Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String key = p.currentName();
      Location keyAt = location(p.currentTokenLocation(), tag);
      String childPath = path.isEmpty() ? key : path + "." + key;
      p.nextToken();
      YamlNode value = node(p, childPath, problems, tag);
      if (entries.containsKey(key)) {
        problems.add(
            new Problem(
                keyAt,
                childPath,
                "'"
                    + key
                    + "' is given twice (first at "
                    + entries.get(key).keyLocation()
                    + "); keep one"));
      } else {
        entries.put(key, new YamlNode.Entry(key, keyAt, value));
      }
    }
    return new YamlNode.Mapping(entries, at, path);
  }

  private static Location location(TokenStreamLocation l, String tag) {
    return l == null ? Location.UNKNOWN : new Location(l.getLineNr(), l.getColumnNr(), tag);
  }
}

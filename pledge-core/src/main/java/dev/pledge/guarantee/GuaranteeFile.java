package dev.pledge.guarantee;

import dev.pledge.yaml.InvalidDefinitionException;
import dev.pledge.yaml.Location;
import dev.pledge.yaml.Problem;
import dev.pledge.yaml.YamlMerge;
import dev.pledge.yaml.YamlNode;
import dev.pledge.yaml.YamlReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a guarantee written in YAML (docs/guarantee-format.md) and checks it whole: every problem,
 * with its line and column, is reported at once, and nothing of a guarantee with problems is used.
 */
public final class GuaranteeFile {

  /** How deep templates may extend templates before the chain is taken for a loop. */
  private static final int MAX_EXTENDS = 8;

  private GuaranteeFile() {}

  /** Reads the guarantee at {@code path}; templates and calendar files are found beside it. */
  public static Guarantee read(Path path) {
    String source = path.getFileName().toString();
    Path dir = path.toAbsolutePath().getParent();
    return parse(readText(path, source), source, dir);
  }

  /**
   * Parses a guarantee.
   *
   * @param dir where files it refers to (templates, calendars, holiday schedules) are found
   * @throws InvalidDefinitionException listing every problem
   */
  public static Guarantee parse(String yaml, String source, Path dir) {
    YamlNode root = withTemplates(YamlReader.read(yaml, source), source, dir, 0);
    return new GuaranteeReader(source, dir).read(root);
  }

  private static YamlNode withTemplates(YamlNode node, String source, Path dir, int depth) {
    if (!(node instanceof YamlNode.Mapping m) || !m.has("extends")) {
      return node;
    }
    YamlNode ref = m.get("extends").get();
    if (!(ref instanceof YamlNode.Scalar s) || s.isNull()) {
      throw single(source, ref.location(), "extends", "expected the template's file name");
    }
    if (depth >= MAX_EXTENDS) {
      throw single(source, ref.location(), "extends", "templates extend each other in a loop");
    }
    Path file = dir.resolve(s.text().trim());
    if (!Files.isRegularFile(file)) {
      throw single(
          source,
          ref.location(),
          "extends",
          "template '" + s.text() + "' not found (looked for " + file + ")");
    }
    String name = file.getFileName().toString();
    YamlNode template = YamlReader.readTagged(readText(file, name), name);
    YamlNode base = withTemplates(template, name, file.toAbsolutePath().getParent(), depth + 1);
    return YamlMerge.over(withoutExtends(base), withoutExtends(m));
  }

  private static YamlNode withoutExtends(YamlNode node) {
    if (!(node instanceof YamlNode.Mapping m)) {
      return node;
    }
    var entries = new java.util.LinkedHashMap<>(m.entries());
    entries.remove("extends");
    entries.remove("template");
    return new YamlNode.Mapping(entries, m.location(), m.path());
  }

  private static InvalidDefinitionException single(
      String source, Location at, String path, String message) {
    List<Problem> problems = new ArrayList<>();
    problems.add(new Problem(at, path, message));
    return new InvalidDefinitionException(source, problems);
  }

  private static String readText(Path path, String source) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
    }
  }
}

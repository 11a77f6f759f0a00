package dev.pledge.guarantee;

import dev.pledge.yaml.InvalidDefinitionException;
import dev.pledge.yaml.Location;
import dev.pledge.yaml.Problem;
import dev.pledge.yaml.Sources;
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
import java.util.Optional;

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
    return parse(yaml, source, Sources.directory(dir));
  }

  /**
   * Parses a guarantee whose templates, calendar files and holiday schedules come from {@code
   * sources}.
   *
   * @throws InvalidDefinitionException listing every problem
   */
  public static Guarantee parse(String yaml, String source, Sources sources) {
    YamlNode root = withTemplates(YamlReader.read(yaml, source), source, sources, 0);
    return new GuaranteeReader(source, sources).read(root);
  }

  private static YamlNode withTemplates(YamlNode node, String source, Sources sources, int depth) {
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
    Sources.Source file =
        open(sources, s.text(), source)
            .orElseThrow(
                () ->
                    single(
                        source,
                        ref.location(),
                        "extends",
                        "template '"
                            + s.text()
                            + "' not found ("
                            + sources.lookedFor(s.text())
                            + ")"));
    YamlNode template = YamlReader.readTagged(file.text(), file.name());
    YamlNode base = withTemplates(template, file.name(), file.beside(), depth + 1);
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

  private static Optional<Sources.Source> open(Sources sources, String name, String source) {
    try {
      return sources.open(name);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read " + name + " (named in " + source + "): " + e.getMessage(), e);
    }
  }
}

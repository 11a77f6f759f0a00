package dev.pledge.server.guarantee;

import dev.pledge.yaml.InvalidDefinitionException;
import dev.pledge.yaml.Problem;
import dev.pledge.yaml.YamlNode;
import dev.pledge.yaml.YamlReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Refuses guarantees that refer to files (a template to extend, a calendar file, a holiday schedule
 * file): on the command line they are read beside the guarantee, but an uploaded text must not make
 * the server read its own files. Only {@code 24x7}, inline calendars and the bundled {@code china}
 * schedule are accepted.
 */
final class FileReferences {

  private FileReferences() {}

  static void refuse(String yaml, String source) {
    if (!(YamlReader.read(yaml, source) instanceof YamlNode.Mapping root)) {
      return; // the guarantee reader says what is wrong with it
    }
    List<Problem> problems = new ArrayList<>();
    root.get("extends").ifPresent(n -> problems.add(file(n, "a template")));
    root.get("calendars")
        .filter(YamlNode.Mapping.class::isInstance)
        .map(YamlNode.Mapping.class::cast)
        .ifPresent(m -> m.entries().values().forEach(e -> calendar(e.value(), problems)));
    if (!problems.isEmpty()) {
      throw new InvalidDefinitionException(source, problems);
    }
  }

  private static void calendar(YamlNode node, List<Problem> problems) {
    if (node instanceof YamlNode.Scalar s && !s.isNull() && !s.text().trim().equals("24x7")) {
      problems.add(file(s, "a calendar file"));
    }
    if (node instanceof YamlNode.Mapping m
        && m.get("holiday_schedules").orElse(null) instanceof YamlNode.Sequence schedules) {
      for (YamlNode item : schedules.items()) {
        if (!(item instanceof YamlNode.Scalar s)
            || s.isNull()
            || !s.text().trim().equals("china")) {
          problems.add(file(item, "a holiday schedule file"));
        }
      }
    }
  }

  private static Problem file(YamlNode node, String what) {
    return new Problem(
        node.location(),
        node.path(),
        "the server reads no files, so "
            + what
            + " cannot be used here; write it inline (calendars: 24x7 or an inline calendar,"
            + " holiday_schedules: [china]) or check the file with `pledge check`");
  }
}

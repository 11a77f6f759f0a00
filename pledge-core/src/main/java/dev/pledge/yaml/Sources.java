package dev.pledge.yaml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the files a definition names are found: a guarantee's template ({@code extends}), its
 * calendar files, a calendar's holiday schedules. On the command line they lie beside the file that
 * names them ({@link #directory}); a server keeps them in its database ({@link #of}) and never lets
 * an uploaded text make it read its own disk.
 */
public interface Sources {

  /** A named file's text, and where the files it names in turn are found. */
  record Source(String name, String text, Sources beside) {}

  /**
   * The file called {@code name}, or empty if there is none.
   *
   * @throws IOException if it exists but cannot be read
   */
  Optional<Source> open(String name) throws IOException;

  /** Says where {@code name} was looked for, for a message saying it was not found. */
  String lookedFor(String name);

  /** Files in {@code dir}, and files they name beside them. */
  static Sources directory(Path dir) {
    return new Sources() {
      @Override
      public Optional<Source> open(String name) throws IOException {
        Path file = dir.resolve(name.trim());
        if (!Files.isRegularFile(file)) {
          return Optional.empty();
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Path parent = file.toAbsolutePath().getParent();
        return Optional.of(new Source(file.getFileName().toString(), text, directory(parent)));
      }

      @Override
      public String lookedFor(String name) {
        return "looked for " + dir.resolve(name.trim());
      }
    };
  }

  /**
   * Files held in memory by name (a template, a holiday schedule uploaded to a server); the files
   * they name are found among the same ones. They are one flat folder: a name is looked up by its
   * last part, so {@code extends: tiers/it-vip.yaml} written for the command line finds {@code
   * it-vip.yaml}.
   *
   * @param where says where the files come from, e.g. "the templates and holiday schedules stored"
   */
  static Sources of(Map<String, String> files, String where) {
    Map<String, String> copy = Map.copyOf(files);
    return new Sources() {
      @Override
      public Optional<Source> open(String name) {
        String key = flat(name);
        String text = copy.get(key);
        return text == null ? Optional.empty() : Optional.of(new Source(key, text, this));
      }

      @Override
      public String lookedFor(String name) {
        return "looked among " + where;
      }
    };
  }

  /**
   * The last part of a name written as a path: {@code tiers/it-vip.yaml} is {@code it-vip.yaml}.
   */
  static String flat(String name) {
    String trimmed = name.trim();
    return trimmed.substring(Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\')) + 1);
  }
}

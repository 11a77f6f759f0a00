package dev.pledge.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The audit log is append-only in the application on every database: no code changes or removes an
 * entry, and its repository offers no way to. (PostgreSQL also refuses it with a trigger, tested in
 * {@code PostgreSqlAuditLogTests}.)
 */
class AuditLogAppendOnlyTests {

  private static final Pattern CHANGES_ENTRIES =
      Pattern.compile(
          "(update\\s+audit_entry|delete\\s+from\\s+audit_entry|truncate\\s+(table\\s+)?audit_entry"
              + "|alter\\s+table\\s+audit_entry)");

  @Test
  void noCodeOrMigrationChangesOrRemovesAnEntry() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
      List<Path> offending =
          files
              .filter(Files::isRegularFile)
              .filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".sql"))
              .filter(AuditLogAppendOnlyTests::changesEntries)
              .toList();
      assertThat(offending).isEmpty();
    }
  }

  @Test
  void repositoryOnlyAddsAndFinds() {
    List<String> methods =
        Arrays.stream(AuditEntries.class.getDeclaredMethods())
            .filter(m -> !m.isSynthetic() && !Modifier.isPrivate(m.getModifiers()))
            .map(Method::getName)
            .toList();
    assertThat(methods).containsExactlyInAnyOrder("add", "find");
  }

  private static boolean changesEntries(Path file) {
    try {
      String text = Files.readString(file).toLowerCase(Locale.ROOT);
      // The PostgreSQL trigger names the statements it refuses; it changes nothing itself.
      return CHANGES_ENTRIES
          .matcher(text.replaceAll("before update or delete on audit_entry", ""))
          .find();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

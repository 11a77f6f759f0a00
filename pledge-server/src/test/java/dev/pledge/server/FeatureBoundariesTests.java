package dev.pledge.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Features depend on each other in one direction only: {@code sla} reads tickets and guarantees,
 * {@code ticket} reads guarantees, and everything may use {@code system}, which uses no feature;
 * {@code access} (who may call what, people and their sign-in) uses only {@code system}, where the
 * caller is described; {@code record} (outages, maintenance, measurements, ratings, fulfilments,
 * imports) reads tickets and guarantees, {@code report} evaluates a period on what {@code record}
 * feeds it, {@code alert} (monitoring webhooks) opens and restores outages through {@code record},
 * and {@code portal}, the web pages, shows tickets and their clocks and works breach cases, outages
 * and maintenance windows through {@code breach} and {@code record}; {@code notice} (warnings,
 * breaches, the outbox) reads tickets and guarantees and opens breach cases, which know nothing of
 * notices. Every feature may write the audit log ({@code audit}), which uses only {@code system}.
 */
class FeatureBoundariesTests {

  private static final Path SOURCES = Path.of("src/main/java/dev/pledge/server");
  private static final Pattern USES = Pattern.compile("dev\\.pledge\\.server\\.(\\w+)\\.");

  /** Which features each feature may use. */
  private static final Map<String, Set<String>> ALLOWED =
      Map.ofEntries(
          Map.entry("system", Set.of()),
          Map.entry("audit", Set.of("system")),
          Map.entry("access", Set.of("system", "audit")),
          Map.entry("guarantee", Set.of("system", "audit")),
          Map.entry("ticket", Set.of("system", "guarantee", "audit")),
          Map.entry("sla", Set.of("system", "guarantee", "ticket", "audit")),
          Map.entry("record", Set.of("system", "guarantee", "ticket", "audit")),
          Map.entry("report", Set.of("system", "guarantee", "record", "audit")),
          Map.entry(
              "demo",
              Set.of("system", "guarantee", "ticket", "record", "access", "audit", "notice")),
          Map.entry(
              "portal",
              Set.of(
                  "system", "ticket", "sla", "audit", "report", "guarantee", "breach", "record")),
          Map.entry("alert", Set.of("system", "guarantee", "record", "audit")),
          Map.entry("breach", Set.of("system", "audit")),
          Map.entry("notice", Set.of("system", "guarantee", "ticket", "breach", "audit")));

  @Test
  void featuresUseOnlyTheFeaturesBelowThem() throws IOException {
    for (Map.Entry<String, Set<String>> feature : ALLOWED.entrySet()) {
      Set<String> used = used(feature.getKey());
      used.remove(feature.getKey());
      assertThat(used).as(feature.getKey() + " uses").isSubsetOf(feature.getValue());
    }
  }

  @Test
  void everyFeaturePackageIsChecked() throws IOException {
    try (Stream<Path> dirs = Files.list(SOURCES)) {
      assertThat(dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()))
          .containsExactlyInAnyOrderElementsOf(ALLOWED.keySet());
    }
  }

  private static Set<String> used(String feature) throws IOException {
    Set<String> used = new TreeSet<>();
    try (Stream<Path> files = Files.list(SOURCES.resolve(feature))) {
      for (Path file : files.toList()) {
        Matcher m = USES.matcher(Files.readString(file));
        while (m.find()) {
          used.add(m.group(1));
        }
      }
    }
    return used;
  }
}

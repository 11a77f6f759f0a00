package dev.pledge.cli;

import static dev.pledge.cli.CalendarCommandTests.pledge;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code pledge evaluate} from the outside: formats, bad input, skipping bad lines. */
class EvaluateCommandTests {

  private static final String NETWORK = "../examples/guarantees/datacenter-network.yaml";
  private static final String EVENTS = "../examples/months/idc-network-2026-10.jsonl";

  @TempDir Path dir;

  @Test
  void jsonHasTicketsCommitmentsAndRemedies() {
    CalendarCommandTests.Run r =
        pledge("evaluate", NETWORK, "--events", EVENTS, "--period", "2026-10", "--format", "json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode report = new JsonMapper().readTree(r.out());
    assertThat(report.get("verdict").asString()).isEqualTo("breached");
    assertThat(report.get("as_of").asString()).isEqualTo("2026-11-01T00:00+08:00");
    assertThat(report.get("tickets")).hasSize(4);
    JsonNode connectivity = report.get("commitments").get(0);
    assertThat(connectivity.get("id").asString()).isEqualTo("connectivity");
    assertThat(connectivity.get("remedies").get(0).get("amount").asString()).isEqualTo("8000.00");
    assertThat(connectivity.get("explanation").toString()).contains("outage OUT-C dropped");
    JsonNode figures = connectivity.get("figures");
    assertThat(figures.get("downtime_seconds").asLong()).isEqualTo(3000);
    assertThat(figures.get("period_seconds").asLong()).isEqualTo(31 * 86400);
    // 100 × (2 678 400 − 3 000) / 2 678 400 = 111475/1116 exactly.
    assertThat(figures.get("availability_percent").asString()).isEqualTo("111475/1116");
    assertThat(figures.get("availability_percent_display").asString()).isEqualTo("99.8880");
  }

  @Test
  void csvHasOneRowPerTicketClockAndClause() {
    CalendarCommandTests.Run r =
        pledge("evaluate", NETWORK, "--events", EVENTS, "--period", "2026-10", "--format", "csv");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out().lines().findFirst()).contains(dev.pledge.report.CsvReportWriter.HEADER);
    assertThat(r.out().lines().filter(l -> l.startsWith("ticket,"))).hasSize(4);
    assertThat(r.out()).contains("clause,connectivity,,,availability,≥ 99.9 %,99.8880 %,breached");
  }

  @Test
  void htmlIsOnePage() {
    CalendarCommandTests.Run r =
        pledge("evaluate", NETWORK, "--events", EVENTS, "--period", "2026-10", "--format", "html");
    assertThat(r.out()).startsWith("<!DOCTYPE html>").contains("How this was counted");
  }

  @Test
  void asOfMidMonthSeesOnlyWhatWasKnown() {
    CalendarCommandTests.Run r =
        pledge(
            "evaluate",
            NETWORK,
            "--events",
            EVENTS,
            "--period",
            "2026-10",
            "--as-of",
            "2026-10-20T00:00+08:00");
    assertThat(r.out()).contains("downtime ≤ 44 min: 30 min — met");
  }

  @Test
  void aMalformedLineIsBadInputAndNothingIsEvaluated() throws IOException {
    Path events = dir.resolve("events.jsonl");
    Files.writeString(
        events,
        Files.readString(Path.of(EVENTS))
            + "{\"kind\": \"outage\", \"id\": \"X\", \"service\": \"network\", \"reported_at\": \"2026-10-05 10:00\"}\n");
    CalendarCommandTests.Run r =
        pledge("evaluate", NETWORK, "--events", events.toString(), "--period", "2026-10");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("events.jsonl").contains("line 13").contains("reported_at");
    for (String format : new String[] {"json", "csv", "html"}) {
      CalendarCommandTests.Run streamed =
          pledge(
              "evaluate",
              NETWORK,
              "--events",
              events.toString(),
              "--period",
              "2026-10",
              "--format",
              format);
      assertThat(streamed.exitCode()).isEqualTo(2);
      assertThat(streamed.out()).as(format).isEmpty();
    }
    CalendarCommandTests.Run skipping =
        pledge(
            "evaluate",
            NETWORK,
            "--events",
            events.toString(),
            "--period",
            "2026-10",
            "--skip-bad-lines");
    assertThat(skipping.exitCode()).isZero();
    assertThat(skipping.out()).contains("99.8880 %");
    assertThat(skipping.err()).contains("line 13");
  }

  @Test
  void aPeriodEndingBeforeTheVersionTakesEffectIsRefusedAndOneAfterIsEvaluated()
      throws IOException {
    String file = effectiveFrom(dir, "2026-11-01");
    CalendarCommandTests.Run before =
        pledge("evaluate", file, "--events", EVENTS, "--period", "2026-10");
    assertThat(before.exitCode()).isEqualTo(2);
    assertThat(before.out()).isEmpty();
    assertThat(before.err())
        .contains(
            "--period 2026-10 ends before idc-network-2026 v1 takes effect on 2026-11-01"
                + " (effective_from): evaluate it with the version in effect then");
    assertThat(pledge("evaluate", file, "--events", EVENTS, "--period", "2026-Q4").exitCode())
        .isZero();
    assertThat(pledge("evaluate", file, "--events", EVENTS, "--period", "2026-11").exitCode())
        .isZero();
  }

  @Test
  void aPeriodOutsideTheValidityIsRefusedAsBadInput() {
    for (String period : new String[] {"2025-06", "9999"}) {
      CalendarCommandTests.Run r =
          pledge("evaluate", NETWORK, "--events", EVENTS, "--period", period);
      assertThat(r.exitCode()).as(period).isEqualTo(2);
      assertThat(r.out()).isEmpty();
      assertThat(r.err())
          .contains(
              "period "
                  + period
                  + " is outside the guarantee's validity, 2026-01-01 to 2026-12-31;"
                  + " nothing was promised then");
    }
  }

  /** The example network guarantee, taking effect on {@code date}, written into {@code dir}. */
  static String effectiveFrom(Path dir, String date) throws IOException {
    Path file = dir.resolve("network-effective.yaml");
    String yaml = Files.readString(Path.of(NETWORK));
    Files.writeString(file, yaml.replaceFirst("\nzone:", "\neffective_from: " + date + "\nzone:"));
    return file.toString();
  }

  @Test
  void badArgumentsAreBadInputNamingTheArgument() {
    CalendarCommandTests.Run period =
        pledge("evaluate", NETWORK, "--events", EVENTS, "--period", "October");
    assertThat(period.exitCode()).isEqualTo(2);
    assertThat(period.err()).contains("--period 'October' is not a period");
    CalendarCommandTests.Run missing =
        pledge("evaluate", NETWORK, "--events", "nope.jsonl", "--period", "2026-10");
    assertThat(missing.err()).contains("--events file 'nope.jsonl' does not exist");
    CalendarCommandTests.Run asOf =
        pledge("evaluate", NETWORK, "--events", EVENTS, "--period", "2026-10", "--as-of", "soon");
    assertThat(asOf.err()).contains("--as-of 'soon' is not a date-time");
    CalendarCommandTests.Run explain =
        pledge(
            "evaluate", NETWORK, "--events", EVENTS, "--period", "2026-10", "--explain", "NW-999");
    assertThat(explain.exitCode()).isEqualTo(2);
    assertThat(explain.err())
        .contains("'NW-999' is neither a commitment")
        .contains("connectivity, response");
  }

  @Test
  void explainATicketListsItsIntervals() {
    CalendarCommandTests.Run r =
        pledge(
            "evaluate", NETWORK, "--events", EVENTS, "--period", "2026-10", "--explain", "NW-103");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains("NW-103 / response (sev1): breached")
        .contains("counted:       2026-10-28T23:50+08:00/2026-10-29T00:10+08:00");
  }
}

package dev.pledge.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pledge.clock.ClockState;
import dev.pledge.clock.ClockVerdict;
import dev.pledge.evaluation.EvaluationSink;
import dev.pledge.evaluation.GuaranteeEvaluation;
import dev.pledge.evaluation.GuaranteeReport;
import dev.pledge.evaluation.TicketClockResult;
import dev.pledge.event.EventFormat;
import dev.pledge.event.EventInput;
import dev.pledge.event.EventReader;
import dev.pledge.guarantee.Guarantee;
import dev.pledge.guarantee.GuaranteeFile;
import dev.pledge.period.ReportingPeriod;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The demo's made-up history must be what a real provider's files would be: readable by the strict
 * reader, nothing after now, mostly met with some breaches, and some tickets still running.
 */
class DemoHistoryTests {

  private static final Path EXAMPLES = Path.of("..", "examples", "guarantees");

  /** Tuesday 20 October 2026, 10:00 in Shanghai. */
  private static final Instant NOW = Instant.parse("2026-10-20T02:00:00Z");

  private static final LocalDate FIRST_DAY = LocalDate.of(2026, 8, 1);
  private static final Pattern INSTANT =
      Pattern.compile(
          "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d(\\.\\d+)?)?(Z|[+-]\\d\\d:\\d\\d)");

  @ParameterizedTest
  @ValueSource(
      strings = {"datacenter-network.yaml", "mail.yaml", "it-operations.yaml", "after-sales.yaml"})
  void historyReadsStrictlyAndNothingHappensAfterNow(String file) {
    Guarantee g = GuaranteeFile.read(EXAMPLES.resolve(file));
    List<String> lines = DemoHistory.of(g, FIRST_DAY, NOW, 7, "D");

    report(g, lines, YearMonth.of(2026, 9), new ArrayList<>()); // throws on any bad line

    Matcher m = INSTANT.matcher(String.join("\n", lines));
    int instants = 0;
    while (m.find()) {
      assertThat(OffsetDateTime.parse(m.group()).toInstant()).isBeforeOrEqualTo(NOW);
      instants++;
    }
    assertThat(instants).isGreaterThan(100);
    assertThat(DemoHistory.of(g, FIRST_DAY, NOW, 7, "D")).isEqualTo(lines);
    assertThat(DemoHistory.of(g, FIRST_DAY, NOW, 8, "D")).isNotEqualTo(lines);
  }

  @ParameterizedTest
  @ValueSource(strings = {"datacenter-network.yaml", "it-operations.yaml", "after-sales.yaml"})
  void aWholeMonthHasClocksMetAndBreachedAndTodayHasClocksRunning(String file) {
    Guarantee g = GuaranteeFile.read(EXAMPLES.resolve(file));
    List<String> lines = DemoHistory.of(g, FIRST_DAY, NOW, 7, "D");

    List<TicketClockResult> september = new ArrayList<>();
    report(g, lines, YearMonth.of(2026, 9), september);
    List<TicketClockResult> october = new ArrayList<>();
    report(g, lines, YearMonth.of(2026, 10), october);

    assertThat(september).extracting(r -> r.clock().verdict()).contains(ClockVerdict.MET);
    assertThat(september).extracting(r -> r.clock().verdict()).contains(ClockVerdict.BREACHED);
    long met = september.stream().filter(r -> r.clock().verdict() == ClockVerdict.MET).count();
    assertThat(met).isGreaterThan(september.size() * 3L / 4);
    assertThat(october).extracting(r -> r.clock().state()).contains(ClockState.RUNNING);
  }

  private static GuaranteeReport report(
      Guarantee g, List<String> lines, YearMonth month, List<TicketClockResult> clocks) {
    ReportingPeriod period = ReportingPeriod.ofMonth(month, g.zone());
    GuaranteeEvaluation e = new GuaranteeEvaluation(g, period, NOW, clocks::add);
    byte[] text = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    EventReader.strict()
        .read(EventInput.of("demo.jsonl", EventFormat.JSONL, text), new EvaluationSink(e));
    return e.report();
  }
}

package dev.pledge.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pledge.testing.PropertyCheck;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatencyCommitmentTests {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final ReportingPeriod OCTOBER = ReportingPeriod.parse("2026-10", SHANGHAI);
  static final Instant END = OCTOBER.range().endExclusive();

  /** "Average mail delay at most 1 minute, none over 1 hour, at most 2 over 1 minute a month." */
  static final LatencyCommitment MAIL =
      LatencyCommitment.builder("mail delay", "mail-delay", "s")
          .maxAverage(new BigDecimal("60"))
          .maxValue(new BigDecimal("3600"))
          .maxPercentile(new BigDecimal("95"), new BigDecimal("120"))
          .maxExceedances(new BigDecimal("60"), 2)
          .build();

  @Test
  void judgesEachStatisticOnItsOwn() {
    // Delays 20, 30, 45, 61, 75, 90 s: average 321 / 6 = 53.5 s; three values over 60 s.
    LatencyEvaluation e = MAIL.evaluate(OCTOBER, END, delays("20", "30", "45", "61", "75", "90"));
    assertThat(e.average()).contains(Fraction.of(107, 2));
    assertThat(e.clauses())
        .containsExactly(
            clause("average", "≤ 60 s", "53.5000 s", Verdict.MET),
            clause("maximum", "≤ 3600 s", "90 s", Verdict.MET),
            // Nearest rank: ⌈0.95 × 6⌉ = 6, the largest value.
            clause("p95", "≤ 120 s", "90 s", Verdict.MET),
            // 61 s, 75 s and 90 s are over 60 s.
            clause("values over 60 s", "≤ 2", "3", Verdict.BREACHED));
    assertThat(e.verdict()).isEqualTo(Verdict.BREACHED);
  }

  @Test
  void anExceedanceIsStrictlyOverTheThreshold() {
    // 60 s is not over 60 s; the average is exactly the limit and holds.
    LatencyEvaluation e = MAIL.evaluate(OCTOBER, END, delays("60", "60", "60"));
    assertThat(e.exceedances(new BigDecimal("60"))).isEmpty();
    assertThat(e.verdict()).isEqualTo(Verdict.MET);
  }

  @Test
  void nearestRankPercentile() {
    LatencyEvaluation e =
        MAIL.evaluate(
            OCTOBER, END, delays("10", "20", "30", "40", "50", "60", "70", "80", "90", "100"));
    // ⌈p/100 × 10⌉-th smallest value.
    assertThat(e.percentile(new BigDecimal("50"))).contains(new BigDecimal("50"));
    assertThat(e.percentile(new BigDecimal("90"))).contains(new BigDecimal("90"));
    assertThat(e.percentile(new BigDecimal("90.1"))).contains(new BigDecimal("100"));
    assertThat(e.percentile(new BigDecimal("1"))).contains(new BigDecimal("10"));
    assertThat(e.percentile(new BigDecimal("100"))).contains(new BigDecimal("100"));
  }

  @Test
  void noSamplesIsNoDataNotABreach() {
    LatencyEvaluation e = MAIL.evaluate(OCTOBER, END, List.of());
    assertThat(e.clauses()).extracting(ClauseVerdict::verdict).containsOnly(Verdict.NO_DATA);
    assertThat(e.verdict()).isEqualTo(Verdict.NO_DATA);
  }

  @Test
  void onlyTheMetricsSamplesInThePeriodAndKnownCount() {
    List<Measurement> samples =
        List.of(
            sample("m-1", OCTOBER.range().startInclusive(), "mail-delay", "10"),
            // The period's end belongs to the next period.
            sample("m-2", END, "mail-delay", "9000"),
            sample("m-3", OCTOBER.range().startInclusive().plusSeconds(60), "web-delay", "9000"),
            sample("m-4", END.minusSeconds(60), "mail-delay", "20"));
    assertThat(MAIL.evaluate(OCTOBER, END, samples).samples())
        .extracting(Measurement::id)
        .containsExactly("m-1", "m-4");
    // As of the day before the end, m-4 is not known yet.
    assertThat(MAIL.evaluate(OCTOBER, END.minus(Duration.ofDays(1)), samples).samples())
        .extracting(Measurement::id)
        .containsExactly("m-1");
  }

  @Test
  void rejectsASampleInAnotherUnit() {
    List<Measurement> samples =
        List.of(
            new Measurement(
                "m-9", END.minusSeconds(60), "mail-delay", new BigDecimal("1500"), "ms"));
    assertThatThrownBy(() -> MAIL.evaluate(OCTOBER, END, samples))
        .hasMessage(
            "measurement 'm-9' of mail-delay is in 'ms' but commitment 'mail delay' measures in 's'; convert it first");
  }

  @Test
  void explainsTheStatistics() {
    LatencyEvaluation e = MAIL.evaluate(OCTOBER, END, delays("20", "30", "45", "61", "75", "90"));
    assertThat(e.explanation())
        .contains(
            "6 samples of mail-delay in the period",
            "average = 107/2 exactly, shown as 53.5000 s",
            "maximum = 90 s",
            "p95 (nearest rank) = 90 s",
            "values over 60 s: d-3 61 s, d-4 75 s, d-5 90 s",
            "verdict: breached");
  }

  @Test
  void statisticsMatchTheirDefinitions() {
    PropertyCheck.forAll(
        500,
        random -> {
          int n = 1 + random.nextInt(40);
          List<Measurement> samples = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            BigDecimal v = BigDecimal.valueOf(random.nextInt(5000), random.nextInt(3));
            samples.add(
                sample(
                    "d-" + i,
                    END.minusSeconds(1 + random.nextInt(1_000_000)),
                    "mail-delay",
                    v.toPlainString()));
          }
          BigDecimal p = BigDecimal.valueOf(1 + random.nextInt(1000), 1);
          BigDecimal threshold = BigDecimal.valueOf(random.nextInt(5000), 1);
          LatencyEvaluation e = MAIL.evaluate(OCTOBER, END, samples);
          List<BigDecimal> values = samples.stream().map(Measurement::value).toList();
          BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
          // Average × n is the sum.
          assertThat(e.average().get().times(n)).isEqualTo(Fraction.of(sum));
          assertThat(e.maximum()).contains(values.stream().max(BigDecimal::compareTo).get());
          // Nearest rank: the smallest sample with at least p % of samples at or below it.
          BigDecimal expected =
              values.stream()
                  .filter(
                      v ->
                          BigDecimal.valueOf(
                                      values.stream().filter(x -> x.compareTo(v) <= 0).count())
                                  .multiply(BigDecimal.valueOf(100))
                                  .compareTo(p.multiply(BigDecimal.valueOf(n)))
                              >= 0)
                  .min(BigDecimal::compareTo)
                  .get();
          assertThat(e.percentile(p).get()).isEqualByComparingTo(expected);
          assertThat(e.exceedances(threshold))
              .hasSize((int) values.stream().filter(v -> v.compareTo(threshold) > 0).count());
        });
  }

  static List<Measurement> delays(String... seconds) {
    List<Measurement> out = new ArrayList<>();
    for (int i = 0; i < seconds.length; i++) {
      out.add(
          sample(
              "d-" + i,
              OCTOBER.range().startInclusive().plus(Duration.ofHours(i + 1)),
              "mail-delay",
              seconds[i]));
    }
    return out;
  }

  static Measurement sample(String id, Instant at, String metric, String value) {
    return new Measurement(id, at, metric, new BigDecimal(value), "s");
  }

  static ClauseVerdict clause(String clause, String target, String observed, Verdict verdict) {
    return new ClauseVerdict(clause, target, observed, verdict);
  }
}

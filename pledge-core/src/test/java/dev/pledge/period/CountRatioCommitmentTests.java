package dev.pledge.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pledge.period.CountRatioCommitment.Bound;
import dev.pledge.period.CountRatioCommitment.Unit;
import dev.pledge.testing.PropertyCheck;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CountRatioCommitmentTests {

  static final ReportingPeriod OCTOBER =
      ReportingPeriod.parse("2026-10", ZoneId.of("Asia/Shanghai"));
  static final Instant END = OCTOBER.range().endExclusive();

  static final CountRatioCommitment ERROR_RATE =
      new CountRatioCommitment(
          "billing accuracy", "billing-errors", Bound.AT_MOST, new BigDecimal("3E-5"), Unit.RATIO);
  static final CountRatioCommitment ON_TIME =
      new CountRatioCommitment(
          "on-time response",
          "responded-on-time",
          Bound.AT_LEAST,
          new BigDecimal("100"),
          Unit.PERCENT);

  @Test
  void anErrorRateExactlyAtTheLimitHolds() {
    // 2 + 1 errors in 50 000 + 50 000 items: 3/100 000 = 3×10⁻⁵.
    CountRatioEvaluation e =
        ERROR_RATE.evaluate(
            OCTOBER,
            END,
            List.of(
                sample("b-1", "billing-errors", 2, 50_000),
                sample("b-2", "billing-errors", 1, 50_000)));
    assertThat(e.ratio()).contains(Fraction.of(3, 100_000));
    assertThat(e.clauses())
        .containsExactly(
            new ClauseVerdict("billing-errors", "≤ 0.00003", "0.00003000", Verdict.MET));
  }

  @Test
  void oneErrorMoreBreaches() {
    CountRatioEvaluation e =
        ERROR_RATE.evaluate(OCTOBER, END, List.of(sample("b-1", "billing-errors", 4, 100_000)));
    assertThat(e.clauses())
        .containsExactly(
            new ClauseVerdict("billing-errors", "≤ 0.00003", "0.00004000", Verdict.BREACHED));
  }

  @Test
  void onTimeRateFromMetAndTotalCounts() {
    assertThat(
            ON_TIME
                .evaluate(OCTOBER, END, List.of(sample("t-1", "responded-on-time", 40, 40)))
                .clauses())
        .containsExactly(
            new ClauseVerdict("responded-on-time", "≥ 100 %", "100.0000 %", Verdict.MET));
    assertThat(
            ON_TIME
                .evaluate(OCTOBER, END, List.of(sample("t-1", "responded-on-time", 39, 40)))
                .clauses())
        .containsExactly(
            new ClauseVerdict("responded-on-time", "≥ 100 %", "97.5000 %", Verdict.BREACHED));
  }

  @Test
  void noSamplesOrAZeroTotalIsNoData() {
    assertThat(ON_TIME.evaluate(OCTOBER, END, List.of()).verdict()).isEqualTo(Verdict.NO_DATA);
    assertThat(
            ON_TIME
                .evaluate(OCTOBER, END, List.of(sample("t-1", "responded-on-time", 0, 0)))
                .verdict())
        .isEqualTo(Verdict.NO_DATA);
  }

  @Test
  void rejectsALimitBeyondTheWhole() {
    assertThatThrownBy(
            () ->
                new CountRatioCommitment(
                    "x", "m", Bound.AT_MOST, new BigDecimal("1.5"), Unit.RATIO))
        .hasMessage("commitment 'x': limit 1.5 must be between 0 and 1");
    assertThatThrownBy(() -> sample("s", "m", 5, 4))
        .hasMessage("count sample 's' count 5 must be between 0 and outOf 4");
  }

  @Test
  void verdictComparesTheSumsExactly() {
    PropertyCheck.forAll(
        1_000,
        random -> {
          List<CountSample> samples = new ArrayList<>();
          long count = 0;
          long total = 0;
          for (int i = 0; i < 1 + random.nextInt(5); i++) {
            long outOf = random.nextLong(1, 200_000);
            long c = random.nextLong(0, Math.min(outOf, 12) + 1);
            samples.add(sample("b-" + i, "billing-errors", c, outOf));
            count += c;
            total += outOf;
          }
          CountRatioEvaluation e = ERROR_RATE.evaluate(OCTOBER, END, samples);
          // count / total ≤ 3 / 100 000  ⇔  count × 100 000 ≤ 3 × total.
          boolean met =
              BigInteger.valueOf(count)
                      .multiply(BigInteger.valueOf(100_000))
                      .compareTo(BigInteger.valueOf(3).multiply(BigInteger.valueOf(total)))
                  <= 0;
          assertThat(e.verdict()).isEqualTo(met ? Verdict.MET : Verdict.BREACHED);
          assertThat(e.count()).isEqualTo(BigInteger.valueOf(count));
          assertThat(e.total()).isEqualTo(BigInteger.valueOf(total));
        });
  }

  static CountSample sample(String id, String metric, long count, long outOf) {
    return new CountSample(
        id, OCTOBER.range().startInclusive().plus(Duration.ofDays(3)), metric, count, outOf);
  }
}

package dev.pledge.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pledge.testing.PropertyCheck;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RatingCommitmentTests {

  static final ReportingPeriod OCTOBER =
      ReportingPeriod.parse("2026-10", ZoneId.of("Asia/Shanghai"));
  static final Instant END = OCTOBER.range().endExclusive();

  /** "Satisfaction at least 95 % (4 or better of 5), average rating at least 4.5." */
  static final RatingCommitment SATISFACTION =
      RatingCommitment.builder("satisfaction", new BigDecimal("5"))
          .minSatisfiedPercent(new BigDecimal("95"), new BigDecimal("4"))
          .minAverage(new BigDecimal("4.5"))
          .build();

  @Test
  void nineteenSatisfiedOfTwentyIsExactlyNinetyFivePercent() {
    // 10 × 5, 9 × 4, 1 × 3: satisfaction 19/20 = 95 %, average 89/20 = 4.45.
    List<Rating> ratings = ratings(5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 4, 4, 4, 4, 4, 4, 4, 4, 4, 3);
    RatingEvaluation e = SATISFACTION.evaluate(OCTOBER, END, ratings);
    assertThat(e.satisfaction()).contains(Fraction.of(19, 20));
    assertThat(e.clauses())
        .containsExactly(
            clause("satisfaction", "≥ 95 %", "95.0000 %", Verdict.MET),
            clause("average rating", "≥ 4.5 of 5", "4.4500", Verdict.BREACHED));
  }

  @Test
  void anAverageExactlyAtTheTargetHolds() {
    RatingEvaluation e = SATISFACTION.evaluate(OCTOBER, END, ratings(5, 5, 4, 4));
    assertThat(e.average()).contains(Fraction.of(9, 2));
    assertThat(e.verdict()).isEqualTo(Verdict.MET);
  }

  @Test
  void ratingsOnAnotherScaleAreReadOnTheCommitmentsScale() {
    // 8 of 10 is 4 of 5 (satisfied); 7 of 10 is 3.5 of 5 (not).
    List<Rating> ratings =
        List.of(rating("r-1", "8", "10"), rating("r-2", "7", "10"), rating("r-3", "5", "5"));
    RatingEvaluation e = SATISFACTION.evaluate(OCTOBER, END, ratings);
    assertThat(e.satisfied()).extracting(Rating::id).containsExactlyInAnyOrder("r-1", "r-3");
    // (4 + 3.5 + 5) / 3 = 25/6.
    assertThat(e.average()).contains(Fraction.of(25, 6));
  }

  @Test
  void noRatingsIsNoDataNotABreach() {
    RatingEvaluation e = SATISFACTION.evaluate(OCTOBER, END, List.of());
    assertThat(e.clauses())
        .containsExactly(
            clause("satisfaction", "≥ 95 %", "no ratings", Verdict.NO_DATA),
            clause("average rating", "≥ 4.5 of 5", "no ratings", Verdict.NO_DATA));
    assertThat(e.verdict()).isEqualTo(Verdict.NO_DATA);
  }

  @Test
  void rejectsARatingOffItsScale() {
    assertThatThrownBy(() -> rating("r-1", "6", "5"))
        .hasMessage("rating 'r-1' score 6 must be between 0 and scaleMax 5");
    assertThatThrownBy(() -> RatingCommitment.builder("s", BigDecimal.ONE).build())
        .hasMessageContaining("no clause");
  }

  @Test
  void satisfactionAndAverageMatchTheirDefinitions() {
    PropertyCheck.forAll(
        500,
        random -> {
          List<Rating> ratings = new ArrayList<>();
          int n = 1 + random.nextInt(50);
          for (int i = 0; i < n; i++) {
            int max = List.of(5, 10, 100).get(random.nextInt(3));
            ratings.add(rating("r-" + i, "" + random.nextInt(max + 1), "" + max));
          }
          RatingEvaluation e = SATISFACTION.evaluate(OCTOBER, END, ratings);
          // Reference on a common denominator of 100: score × 100 / max is a whole number.
          long satisfied =
              ratings.stream()
                  .filter(
                      r ->
                          r.score()
                                  .multiply(BigDecimal.valueOf(5))
                                  .compareTo(r.scaleMax().multiply(BigDecimal.valueOf(4)))
                              >= 0)
                  .count();
          long hundredths =
              ratings.stream()
                  .mapToLong(r -> r.score().longValue() * 100 / r.scaleMax().longValue())
                  .sum();
          assertThat(e.satisfaction()).contains(Fraction.of(satisfied, n));
          assertThat(e.average())
              .contains(
                  Fraction.of(BigInteger.valueOf(hundredths * 5), BigInteger.valueOf(100L * n)));
        });
  }

  static List<Rating> ratings(int... scores) {
    List<Rating> out = new ArrayList<>();
    for (int i = 0; i < scores.length; i++) {
      out.add(rating("r-" + i, "" + scores[i], "5"));
    }
    return out;
  }

  static Rating rating(String id, String score, String max) {
    Instant at =
        OCTOBER.range().startInclusive().plus(Duration.ofHours(1 + id.hashCode() % 100 + 100));
    return new Rating(id, at, new BigDecimal(score), new BigDecimal(max));
  }

  static ClauseVerdict clause(String clause, String target, String observed, Verdict verdict) {
    return new ClauseVerdict(clause, target, observed, verdict);
  }
}

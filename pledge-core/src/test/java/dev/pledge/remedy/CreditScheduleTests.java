package dev.pledge.remedy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pledge.period.Fraction;
import dev.pledge.testing.PropertyCheck;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CreditScheduleTests {

  /** Availability tiers in percent below a 99.9 % target. */
  static final CreditSchedule AVAILABILITY =
      CreditSchedule.of(
          CreditTier.of("99", "99.9", "10"),
          CreditTier.of("95", "99", "25"),
          CreditTier.of(null, "95", "100"));

  @Test
  void picksTheTierOfTheExactValue() {
    // 99.89998 % shows as 99.9000 % but lies below 99.9: the 10 % tier.
    assertThat(tier("99.89998")).contains(CreditTier.of("99", "99.9", "10"));
    // Upper bounds are exclusive, lower bounds inclusive.
    assertThat(tier("99.9")).isEmpty();
    assertThat(tier("99")).contains(CreditTier.of("99", "99.9", "10"));
    assertThat(tier("98.99999")).contains(CreditTier.of("95", "99", "25"));
    // The open lower bound catches everything below 95.
    assertThat(tier("0")).contains(CreditTier.of(null, "95", "100"));
    assertThat(AVAILABILITY.tierFor(Fraction.of(-5, 1))).contains(CreditTier.of(null, "95", "100"));
  }

  @Test
  void reportsEveryGapAndOverlapAtOnce() {
    assertThatThrownBy(
            () ->
                CreditSchedule.of(
                    CreditTier.of("99", "99.9", "10"),
                    CreditTier.of("95", "98.5", "25"),
                    CreditTier.of(null, "96", "100")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "credit schedule: tiers [-, 96) → 100 % and [95, 98.5) → 25 % overlap;"
                + " gap [98.5, 99) between tiers [95, 98.5) → 25 % and [99, 99.9) → 10 %;"
                + " cover it with a tier (0 % if no credit is due)");
    assertThatThrownBy(
            () ->
                CreditSchedule.of(
                    CreditTier.of(null, "90", "100"), CreditTier.of(null, "95", "50")))
        .hasMessageContaining("overlap");
    assertThatThrownBy(() -> CreditSchedule.of(List.of())).hasMessageContaining("no tiers");
  }

  @Test
  void rejectsAnEmptyOrOverpayingTier() {
    assertThatThrownBy(() -> CreditTier.of("99.9", "99.9", "10"))
        .hasMessageContaining("[99.9, 99.9) is empty");
    assertThatThrownBy(() -> CreditTier.of("99", "99.9", "120"))
        .hasMessage("credit tier [99, 99.9) creditPercent 120 must be between 0 and 100");
  }

  @Test
  void tierLookupMatchesALinearScan() {
    PropertyCheck.forAll(
        1_000,
        random -> {
          // Contiguous tiers over random cut points, each end open or not.
          int n = 1 + random.nextInt(6);
          List<BigDecimal> cuts = new ArrayList<>();
          BigDecimal at = BigDecimal.valueOf(random.nextInt(100), 1);
          for (int i = 0; i <= n; i++) {
            cuts.add(at);
            at = at.add(BigDecimal.valueOf(1 + random.nextInt(50), 1));
          }
          boolean openBelow = random.nextBoolean();
          boolean openAbove = random.nextBoolean();
          List<CreditTier> tiers = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            BigDecimal min = i == 0 && openBelow ? null : cuts.get(i);
            BigDecimal max = i == n - 1 && openAbove ? null : cuts.get(i + 1);
            tiers.add(new CreditTier(min, max, BigDecimal.valueOf(random.nextInt(101))));
          }
          java.util.Collections.shuffle(tiers, new java.util.Random(random.nextLong()));
          CreditSchedule schedule = CreditSchedule.of(tiers);
          for (int k = 0; k < 20; k++) {
            Fraction v = Fraction.of(random.nextLong(-100, 4000), 1 + random.nextInt(40));
            Optional<CreditTier> linear = tiers.stream().filter(t -> t.contains(v)).findFirst();
            assertThat(schedule.tierFor(v)).isEqualTo(linear);
          }
          for (BigDecimal cut : cuts) {
            Fraction v = Fraction.of(cut);
            assertThat(schedule.tierFor(v))
                .isEqualTo(tiers.stream().filter(t -> t.contains(v)).findFirst());
          }
        });
  }

  @Test
  void acceptsExactlyTheSchedulesWithoutGapsOrOverlaps() {
    // Reference: probe every whole and half value; a schedule is valid iff no probe lies in two
    // tiers and no probe between the lowest and the highest bound lies in none.
    PropertyCheck.forAll(
        1_000,
        random -> {
          List<CreditTier> tiers = new ArrayList<>();
          for (int i = 0; i < 1 + random.nextInt(4); i++) {
            Integer min = random.nextInt(4) == 0 ? null : random.nextInt(20);
            Integer max =
                random.nextInt(4) == 0 ? null : (min == null ? 0 : min) + 1 + random.nextInt(8);
            tiers.add(new CreditTier(decimal(min), decimal(max), BigDecimal.TEN));
          }
          boolean valid = true;
          for (int half = -10; half <= 80; half++) {
            Fraction v = Fraction.of(half, 2);
            long containing = tiers.stream().filter(t -> t.contains(v)).count();
            boolean inside =
                tiers.stream()
                        .anyMatch(
                            t -> t.min().map(m -> v.compareTo(Fraction.of(m)) >= 0).orElse(true))
                    && tiers.stream()
                        .anyMatch(
                            t -> t.max().map(m -> v.compareTo(Fraction.of(m)) < 0).orElse(true));
            if (containing > 1 || (inside && containing == 0)) {
              valid = false;
            }
          }
          boolean accepted;
          try {
            CreditSchedule.of(tiers);
            accepted = true;
          } catch (IllegalArgumentException e) {
            accepted = false;
          }
          assertThat(accepted).as("%s", tiers).isEqualTo(valid);
        });
  }

  private static BigDecimal decimal(Integer i) {
    return i == null ? null : BigDecimal.valueOf(i);
  }

  private static Optional<CreditTier> tier(String value) {
    return AVAILABILITY.tierFor(Fraction.of(new BigDecimal(value)));
  }
}

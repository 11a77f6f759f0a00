package dev.pledge.remedy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pledge.period.AvailabilityCommitment;
import dev.pledge.period.AvailabilityEvaluation;
import dev.pledge.period.Fraction;
import dev.pledge.period.LatencyCommitment;
import dev.pledge.period.Measurement;
import dev.pledge.period.Outage;
import dev.pledge.period.ReportingPeriod;
import dev.pledge.period.Verdict;
import dev.pledge.remedy.Remedy.ServiceTimeExtension.Basis;
import dev.pledge.testing.PropertyCheck;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RemedyTermsTests {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final Money FEE = Money.of("1000.00", "EUR");
  static final CreditSchedule TIERS =
      CreditSchedule.of(
          CreditTier.of("99", "99.9", "10"),
          CreditTier.of("95", "99", "25"),
          CreditTier.of(null, "95", "100"));
  static final ClaimWindow THIRTY_DAYS = new ClaimWindow(30);
  static final AvailabilityCommitment NINE_NINE_NINE =
      AvailabilityCommitment.builder("connectivity").minAvailabilityPercent("99.9").build();

  @Test
  void aBreachedMonthEarnsTheCreditOfItsTier() {
    // 45 min down in a 31-day month: 100 × 44 595 / 44 640 = 24 775 / 248 = 99.8992 %, in
    // [99, 99.9): 10 % of 1000.00 EUR.
    RemedyBasis basis = RemedyBasis.of(month("2026-10", SHANGHAI, Duration.ofMinutes(45)));
    List<RemedyOwed> owed = terms(new Remedy.Credit(TIERS)).owed(basis, FEE);
    assertThat(owed).hasSize(1);
    assertThat(owed.get(0).tier()).contains(CreditTier.of("99", "99.9", "10"));
    assertThat(owed.get(0).amount()).contains(Money.of("100.00", "EUR"));
    assertThat(owed.get(0).explanation())
        .containsExactly(
            "measured value 99.8992 (exactly 24775/248) falls in tier [99, 99.9) → 10 %",
            "credit = 10 % of the fee 1000.00 EUR = 100.00 EUR",
            "claim from 2026-11-01T00:00+08:00 to 2026-12-01T00:00+08:00 (30 days after the period)");
  }

  @Test
  void theTierFollowsTheExactValueNotTheShownOne() {
    RemedyBasis basis =
        new RemedyBasis(
            month(SHANGHAI),
            Verdict.BREACHED,
            Fraction.of(new BigDecimal("99.89998")),
            Duration.ZERO);
    assertThat(terms(new Remedy.Credit(TIERS)).owed(basis, FEE).get(0).amount())
        .contains(Money.of("100.00", "EUR"));
  }

  @Test
  void aMetPeriodOwesNothing() {
    RemedyBasis basis = RemedyBasis.of(month("2026-10", SHANGHAI, Duration.ofMinutes(44)));
    RemedyTerms all =
        terms(
            new Remedy.Credit(TIERS),
            new Remedy.FeeWaiver(),
            new Remedy.FixedPenalty(Money.of("500", "EUR")),
            new Remedy.ServiceTimeExtension(new BigDecimal("2"), Basis.COUNTED_DOWNTIME));
    assertThat(all.owed(basis, FEE)).isEmpty();
  }

  @Test
  void aBreachAboveEveryTierEarnsNoCredit() {
    // The downtime clause breaks, but 99.9 % availability is in no tier.
    AvailabilityCommitment c =
        AvailabilityCommitment.builder("c")
            .minAvailabilityPercent("99.9")
            .maxDowntime(Duration.ofMinutes(30))
            .build();
    ReportingPeriod september = month(SHANGHAI).previous();
    Instant start = september.range().startInclusive().plus(Duration.ofDays(3));
    AvailabilityEvaluation e =
        c.evaluate(
            september,
            september.range().endExclusive(),
            List.of(new Outage("o-1", "net", start, null, start.plusSeconds(43 * 60 + 12), "")),
            List.of());
    assertThat(e.verdict()).isEqualTo(Verdict.BREACHED);
    assertThat(terms(new Remedy.Credit(TIERS)).owed(RemedyBasis.of(e), FEE)).isEmpty();
  }

  @Test
  void feeWaiverAndFixedPenalty() {
    RemedyBasis basis = RemedyBasis.of(month("2026-10", SHANGHAI, Duration.ofMinutes(45)));
    List<RemedyOwed> owed =
        terms(new Remedy.FeeWaiver(), new Remedy.FixedPenalty(Money.of("500", "CNY")))
            .owed(basis, FEE);
    assertThat(owed)
        .extracting(RemedyOwed::amount)
        .containsExactly(Optional.of(FEE), Optional.of(Money.of("500.00", "CNY")));
    assertThat(owed.get(0).explanation().get(0))
        .isEqualTo("the period's fee 1000.00 EUR is waived");
  }

  @Test
  void serviceTimeExtensionIsAMultipleOfDowntimeOrOfThePeriod() {
    RemedyBasis basis = RemedyBasis.of(month("2026-10", BERLIN, Duration.ofMinutes(45)));
    // "Double service time" for the downtime: 2 × 45 min.
    RemedyOwed doubled =
        terms(new Remedy.ServiceTimeExtension(new BigDecimal("2"), Basis.COUNTED_DOWNTIME))
            .owed(basis, FEE)
            .get(0);
    assertThat(doubled.serviceExtension()).contains(Duration.ofMinutes(90));
    assertThat(doubled.explanation().get(0))
        .isEqualTo("service time extended by 2 × counted downtime 45 min = 1 h 30 min");
    // "The month's service time is doubled": the month is served once more, 1 × its real length.
    RemedyOwed month =
        terms(new Remedy.ServiceTimeExtension(BigDecimal.ONE, Basis.PERIOD))
            .owed(basis, FEE)
            .get(0);
    assertThat(month.serviceExtension()).contains(Duration.ofMinutes(44_700));
  }

  @Test
  void aLatencyBreachCanExtendServiceButHasNoValueForTiers() {
    ReportingPeriod october = month(SHANGHAI);
    LatencyCommitment mail =
        LatencyCommitment.builder("mail", "mail-delay", "s")
            .maxValue(new BigDecimal("3600"))
            .build();
    Measurement slow =
        new Measurement(
            "m-1",
            october.range().startInclusive().plusSeconds(60),
            "mail-delay",
            new BigDecimal("4000"),
            "s");
    RemedyBasis basis =
        RemedyBasis.of(mail.evaluate(october, october.range().endExclusive(), List.of(slow)));
    assertThat(
            terms(new Remedy.ServiceTimeExtension(BigDecimal.ONE, Basis.PERIOD))
                .owed(basis, FEE)
                .get(0)
                .serviceExtension())
        .contains(Duration.ofDays(31));
    assertThatThrownBy(() -> terms(new Remedy.Credit(TIERS)).owed(basis, FEE))
        .hasMessageContaining("a tiered credit needs a measured value");
  }

  @Test
  void extensionsRoundHalfUpToTheNanosecond() {
    assertThat(Remedy.ServiceTimeExtension.times(Duration.ofNanos(1), new BigDecimal("1.5")))
        .isEqualTo(Duration.ofNanos(2));
    assertThat(Remedy.ServiceTimeExtension.times(Duration.ofNanos(1), new BigDecimal("1.49")))
        .isEqualTo(Duration.ofNanos(1));
    PropertyCheck.forAll(
        1_000,
        random -> {
          long nanos = random.nextLong(0, 10_000_000_000_000L);
          int tenths = random.nextInt(1, 100);
          Duration product =
              Remedy.ServiceTimeExtension.times(
                  Duration.ofNanos(nanos), BigDecimal.valueOf(tenths, 1));
          // Reference in whole nanoseconds: nanos × tenths / 10, halves up.
          long scaled = Math.multiplyExact(nanos, tenths);
          long expected = scaled / 10 + (scaled % 10 >= 5 ? 1 : 0);
          assertThat(product).isEqualTo(Duration.ofNanos(expected));
        });
  }

  @Test
  void claimsAreAcceptedFromThePeriodsEndToTheDeadlineInclusive() {
    ReportingPeriod october = ReportingPeriod.parse("2026-10", BERLIN);
    Instant opens = Instant.parse("2026-10-31T23:00:00Z");
    // Local 00:00 on 1 December, winter time.
    Instant deadline = LocalDateTime.parse("2026-12-01T00:00").atZone(BERLIN).toInstant();
    assertThat(THIRTY_DAYS.opens(october)).isEqualTo(opens);
    assertThat(THIRTY_DAYS.deadline(october)).isEqualTo(deadline);
    assertThat(THIRTY_DAYS.isClaimable(october, opens.minusNanos(1))).isFalse();
    assertThat(THIRTY_DAYS.isClaimable(october, opens)).isTrue();
    assertThat(THIRTY_DAYS.isClaimable(october, deadline)).isTrue();
    assertThat(THIRTY_DAYS.isClaimable(october, deadline.plusNanos(1))).isFalse();
    // Local days across the spring change: March 2026 + 30 days ends at local midnight on 1 May.
    ReportingPeriod march = ReportingPeriod.parse("2026-03", BERLIN);
    assertThat(THIRTY_DAYS.deadline(march)).isEqualTo(Instant.parse("2026-04-30T22:00:00Z"));
    assertThatThrownBy(() -> new ClaimWindow(-1))
        .hasMessageContaining("daysAfterPeriod -1 is negative");
  }

  @Test
  void owedRemediesCarryTheirClaimWindow() {
    RemedyBasis basis = RemedyBasis.of(month("2026-10", BERLIN, Duration.ofMinutes(45)));
    RemedyOwed owed = terms(new Remedy.FeeWaiver()).owed(basis, FEE).get(0);
    assertThat(owed.claimDeadline()).isEqualTo(Instant.parse("2026-11-30T23:00:00Z"));
    assertThat(owed.isClaimable(Instant.parse("2026-11-15T12:00:00Z"))).isTrue();
    assertThat(owed.isClaimable(Instant.parse("2026-10-15T12:00:00Z"))).isFalse();
  }

  static RemedyTerms terms(Remedy... remedies) {
    return new RemedyTerms(List.of(remedies), THIRTY_DAYS);
  }

  static ReportingPeriod month(ZoneId zone) {
    return ReportingPeriod.parse("2026-10", zone);
  }

  /** October 2026 with one outage of {@code down} on the 3rd, evaluated at the month's end. */
  static AvailabilityEvaluation month(String label, ZoneId zone, Duration down) {
    ReportingPeriod p = ReportingPeriod.parse(label, zone);
    Instant start = p.range().startInclusive().plus(Duration.ofDays(2)).plus(Duration.ofHours(10));
    Outage o = new Outage("o-1", "net", start, null, start.plus(down), "");
    return NINE_NINE_NINE.evaluate(p, p.range().endExclusive(), List.of(o), List.of());
  }
}

package dev.pledge.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pledge.testing.PropertyCheck;
import dev.pledge.time.IntervalSet;
import dev.pledge.time.TimeRange;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportingPeriodTests {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  static final List<ZoneId> ZONES =
      List.of(BERLIN, SHANGHAI, NEW_YORK, ZoneId.of("UTC"), ZoneId.of("Australia/Lord_Howe"));

  @Test
  void monthLengthsAreRealElapsedTime() {
    // Berlin October 2026 ends on winter time: 31 days plus the hour given back.
    assertThat(minutes("2026-10", BERLIN)).isEqualTo(44_700);
    // Berlin March 2026 loses an hour to summer time.
    assertThat(minutes("2026-03", BERLIN)).isEqualTo(44_580);
    // A 31-day month without DST.
    assertThat(minutes("2026-10", SHANGHAI)).isEqualTo(44_640);
    // A 30-day month: 43 200 minutes, so 0.1 % of it is 43.2 minutes.
    assertThat(minutes("2026-09", SHANGHAI)).isEqualTo(43_200);
    // February 2026: 28 days.
    assertThat(minutes("2026-02", BERLIN)).isEqualTo(40_320);
    // Lord Howe Island changes by half an hour in October.
    assertThat(minutes("2026-10", ZoneId.of("Australia/Lord_Howe"))).isEqualTo(44_610);
  }

  @Test
  void quartersAndYearsSumTheirMonths() {
    // Q4 in Berlin: 31 + 30 + 31 days plus the October hour.
    assertThat(minutes("2026-Q4", BERLIN)).isEqualTo(92 * 1440 + 60);
    // A whole year in Berlin: the hour lost in March comes back in October.
    assertThat(minutes("2026", BERLIN)).isEqualTo(365 * 1440);
    // 2028 is a leap year.
    assertThat(minutes("2028", SHANGHAI)).isEqualTo(366 * 1440);
  }

  @Test
  void rangeRunsFromLocalMidnightToLocalMidnight() {
    ReportingPeriod october = ReportingPeriod.parse("2026-10", BERLIN);
    assertThat(october.range().startInclusive()).isEqualTo(Instant.parse("2026-09-30T22:00:00Z"));
    assertThat(october.range().endExclusive()).isEqualTo(Instant.parse("2026-10-31T23:00:00Z"));
    assertThat(october.contains(Instant.parse("2026-09-30T22:00:00Z"))).isTrue();
    assertThat(october.contains(Instant.parse("2026-10-31T23:00:00Z"))).isFalse();
    // An outage set across both ends keeps only the month's part.
    IntervalSet across =
        IntervalSet.of(
            TimeRange.parse("2026-09-30T21:00:00Z/2026-09-30T23:00:00Z"),
            TimeRange.parse("2026-10-31T22:30:00Z/2026-11-01T01:00:00Z"));
    assertThat(october.clip(across))
        .isEqualTo(
            IntervalSet.of(
                TimeRange.parse("2026-09-30T22:00:00Z/2026-09-30T23:00:00Z"),
                TimeRange.parse("2026-10-31T22:30:00Z/2026-10-31T23:00:00Z")));
  }

  @Test
  void parsesMonthsQuartersAndYears() {
    assertThat(ReportingPeriod.parse("2026-10", BERLIN))
        .isEqualTo(ReportingPeriod.ofMonth(YearMonth.of(2026, 10), BERLIN));
    assertThat(ReportingPeriod.parse("2026-Q4", BERLIN))
        .isEqualTo(ReportingPeriod.ofQuarter(2026, 4, BERLIN));
    assertThat(ReportingPeriod.parse("2026-q2", BERLIN).firstDate())
        .isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(ReportingPeriod.parse("2026", BERLIN))
        .isEqualTo(ReportingPeriod.ofYear(2026, BERLIN));
    assertThat(ReportingPeriod.parse("2026-Q4", BERLIN).toString())
        .isEqualTo("2026-Q4[Europe/Berlin]");
  }

  @Test
  void rejectsTextThatIsNoPeriod() {
    for (String bad : List.of("2026-13", "2026-Q5", "26", "2026-1", "October", "")) {
      assertThatThrownBy(() -> ReportingPeriod.parse(bad, BERLIN))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + bad + "'")
          .hasMessageContaining("2026-Q4");
    }
    assertThatThrownBy(() -> ReportingPeriod.ofQuarter(2026, 0, BERLIN))
        .hasMessageContaining("quarter 0");
  }

  @Test
  void coversItsLocalDates() {
    ReportingPeriod q1 = ReportingPeriod.parse("2028-Q1", SHANGHAI);
    // 31 + 29 (leap) + 31 days.
    assertThat(q1.dayCount()).isEqualTo(91);
    assertThat(q1.dates()).hasSize(91).startsWith(LocalDate.of(2028, 1, 1));
    assertThat(q1.lastDate()).isEqualTo(LocalDate.of(2028, 3, 31));
  }

  @Test
  void nextAndPreviousStepByTheKind() {
    ReportingPeriod dec = ReportingPeriod.parse("2026-12", BERLIN);
    assertThat(dec.next().label()).isEqualTo("2027-01");
    assertThat(dec.next().previous()).isEqualTo(dec);
    assertThat(ReportingPeriod.parse("2026-Q4", BERLIN).next().label()).isEqualTo("2027-Q1");
    assertThat(ReportingPeriod.parse("2026", BERLIN).previous().label()).isEqualTo("2025");
  }

  @Test
  void periodsTileTimeAndLabelsRoundTrip() {
    PropertyCheck.forAll(
        300,
        random -> {
          ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
          PeriodKind kind = PeriodKind.values()[random.nextInt(3)];
          LocalDate date = LocalDate.of(1990, 1, 1).plusDays(random.nextInt(20_000));
          ReportingPeriod p = ReportingPeriod.of(kind, date, zone);
          assertThat(p.range().endExclusive()).isEqualTo(p.next().range().startInclusive());
          assertThat(ReportingPeriod.parse(p.label(), zone)).isEqualTo(p);
          assertThat(p.dates()).contains(date).hasSize(p.dayCount());
        });
  }

  @Test
  void lengthIsDaysTimes24HoursCorrectedByTheOffsetChange() {
    // Reference: whole days of 24 h, plus the offset at the start minus the offset at the end.
    PropertyCheck.forAll(
        300,
        random -> {
          ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
          PeriodKind kind = PeriodKind.values()[random.nextInt(3)];
          ReportingPeriod p =
              ReportingPeriod.of(
                  kind, LocalDate.of(2000, 1, 1).plusDays(random.nextInt(12_000)), zone);
          ZonedDateTime start = p.firstDate().atStartOfDay(zone);
          ZonedDateTime end = p.lastDate().plusDays(1).atStartOfDay(zone);
          long offsetChange =
              start.getOffset().getTotalSeconds() - end.getOffset().getTotalSeconds();
          Duration expected = Duration.ofDays(p.dayCount()).plusSeconds(offsetChange);
          assertThat(p.length()).isEqualTo(expected);
        });
  }

  @Test
  void containingFindsThePeriodOfAnInstant() {
    PropertyCheck.forAll(
        500,
        random -> {
          ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
          PeriodKind kind = PeriodKind.values()[random.nextInt(3)];
          Instant t =
              Instant.parse("2000-01-01T00:00:00Z").plusSeconds(random.nextLong(900_000_000L));
          ReportingPeriod p = ReportingPeriod.containing(t, kind, zone);
          assertThat(p.contains(t)).isTrue();
          assertThat(p.kind()).isEqualTo(kind);
          assertThat(p.dates()).contains(t.atZone(zone).toLocalDate());
        });
  }

  private static long minutes(String period, ZoneId zone) {
    return ReportingPeriod.parse(period, zone).length().toMinutes();
  }
}

package dev.pledge.period;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pledge.time.IntervalSet;
import dev.pledge.time.TimeRange;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class FiguresTests {

  @Test
  void showsPercentagesToFourDecimalsHalfUp() {
    // 44 minutes of a 31-day month.
    assertThat(Figures.percent(Fraction.of(44_596, 44_640))).isEqualTo("99.9014 %");
    // 99.89998 % shows as 99.9000 %; the verdict still sees the exact value.
    assertThat(Figures.percent(Fraction.of(9_989_998, 10_000_000))).isEqualTo("99.9000 %");
    assertThat(Figures.percent(Fraction.ONE)).isEqualTo("100.0000 %");
  }

  @Test
  void showsDurationsInHoursMinutesAndSeconds() {
    assertThat(Figures.duration(Duration.ZERO)).isEqualTo("0 s");
    assertThat(Figures.duration(Duration.ofMinutes(44))).isEqualTo("44 min");
    assertThat(Figures.duration(Duration.ofMinutes(44_700))).isEqualTo("745 h");
    assertThat(Figures.duration(Duration.ofSeconds(3930))).isEqualTo("1 h 5 min 30 s");
    assertThat(Figures.duration(Duration.ofNanos(2_678_935_680_000L)))
        .isEqualTo("44 min 38.93568 s");
    assertThat(Figures.duration(Duration.ofSeconds(-90))).isEqualTo("-1 min 30 s");
  }

  @Test
  void showsInstantsWithTheZoneOffset() {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    Instant t = Instant.parse("2026-10-25T00:30:00Z");
    assertThat(Figures.instant(t, berlin)).isEqualTo("2026-10-25T02:30+02:00");
    assertThat(Figures.instant(t.plusSeconds(3600), berlin)).isEqualTo("2026-10-25T02:30+01:00");
    IntervalSet set = IntervalSet.of(TimeRange.of(t, t.plusSeconds(60)));
    assertThat(Figures.ranges(set, berlin))
        .isEqualTo("2026-10-25T02:30+02:00/2026-10-25T02:31+02:00");
    assertThat(Figures.ranges(IntervalSet.empty(), berlin)).isEqualTo("none");
  }
}

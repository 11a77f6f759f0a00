package dev.pledge.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTests {

  @Test
  void parsesTheFormsPeopleWrite() {
    assertThat(Durations.parse("5m")).isEqualTo(Duration.ofMinutes(5));
    assertThat(Durations.parse("2h")).isEqualTo(Duration.ofHours(2));
    assertThat(Durations.parse("1h30m")).isEqualTo(Duration.ofMinutes(90));
    assertThat(Durations.parse("1h 30m 15s")).isEqualTo(Duration.ofSeconds(5415));
    assertThat(Durations.parse("1.5h")).isEqualTo(Duration.ofMinutes(90));
    assertThat(Durations.parse("0.25s")).isEqualTo(Duration.ofMillis(250));
    assertThat(Durations.parse("PT2H")).isEqualTo(Duration.ofHours(2));
    assertThat(Durations.parse("48h")).isEqualTo(Duration.ofDays(2));
  }

  @Test
  void rejectsDaysAndNonsenseWithTheAcceptedForms() {
    assertThatThrownBy(() -> Durations.parse("2d"))
        .hasMessageContaining("'2d' is not a duration")
        .hasMessageContaining("write hours, e.g. 48h");
    assertThatThrownBy(() -> Durations.parse("soon")).hasMessageContaining("write e.g. 5m, 2h");
    assertThatThrownBy(() -> Durations.parse("")).hasMessageContaining("is not a duration");
    assertThatThrownBy(() -> Durations.parse("PTx")).hasMessageContaining("ISO-8601");
  }

  @Test
  void formatsCompactly() {
    assertThat(Durations.format(Duration.ofMinutes(450))).isEqualTo("7 h 30 min");
    assertThat(Durations.format(Duration.ofHours(2))).isEqualTo("2 h");
    assertThat(Durations.format(Duration.ofSeconds(3605))).isEqualTo("1 h 5 s");
    assertThat(Durations.format(Duration.ZERO)).isEqualTo("0 s");
    assertThat(Durations.format(Duration.ofMillis(1250))).isEqualTo("1.25 s");
    assertThat(Durations.format(Duration.ofMinutes(-5))).isEqualTo("-5 min");
    assertThat(Durations.toSeconds(Duration.ofMinutes(450))).isEqualTo(new BigDecimal("27000"));
    assertThat(Durations.toSeconds(Duration.ofMillis(1250))).isEqualTo(new BigDecimal("1.25"));
  }
}

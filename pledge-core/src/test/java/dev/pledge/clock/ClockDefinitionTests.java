package dev.pledge.clock;

import static dev.pledge.clock.TimelineEventType.ACKNOWLEDGED;
import static dev.pledge.clock.TimelineEventType.COMMENTED;
import static dev.pledge.clock.TimelineEventType.PAUSED;
import static dev.pledge.clock.TimelineEventType.PROGRESS_UPDATE;
import static dev.pledge.clock.TimelineEventType.REOPENED;
import static dev.pledge.clock.TimelineEventType.REPORTED;
import static dev.pledge.clock.TimelineEventType.RESOLVED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pledge.calendar.BusinessCalendar;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ClockDefinitionTests {

  static ClockDefinition.Builder valid() {
    return ClockDefinition.builder()
        .target(Duration.ofHours(2))
        .calendar(BusinessCalendar.allDay(ZoneId.of("UTC")))
        .startOn(REPORTED)
        .stopOn(ACKNOWLEDGED);
  }

  @Test
  void defaultsToContinueOnReopenWithNoPausesAndNoThresholds() {
    ClockDefinition d = valid().build();
    assertThat(d.reopen()).isEqualTo(ReopenMode.CONTINUE);
    assertThat(d.pausesOn("customer")).isFalse();
    assertThat(d.pausesOn("")).isFalse();
    assertThat(d.restartOn()).isEmpty();
    assertThat(d.thresholds()).isEmpty();
  }

  @Test
  void pausesOnListedReasonsOrOnAny() {
    assertThat(valid().pauseReasons("customer").build().pausesOn("customer")).isTrue();
    assertThat(valid().pauseReasons("customer").build().pausesOn("parts")).isFalse();
    assertThat(valid().pauseOnAnyReason().build().pausesOn("")).isTrue();
  }

  @Test
  void thresholdsAreSortedWithoutRepeats() {
    ClockDefinition d =
        valid()
            .thresholds(100, 50)
            .thresholds(new BigDecimal("50.0"), new BigDecimal("87.5"))
            .build();
    assertThat(d.thresholds())
        .extracting(BigDecimal::doubleValue)
        .containsExactly(50.0, 87.5, 100.0);
  }

  @Test
  void rejectsZeroTarget() {
    assertThatThrownBy(() -> valid().target(Duration.ZERO).build())
        .hasMessageContaining("target PT0S must be positive");
  }

  @Test
  void rejectsAnEventThatBothStartsAndStops() {
    assertThatThrownBy(() -> valid().stopOn(REPORTED).build())
        .hasMessageContaining("REPORTED is in both startOn and stopOn");
  }

  @Test
  void rejectsAnEventThatBothRestartsAndStops() {
    assertThatThrownBy(() -> valid().restartOn(ACKNOWLEDGED).build())
        .hasMessageContaining("ACKNOWLEDGED is in both restartOn and stopOn");
  }

  @Test
  void rejectsPausesCommentsAndReopeningsAsDrivers() {
    assertThatThrownBy(() -> valid().startOn(PAUSED).build())
        .hasMessageContaining("PAUSED in startOn");
    assertThatThrownBy(() -> valid().restartOn(COMMENTED).build())
        .hasMessageContaining("COMMENTED in restartOn");
    assertThatThrownBy(() -> valid().stopOn(REOPENED).build())
        .hasMessageContaining("REOPENED in stopOn");
  }

  @Test
  void rejectsThresholdsOutsideZeroToThousandPercent() {
    assertThatThrownBy(() -> valid().thresholds(0).build())
        .hasMessageContaining("threshold 0 % is outside (0, 1000]");
    assertThatThrownBy(() -> valid().thresholds(new BigDecimal("1000.5")).build())
        .hasMessageContaining("threshold 1000.5 % is outside (0, 1000]");
    assertThat(valid().thresholds(1000).build().thresholds()).hasSize(1);
  }

  @Test
  void rejectsBlankPauseReason() {
    assertThatThrownBy(() -> valid().pauseReasons(" ").build())
        .hasMessageContaining("pause reason ' ' must be non-blank");
  }

  @Test
  void reportsEveryProblemAtOnce() {
    assertThatThrownBy(
            () ->
                ClockDefinition.builder()
                    .startOn(PROGRESS_UPDATE)
                    .stopOn(PROGRESS_UPDATE, RESOLVED)
                    .thresholds(-5)
                    .build())
        .hasMessageStartingWith("clock definition is invalid: ")
        .hasMessageContaining("target is missing")
        .hasMessageContaining("calendar is missing")
        .hasMessageContaining("PROGRESS_UPDATE is in both startOn and stopOn")
        .hasMessageContaining("threshold -5 %");
  }
}

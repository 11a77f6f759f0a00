package dev.pledge.clock;

import static dev.pledge.clock.TimelineEventType.ACKNOWLEDGED;
import static dev.pledge.clock.TimelineEventType.PAUSED;
import static dev.pledge.clock.TimelineEventType.REOPENED;
import static dev.pledge.clock.TimelineEventType.REPORTED;
import static dev.pledge.clock.TimelineEventType.RESOLVED;
import static dev.pledge.clock.TimelineEventType.RESUMED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pledge.calendar.BusinessCalendar;
import dev.pledge.calendar.WorkingHours;
import dev.pledge.calendar.holiday.HolidaySchedule;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Targets of N working days, worked by hand; each is a worked example in docs/semantics.md
 * ("Targets in working days"). The calendar is Monday to Friday 09:00–17:30 in Asia/Shanghai, 8 h
 * 30 min a day. Monday is 2026-03-09.
 */
class WorkingDayTargetTests {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final WorkingHours DAY = WorkingHours.parse("09:00-17:30");
  static final BusinessCalendar OFFICE = BusinessCalendar.builder(SHANGHAI).weekdays(DAY).build();

  static ClockDefinition.Builder withinWorkingDays(int n, BusinessCalendar calendar) {
    return ClockDefinition.builder()
        .workingDays(n)
        .calendar(calendar)
        .startOn(REPORTED)
        .stopOn(ACKNOWLEDGED)
        .pauseReasons("customer");
  }

  static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
  }

  static ClockResult evaluate(ClockDefinition d, String asOf, TimelineEvent... events) {
    return ClockEvaluator.evaluate(d, Timeline.of(List.of(events)), at(asOf)).current();
  }

  static TimelineEvent ev(String when, TimelineEventType type) {
    return TimelineEvent.of(at(when), type);
  }

  @Test
  void reportedMondayAfternoonIsDueAtTuesdaysClose() {
    // Monday is not counted; Tuesday is the first working day. Monday 14:00-17:30 is 3 h 30 min,
    // Tuesday 09:00-17:30 is 8 h 30 min: 12 h of counted time.
    ClockResult c =
        evaluate(
            withinWorkingDays(1, OFFICE).build(),
            "2026-03-09T15:00",
            ev("2026-03-09T14:00", REPORTED));
    assertThat(c.target()).isEqualTo(Duration.ofHours(12));
    assertThat(c.workingDays()).isEqualTo(OptionalInt.of(1));
    assertThat(c.due()).contains(at("2026-03-10T17:30"));
    assertThat(c.breachAfter()).contains(at("2026-03-11T09:00"));
    assertThat(c.elapsed()).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void reportedOnSaturdayIsDueAtMondaysClose() {
    ClockResult c =
        evaluate(
            withinWorkingDays(1, OFFICE).build(),
            "2026-03-07T12:00",
            ev("2026-03-07T11:00", REPORTED));
    assertThat(c.target()).isEqualTo(Duration.ofMinutes(8 * 60 + 30));
    assertThat(c.due()).contains(at("2026-03-09T17:30"));
    assertThat(c.breachAfter()).contains(at("2026-03-10T09:00"));
  }

  @Test
  void reportedBeforeFridaysOpeningStillDoesNotCountFriday() {
    // Friday 08:00: the day the period starts is not counted, though its hours are still ahead.
    // Friday 09:00-17:30 and Monday 09:00-17:30: 17 h.
    ClockResult c =
        evaluate(
            withinWorkingDays(1, OFFICE).build(),
            "2026-03-06T08:30",
            ev("2026-03-06T08:00", REPORTED));
    assertThat(c.target()).isEqualTo(Duration.ofHours(17));
    assertThat(c.due()).contains(at("2026-03-09T17:30"));
  }

  @Test
  void answeredAtTheCloseIsMetAndAMinuteLaterIsBreached() {
    ClockDefinition d = withinWorkingDays(1, OFFICE).build();
    ClockResult atClose =
        evaluate(
            d,
            "2026-03-12T12:00",
            ev("2026-03-09T14:00", REPORTED),
            ev("2026-03-10T17:30", ACKNOWLEDGED));
    assertThat(atClose.verdict()).isEqualTo(ClockVerdict.MET);
    assertThat(atClose.percentUsed()).isEqualByComparingTo(new BigDecimal("100.00"));
    ClockResult nextMorning =
        evaluate(
            d,
            "2026-03-12T12:00",
            ev("2026-03-09T14:00", REPORTED),
            ev("2026-03-11T09:01", ACKNOWLEDGED));
    assertThat(nextMorning.verdict()).isEqualTo(ClockVerdict.BREACHED);
    assertThat(nextMorning.overrun()).isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void fifteenWorkingDaysSkipWeekends() {
    // Reported Wednesday 11 March 10:00: the 15th working day after it is Wednesday 1 April.
    ClockResult c =
        evaluate(
            withinWorkingDays(15, OFFICE).build(),
            "2026-03-11T11:00",
            ev("2026-03-11T10:00", REPORTED));
    assertThat(c.due()).contains(at("2026-04-01T17:30"));
    // 7 h 30 min on the 11th, then 15 days of 8 h 30 min.
    assertThat(c.target()).isEqualTo(Duration.ofMinutes(7 * 60 + 30 + 15 * (8 * 60 + 30)));
  }

  @Test
  void aPauseExtendsTheDeadlineByTheBusinessTimeItHeld() {
    // Paused Tuesday 10:00-11:00 for the customer: Tuesday's close 17:30 moves one business hour
    // on, to Wednesday 10:00.
    ClockResult c =
        evaluate(
            withinWorkingDays(1, OFFICE).build(),
            "2026-03-10T12:00",
            ev("2026-03-09T14:00", REPORTED),
            TimelineEvent.of(at("2026-03-10T10:00"), PAUSED, "customer"),
            TimelineEvent.of(at("2026-03-10T11:00"), RESUMED, "customer"));
    assertThat(c.target()).isEqualTo(Duration.ofHours(12));
    assertThat(c.due()).contains(at("2026-03-11T10:00"));
    assertThat(c.breachAfter()).contains(at("2026-03-11T10:00"));
  }

  @Test
  void aNewCycleCountsItsWorkingDaysFromItsOwnStart() {
    ClockDefinition d =
        ClockDefinition.builder()
            .workingDays(1)
            .calendar(OFFICE)
            .startOn(REPORTED)
            .stopOn(RESOLVED)
            .reopen(ReopenMode.NEW_CYCLE)
            .build();
    ClockResult c =
        evaluate(
            d,
            "2026-03-13T10:00",
            ev("2026-03-09T14:00", REPORTED),
            ev("2026-03-10T10:00", RESOLVED),
            ev("2026-03-12T16:30", REOPENED));
    // Thursday 16:30 not counted day: Friday's close. 1 h + 8 h 30 min.
    assertThat(c.cycle()).isEqualTo(2);
    assertThat(c.target()).isEqualTo(Duration.ofMinutes(9 * 60 + 30));
    assertThat(c.due()).contains(at("2026-03-13T17:30"));
  }

  @Test
  void chinasHolidaysAndWorkedWeekendsCountAsTheCalendarSays() {
    BusinessCalendar china =
        HolidaySchedule.china()
            .applyTo(BusinessCalendar.builder(SHANGHAI).weekdays(DAY), List.of(DAY))
            .build();
    ClockDefinition d = withinWorkingDays(1, china).build();
    // Wednesday 30 September: 1-7 October are National Day holidays; Thursday 8th is the first
    // working day.
    ClockResult beforeHolidays = evaluate(d, "2026-09-30T11:00", ev("2026-09-30T10:00", REPORTED));
    assertThat(beforeHolidays.due()).contains(at("2026-10-08T17:30"));
    assertThat(beforeHolidays.target()).isEqualTo(Duration.ofMinutes(7 * 60 + 30 + 8 * 60 + 30));
    // Friday 9 October: Saturday 10th is worked.
    ClockResult beforeWorkedSaturday =
        evaluate(d, "2026-10-09T11:00", ev("2026-10-09T10:00", REPORTED));
    assertThat(beforeWorkedSaturday.due()).contains(at("2026-10-10T17:30"));
  }

  @Test
  void anOvernightShiftClosesTheNextMorning() {
    BusinessCalendar nights =
        BusinessCalendar.builder(SHANGHAI).weekdays(WorkingHours.parse("22:00-06:00")).build();
    // Reported Monday 23:00, inside Monday's shift: Tuesday's shift is the first working day, and
    // it closes on Wednesday at 06:00. Monday 23:00-06:00 (7 h) and Tuesday's 8 h.
    ClockResult c =
        evaluate(
            withinWorkingDays(1, nights).build(),
            "2026-03-09T23:30",
            ev("2026-03-09T23:00", REPORTED));
    assertThat(c.due()).contains(at("2026-03-11T06:00"));
    assertThat(c.target()).isEqualTo(Duration.ofHours(15));
  }

  @Test
  void beforeTheClockStartsTheTargetIsStillInWorkingDays() {
    ClockResult c = evaluate(withinWorkingDays(2, OFFICE).build(), "2026-03-09T10:00");
    assertThat(c.state()).isEqualTo(ClockState.NOT_STARTED);
    assertThat(c.workingDays()).isEqualTo(OptionalInt.of(2));
    assertThat(c.target()).isZero();
    assertThat(c.percentUsed()).isEqualByComparingTo(BigDecimal.ZERO);
  }

  @Test
  void thresholdsArePercentagesOfTheResolvedTarget() {
    // 12 h resolved; 50 % is 6 h of counted time: Monday 14:00-17:30 and Tuesday 09:00-11:30.
    ClockResult c =
        evaluate(
            withinWorkingDays(1, OFFICE).thresholds(50).build(),
            "2026-03-09T15:00",
            ev("2026-03-09T14:00", REPORTED));
    assertThat(c.thresholds().get(0).reachedAt()).contains(at("2026-03-10T11:30"));
  }

  @Test
  void zeroWorkingDaysAreRefused() {
    assertThatThrownBy(() -> withinWorkingDays(0, OFFICE).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be at least 1");
    assertThatThrownBy(() -> withinWorkingDays(1, OFFICE).build().target())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("targetFrom");
  }
}

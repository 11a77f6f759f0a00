package dev.pledge.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pledge.time.TimeRange;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The worked examples of docs/semantics.md, section "Calendars". */
class BusinessCalendarTests {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  /** 5×8 with a lunch break: 09:00–12:00 and 13:30–18:00, Monday to Friday. */
  private static final BusinessCalendar SPLIT =
      BusinessCalendar.builder(SHANGHAI)
          .weekdays(WorkingHours.parse("09:00-12:00"), WorkingHours.parse("13:30-18:00"))
          .build();

  /** Night shift every day, 22:00–06:00, in a zone with DST. */
  private static final BusinessCalendar NIGHTS = nights(BERLIN).build();

  private static BusinessCalendar.Builder nights(ZoneId zone) {
    BusinessCalendar.Builder b = BusinessCalendar.builder(zone);
    for (DayOfWeek d : DayOfWeek.values()) {
      b.week(d, WorkingHours.parse("22:00-06:00"));
    }
    return b;
  }

  private static Instant at(String isoOffsetDateTime) {
    return OffsetDateTime.parse(isoOffsetDateTime).toInstant();
  }

  @Test
  void dueSkipsTheWeekendAndTheLunchBreak() {
    // Reported Friday 17:30: 30 minutes on Friday, 90 more from Monday 09:00.
    Deadline d = SPLIT.deadline(at("2026-11-20T17:30+08:00"), Duration.ofHours(2)).orElseThrow();
    assertThat(d.due()).isEqualTo(at("2026-11-23T10:30+08:00"));
    assertThat(d.breachAfter()).isEqualTo(d.due());
    // Reported 11:00: one hour before lunch, one after it.
    Deadline lunch =
        SPLIT.deadline(at("2026-11-23T11:00+08:00"), Duration.ofHours(2)).orElseThrow();
    assertThat(lunch.due()).isEqualTo(at("2026-11-23T14:30+08:00"));
  }

  @Test
  void dueOnAClosingTimeIsBreachedOnlyAfterTheNextOpening() {
    Deadline d = SPLIT.deadline(at("2026-11-20T16:00+08:00"), Duration.ofHours(2)).orElseThrow();
    assertThat(d.due()).isEqualTo(at("2026-11-20T18:00+08:00"));
    assertThat(d.breachAfter()).isEqualTo(at("2026-11-23T09:00+08:00"));
  }

  @Test
  void businessTimeCountsOnlyOpenWindows() {
    // Friday 10:00 to Monday 10:00: 2 h + 4.5 h on Friday, 1 h on Monday.
    assertThat(
            SPLIT.businessTimeBetween(at("2026-11-20T10:00+08:00"), at("2026-11-23T10:00+08:00")))
        .isEqualTo(Duration.ofMinutes(450));
  }

  @Test
  void overnightShiftIsSevenHoursOnSpringForwardAndNineOnFallBack() {
    // Berlin: clocks go 02:00 -> 03:00 on 29 March 2026 and 03:00 -> 02:00 on 25 October 2026.
    assertThat(shift(NIGHTS, LocalDate.of(2026, 3, 28))).isEqualTo(Duration.ofHours(7));
    assertThat(shift(NIGHTS, LocalDate.of(2026, 10, 24))).isEqualTo(Duration.ofHours(9));
    assertThat(shift(NIGHTS, LocalDate.of(2026, 11, 24))).isEqualTo(Duration.ofHours(8));
  }

  private static Duration shift(BusinessCalendar calendar, LocalDate date) {
    Instant from = date.atTime(12, 0).atZone(calendar.zone()).toInstant();
    Instant to = date.plusDays(1).atTime(12, 0).atZone(calendar.zone()).toInstant();
    return calendar.businessTimeBetween(from, to);
  }

  @Test
  void holidayOnTheStartDateRemovesTheWholeOvernightShift() {
    BusinessCalendar christmasEve = nights(BERLIN).holiday(LocalDate.of(2026, 12, 24), "").build();
    // The 24th's shift (22:00 to 06:00 on the 25th) is gone, after midnight too.
    assertThat(shift(christmasEve, LocalDate.of(2026, 12, 24))).isEqualTo(Duration.ZERO);
    // The 23rd's shift still runs into the 24th.
    assertThat(shift(christmasEve, LocalDate.of(2026, 12, 23))).isEqualTo(Duration.ofHours(8));
  }

  @Test
  void extraWorkingDayReplacesTheWeeklyPatternForItsDate() {
    // China 2026: Saturday 14 February is worked (调休) ahead of the Spring Festival.
    BusinessCalendar cn =
        SPLIT.toBuilder()
            .extraWorkingDay(LocalDate.of(2026, 2, 14), "春节调休", WorkingHours.parse("09:00-18:00"))
            .build();
    assertThat(shift(cn, LocalDate.of(2026, 2, 13).plusDays(1)))
        .as("Saturday noon to Sunday noon: 12:00-18:00")
        .isEqualTo(Duration.ofHours(6));
    assertThat(cn.hoursOn(LocalDate.of(2026, 2, 14)))
        .containsExactly(WorkingHours.parse("09:00-18:00"));
  }

  @Test
  void holidayOnAWeekendChangesNothing() {
    BusinessCalendar withSaturdayHoliday =
        SPLIT.toBuilder().holiday(LocalDate.of(2026, 10, 3), "National Day").build();
    Instant monday = at("2026-10-05T09:00+08:00");
    Instant friday = at("2026-10-02T09:00+08:00");
    assertThat(withSaturdayHoliday.businessTimeBetween(friday, monday))
        .isEqualTo(SPLIT.businessTimeBetween(friday, monday));
  }

  @Test
  void localTimeInADstGapMovesLaterByTheGap() {
    // 02:30 does not exist in Berlin on 29 March 2026: the window starts at 03:30 CEST.
    BusinessCalendar c =
        BusinessCalendar.builder(BERLIN)
            .week(DayOfWeek.SUNDAY, WorkingHours.parse("02:30-05:00"))
            .build();
    assertThat(c.windowsOn(LocalDate.of(2026, 3, 29)))
        .containsExactly(TimeRange.of(at("2026-03-29T03:30+02:00"), at("2026-03-29T05:00+02:00")));
  }

  @Test
  void localTimeInADstOverlapTakesTheEarlierOffset() {
    // 02:30 happens twice in Berlin on 25 October 2026: the first (CEST, +02:00) counts.
    BusinessCalendar c =
        BusinessCalendar.builder(BERLIN)
            .week(DayOfWeek.SUNDAY, WorkingHours.parse("02:30-04:00"))
            .build();
    assertThat(c.windowsOn(LocalDate.of(2026, 10, 25)))
        .containsExactly(TimeRange.of(at("2026-10-25T02:30+02:00"), at("2026-10-25T04:00+01:00")));
    assertThat(c.windowsOn(LocalDate.of(2026, 10, 25)).get(0).duration())
        .isEqualTo(Duration.ofMinutes(150));
  }

  @Test
  void allDayCalendarCountsRealElapsedTime() {
    BusinessCalendar c = BusinessCalendar.allDay(BERLIN);
    // October 2026 in Berlin has 31 days and one extra hour.
    assertThat(c.businessTimeBetween(at("2026-10-01T00:00+02:00"), at("2026-11-01T00:00+01:00")))
        .isEqualTo(Duration.ofHours(31 * 24 + 1));
    assertThat(c.isAllDay()).isTrue();
    assertThat(c.deadline(at("2026-10-25T01:00+02:00"), Duration.ofHours(3)).orElseThrow().due())
        .isEqualTo(at("2026-10-25T03:00+01:00"));
  }

  @Test
  void touchingWindowsRunOn() {
    // 24×7 is made of touching days: a due at midnight is not a closing time.
    BusinessCalendar c = BusinessCalendar.allDay(SHANGHAI);
    Deadline d = c.deadline(at("2026-11-23T12:00+08:00"), Duration.ofHours(12)).orElseThrow();
    assertThat(d.due()).isEqualTo(at("2026-11-24T00:00+08:00"));
    assertThat(d.breachAfter()).isEqualTo(d.due());
  }

  @Test
  void zeroTargetIsDueAtOnceAndBreachedAfterTheNextOpening() {
    Deadline d = SPLIT.deadline(at("2026-11-21T10:00+08:00"), Duration.ZERO).orElseThrow();
    assertThat(d.due()).isEqualTo(at("2026-11-21T10:00+08:00"));
    assertThat(d.breachAfter()).isEqualTo(at("2026-11-23T09:00+08:00"));
  }

  @Test
  void calendarWithoutWorkingTimeHasNoDeadline() {
    BusinessCalendar never = BusinessCalendar.builder(SHANGHAI).build();
    assertThat(never.deadline(at("2026-11-23T09:00+08:00"), Duration.ofMinutes(1))).isEmpty();
    assertThat(never.nextOpening(at("2026-11-23T09:00+08:00"))).isEmpty();
  }

  @Test
  void subSecondInstantsCountExactly() {
    Instant start = at("2026-11-23T17:59:59.250+08:00");
    assertThat(SPLIT.businessTimeBetween(start, at("2026-11-24T09:00:00.500+08:00")))
        .isEqualTo(Duration.ofMillis(750 + 500));
    assertThat(SPLIT.deadline(start, Duration.ofSeconds(1)).orElseThrow().due())
        .isEqualTo(at("2026-11-24T09:00:00.250+08:00"));
  }

  @Test
  void nextOpeningAndClosing() {
    assertThat(SPLIT.nextOpening(at("2026-11-23T12:15+08:00")))
        .contains(at("2026-11-23T13:30+08:00"));
    assertThat(SPLIT.nextClosing(at("2026-11-23T12:15+08:00")))
        .contains(at("2026-11-23T12:15+08:00"));
    assertThat(SPLIT.nextClosing(at("2026-11-23T10:00+08:00")))
        .contains(at("2026-11-23T12:00+08:00"));
    assertThat(SPLIT.isOpen(at("2026-11-23T12:00+08:00"))).isFalse();
    assertThat(SPLIT.isOpen(at("2026-11-23T09:00+08:00"))).isTrue();
  }

  @Test
  void rejectsReversedRangeAndNegativeTarget() {
    assertThatThrownBy(
            () -> SPLIT.businessTimeBetween(at("2026-11-24T00:00Z"), at("2026-11-23T00:00Z")))
        .hasMessageContaining("'to' 2026-11-23T00:00:00Z is before 'from' 2026-11-24T00:00:00Z");
    assertThatThrownBy(() -> SPLIT.deadline(at("2026-11-24T00:00Z"), Duration.ofMinutes(-1)))
        .hasMessageContaining("negative");
    assertThatThrownBy(
            () ->
                SPLIT.toBuilder()
                    .holiday(LocalDate.of(2026, 2, 14), "")
                    .extraWorkingDay(LocalDate.of(2026, 2, 14), ""))
        .hasMessageContaining("2026-02-14 is listed both as a holiday and as an extra working day");
  }

  @Test
  void farApartInstantsAreCountedWithoutLimit() {
    BusinessCalendar c = BusinessCalendar.allDay(ZoneId.of("UTC"));
    Instant a = at("1900-01-01T00:00Z");
    Instant b = at("2400-01-01T00:00Z");
    assertThat(c.businessTimeBetween(a, b)).isEqualTo(Duration.between(a, b));
  }
}

package dev.pledge.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pledge.calendar.BusinessCalendar;
import dev.pledge.calendar.WorkingHours;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ObligationDefinitionTests {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Test
  void defaultsAreOneFulfilmentWithinTheSpanNamedByTheId() {
    ObligationDefinition d =
        ObligationDefinition.builder("inspection")
            .recurrence(Recurrence.monthly())
            .zone(SHANGHAI)
            .build();
    assertThat(d.name()).isEqualTo("inspection");
    assertThat(d.deadline()).isEqualTo(DeadlineRule.withinSpan());
    assertThat(d.minimumCount()).isEqualTo(1);
    assertThat(d.calendar()).isEmpty();
    assertThat(d)
        .hasToString(
            "obligation inspection: monthly, within the month, 1 fulfilment each, in"
                + " Asia/Shanghai");
  }

  @Test
  void theZoneComesFromTheCalendarWhenNotGiven() {
    BusinessCalendar calendar = BusinessCalendar.allDay(SHANGHAI);
    ObligationDefinition d =
        ObligationDefinition.builder("summary")
            .recurrence(Recurrence.monthly())
            .deadline(DeadlineRule.withinWorkingDays(3))
            .calendar(calendar)
            .build();
    assertThat(d.zone()).isEqualTo(SHANGHAI);
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    assertThatThrownBy(() -> ObligationDefinition.builder(" ").minimumCount(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "obligation ' ' is invalid: id must be non-blank without surrounding spaces, e.g."
                + " monthly-report; recurrence is missing; e.g. Recurrence.monthly() or"
                + " Recurrence.daily(); minimumCount 0 must be 1 or more; zone is missing; give"
                + " the zone whose local dates count, e.g. Asia/Shanghai");
  }

  @Test
  void aDayOfTheNextMonthNeedsMonthlyQuarterlyOrYearly() {
    assertThatThrownBy(
            () ->
                ObligationDefinition.builder("backup")
                    .recurrence(Recurrence.daily())
                    .deadline(DeadlineRule.byDayOfNextMonth(5))
                    .zone(SHANGHAI)
                    .build())
        .hasMessage(
            "obligation 'backup' is invalid: deadline 'by the 5th of the next month' needs a"
                + " monthly, quarterly or yearly recurrence, not daily");
  }

  @Test
  void workingDaysNeedACalendarWithWeeklyWorkingHoursInTheSameZone() {
    ObligationDefinition.Builder b =
        ObligationDefinition.builder("summary")
            .recurrence(Recurrence.monthly())
            .deadline(DeadlineRule.withinWorkingDays(3))
            .zone(SHANGHAI);
    assertThatThrownBy(b::build)
        .hasMessage(
            "obligation 'summary' is invalid: deadline counts working days but no calendar is"
                + " given; add calendar(...)");
    b.calendar(BusinessCalendar.builder(SHANGHAI).build());
    assertThatThrownBy(b::build)
        .hasMessageContaining(
            "calendar has no weekly working hours, so working days would run out");
    b.calendar(
        BusinessCalendar.builder(ZoneId.of("Europe/Berlin"))
            .weekdays(WorkingHours.parse("09:00-17:00"))
            .build());
    assertThatThrownBy(b::build)
        .hasMessageContaining(
            "zone Asia/Shanghai differs from the calendar's zone Europe/Berlin; working days are"
                + " counted in one zone");
  }

  @Test
  void deadlineRulesRejectImpossibleNumbers() {
    assertThatThrownBy(() -> DeadlineRule.byDayOfNextMonth(32))
        .hasMessage("day 32 must be a day of the month, 1 to 31");
    assertThatThrownBy(() -> DeadlineRule.withinWorkingDays(0))
        .hasMessage("working days 0 must be 1 or more");
    assertThatThrownBy(() -> DeadlineRule.withinDays(-1)).hasMessage("days -1 must be 1 or more");
    assertThatThrownBy(() -> DeadlineRule.byTimeOfDay(LocalTime.NOON, -1))
        .hasMessageContaining("daysAfterLastDate -1 is negative");
    assertThatThrownBy(() -> Recurrence.everyNDays(0, LocalDate.of(2026, 10, 2)))
        .hasMessage("n 0 must be 1 or more days, e.g. 3");
  }

  @Test
  void deadlineRulesInWords() {
    assertThat(DeadlineRule.byDayOfNextMonth(1).describe("month"))
        .isEqualTo("by the 1st of the next month");
    assertThat(DeadlineRule.byDayOfNextMonth(22).describe("month"))
        .isEqualTo("by the 22nd of the next month");
    assertThat(DeadlineRule.byDayOfNextMonth(13).describe("month"))
        .isEqualTo("by the 13th of the next month");
    assertThat(DeadlineRule.withinDays(1).describe("week"))
        .isEqualTo("within 1 day after the week");
    assertThat(DeadlineRule.withinWorkingDays(3).describe("month"))
        .isEqualTo("within 3 working days after the month");
    assertThat(DeadlineRule.byTimeOfDay(LocalTime.of(6, 0), 1).describe("day"))
        .isEqualTo("by 06:00 the next day");
    assertThat(DeadlineRule.byTimeOfDay(LocalTime.of(23, 0), 0).describe("day"))
        .isEqualTo("by 23:00 on the last day");
  }

  @Test
  void spansOfEachRecurrence() {
    LocalDate d = LocalDate.of(2026, 10, 3); // a Saturday
    // Each row: the recurrence, the first date of the span holding 3 October 2026, its label.
    check(Recurrence.daily(), d, "2026-10-03");
    check(
        Recurrence.everyNDays(3, LocalDate.of(2026, 10, 2)),
        LocalDate.of(2026, 10, 2),
        "2026-10-02");
    // Blocks run before the anchor too: 3 October starts the block 9 blocks before 30 October.
    check(
        Recurrence.everyNDays(3, LocalDate.of(2026, 10, 30)),
        LocalDate.of(2026, 10, 3),
        "2026-10-03");
    check(Recurrence.weekly(), LocalDate.of(2026, 9, 28), "2026-09-28");
    check(Recurrence.weekly(DayOfWeek.SUNDAY), LocalDate.of(2026, 9, 27), "2026-09-27");
    check(Recurrence.monthly(), LocalDate.of(2026, 10, 1), "2026-10");
    check(Recurrence.quarterly(), LocalDate.of(2026, 10, 1), "2026-Q4");
    check(Recurrence.yearly(), LocalDate.of(2026, 1, 1), "2026");
  }

  private static void check(Recurrence r, LocalDate first, String label) {
    LocalDate d = LocalDate.of(2026, 10, 3);
    assertThat(r.firstDateOf(d)).as("%s", r).isEqualTo(first);
    assertThat(r.label(first)).isEqualTo(label);
    assertThat(r.firstDateNamed(label)).isEqualTo(first);
    assertThat(r.firstDateNamed(d.toString())).isEqualTo(first);
    assertThat(r.previousFirstDate(r.nextFirstDate(first))).isEqualTo(first);
  }

  @Test
  void quarterLabelsIgnoreCaseAndBlanks() {
    assertThat(Recurrence.quarterly().firstDateNamed(" 2026-q2 "))
        .isEqualTo(LocalDate.of(2026, 4, 1));
    assertThatThrownBy(() -> Recurrence.daily().firstDateNamed("2026-10"))
        .hasMessage("covers '2026-10' is not a date (2026-10-03); name the occurrence it fulfils");
  }

  @Test
  void recurrencesInWords() {
    assertThat(Recurrence.everyNDays(3, LocalDate.of(2026, 10, 2)))
        .hasToString("every 3 days from 2026-10-02");
    assertThat(Recurrence.weekly()).hasToString("weekly from Monday");
    assertThat(Recurrence.quarterly()).hasToString("quarterly");
    assertThat(Recurrence.everyNDays(3, LocalDate.of(2026, 10, 2)).anchor())
        .contains(LocalDate.of(2026, 10, 2));
    assertThat(Recurrence.weekly(DayOfWeek.SUNDAY).firstDayOfWeek()).contains(DayOfWeek.SUNDAY);
  }
}

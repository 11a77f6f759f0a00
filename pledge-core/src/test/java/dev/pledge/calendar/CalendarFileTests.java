package dev.pledge.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pledge.yaml.InvalidDefinitionException;
import dev.pledge.yaml.Problem;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalendarFileTests {

  @Test
  void readsASplitShiftCalendarWithHolidaysAndWorkedWeekends() {
    NamedCalendar c =
        CalendarFile.parse(
            """
            name: Shanghai office
            zone: Asia/Shanghai
            week:
              weekdays: [09:00-12:00, 13:30-18:00]
              friday: [09:00-12:00, 13:30-17:00]
            holidays:
              - 2026-01-01
              - {from: 2026-10-01, to: 2026-10-07, name: National Day}
            extra_working_days:
              - {date: 2026-09-20, name: 国庆调休}
            extra_working_hours: [09:00-18:00]
            """,
            "office.yaml");
    BusinessCalendar cal = c.calendar();
    assertThat(c.name()).isEqualTo("Shanghai office");
    assertThat(cal.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
    assertThat(cal.weeklyHours(DayOfWeek.MONDAY)).hasSize(2);
    assertThat(cal.weeklyHours(DayOfWeek.FRIDAY).get(1))
        .isEqualTo(WorkingHours.parse("13:30-17:00"));
    assertThat(cal.weeklyHours(DayOfWeek.SATURDAY)).isEmpty();
    assertThat(cal.holidays()).hasSize(8);
    assertThat(cal.hoursOn(LocalDate.of(2026, 10, 7))).isEmpty();
    assertThat(cal.hoursOn(LocalDate.of(2026, 9, 20)))
        .containsExactly(WorkingHours.parse("09:00-18:00"));
  }

  @Test
  void extraWorkingDayDefaultsToTheSharedWeekdayHours() {
    NamedCalendar c =
        CalendarFile.parse(
            """
            zone: Asia/Shanghai
            week: {weekdays: [09:00-17:00]}
            extra_working_days: [2026-02-14]
            """,
            "cn.yaml");
    assertThat(c.name()).isEqualTo("cn.yaml");
    assertThat(c.calendar().hoursOn(LocalDate.of(2026, 2, 14)))
        .containsExactly(WorkingHours.parse("09:00-17:00"));
  }

  @Test
  void allDayIsTwentyFourSeven() {
    NamedCalendar c = CalendarFile.parse("zone: UTC\nall_day: true\n", "24x7.yaml");
    assertThat(c.calendar().isAllDay()).isTrue();
  }

  @Test
  void reportsEveryProblemWithLineAndColumn() {
    assertThatThrownBy(
            () ->
                CalendarFile.parse(
                    """
                    zone: Asia/Shanghia
                    week:
                      mondy: [09:00-18:00]
                      tuesday: [09:00-25:00]
                    holiday: [2026-10-01]
                    """,
                    "bad.yaml"))
        .isInstanceOfSatisfying(
            InvalidDefinitionException.class,
            e -> {
              List<String> messages = e.problems().stream().map(Problem::toString).toList();
              assertThat(messages)
                  .anySatisfy(
                      m ->
                          assertThat(m)
                              .contains("zone: 'Asia/Shanghia' is not an IANA time zone")
                              .contains("line 1, column 7"))
                  .anySatisfy(
                      m ->
                          assertThat(m)
                              .contains("unknown key 'mondy'; did you mean 'monday'?")
                              .contains("line 3, column 3"))
                  .anySatisfy(
                      m ->
                          assertThat(m)
                              .contains("week.tuesday[0]: '09:00-25:00' is not working hours")
                              .contains("line 4"))
                  .anySatisfy(
                      m ->
                          assertThat(m)
                              .contains("unknown key 'holiday'; did you mean 'holidays'?"));
              assertThat(e.getMessage()).startsWith("bad.yaml: 4 problems");
            });
  }

  @Test
  void rejectsMissingZoneAndWeek() {
    assertThatThrownBy(() -> CalendarFile.parse("name: x\n", "x.yaml"))
        .hasMessageContaining("'zone' is required")
        .hasMessageContaining("'week' is required");
  }

  @Test
  void rejectsADateListedTwice() {
    assertThatThrownBy(
            () ->
                CalendarFile.parse(
                    """
                    zone: UTC
                    week: {weekdays: [09:00-17:00]}
                    holidays: [2026-10-03]
                    extra_working_days: [2026-10-03]
                    """,
                    "x.yaml"))
        .hasMessageContaining("2026-10-03 is listed twice")
        .hasMessageContaining("line 4");
  }

  @Test
  void rejectsExtraWorkingDayWithoutHoursWhenWeekdaysDiffer() {
    assertThatThrownBy(
            () ->
                CalendarFile.parse(
                    """
                    zone: UTC
                    week: {weekdays: [09:00-17:00], friday: [09:00-15:00]}
                    extra_working_days: [2026-10-03]
                    """,
                    "x.yaml"))
        .hasMessageContaining("hours worked on 2026-10-03 are not given");
  }

  @Test
  void rejectsMalformedYamlWithItsLine() {
    assertThatThrownBy(() -> CalendarFile.parse("zone: UTC\nweek: [\n", "x.yaml"))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining("not valid YAML")
        .hasMessageContaining("line ");
  }

  @Test
  void rejectsDuplicateKeys() {
    assertThatThrownBy(
            () -> CalendarFile.parse("zone: UTC\nzone: Asia/Shanghai\nall_day: true\n", "x.yaml"))
        .hasMessageContaining("'zone' is given twice")
        .hasMessageContaining("line 2");
  }

  @Test
  void bundledChineseScheduleClosesHolidaysAndOpensWorkedWeekends() {
    NamedCalendar c =
        CalendarFile.parse(
            """
            zone: Asia/Shanghai
            week: {weekdays: [09:00-12:00, 13:30-18:00]}
            holiday_schedules: [china]
            """,
            "cn.yaml");
    // 2026: Spring Festival 15-23 February, Saturday 14 February worked with weekday hours.
    assertThat(c.calendar().hoursOn(LocalDate.of(2026, 2, 16))).isEmpty();
    assertThat(c.calendar().hoursOn(LocalDate.of(2026, 2, 14)))
        .containsExactly(WorkingHours.parse("09:00-12:00"), WorkingHours.parse("13:30-18:00"));
  }

  @Test
  void icalendarScheduleBesideTheFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    java.nio.file.Files.writeString(
        dir.resolve("de.ics"),
        """
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Example//Holidays//EN
        BEGIN:VEVENT
        UID:tag-der-einheit
        DTSTART;VALUE=DATE:20261003
        SUMMARY:Tag der Deutschen Einheit
        RRULE:FREQ=YEARLY
        END:VEVENT
        END:VCALENDAR
        """);
    java.nio.file.Files.writeString(
        dir.resolve("berlin.yaml"),
        "zone: Europe/Berlin\nweek: {every_day: [08:00-20:00]}\nholiday_schedules: [de.ics]\n");
    BusinessCalendar c = CalendarFile.read(dir.resolve("berlin.yaml")).calendar();
    assertThat(c.hoursOn(LocalDate.of(2027, 10, 3))).isEmpty();
    assertThat(c.hoursOn(LocalDate.of(2027, 10, 4))).hasSize(1);
  }

  @Test
  void unknownScheduleIsAProblemWithItsLine() {
    assertThatThrownBy(
            () ->
                CalendarFile.parse(
                    "zone: UTC\nweek: {weekdays: [09:00-17:00]}\nholiday_schedules: [chinaa]\n",
                    "x.yaml"))
        .hasMessageContaining("'chinaa' is neither 'china'")
        .hasMessageContaining("line 3");
  }

  @Test
  void explicitHolidayOnAScheduledWorkdayClashes() {
    assertThatThrownBy(
            () ->
                CalendarFile.parse(
                    """
                    zone: Asia/Shanghai
                    week: {weekdays: [09:00-17:00]}
                    holiday_schedules: [china]
                    holidays: [2026-02-14]
                    """,
                    "x.yaml"))
        .hasMessageContaining("2026-02-14 clashes with a holiday schedule")
        .hasMessageContaining("line 4");
  }
}

package dev.pledge.calendar.holiday;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pledge.calendar.BusinessCalendar;
import dev.pledge.calendar.Deadline;
import dev.pledge.calendar.Holiday;
import dev.pledge.calendar.WorkingHours;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bundled Chinese schedule, checked against the second published source (holiday-cn, see
 * src/test/resources/dev/pledge/calendar/holiday/holiday-cn/README.md) and against what the notices
 * say in words.
 */
class ChinaScheduleTests {

  private static final HolidaySchedule CHINA = HolidaySchedule.china();
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final List<WorkingHours> OFFICE_HOURS =
      List.of(WorkingHours.parse("09:00-12:00"), WorkingHours.parse("13:00-18:00"));

  @Test
  void bundlesTheYears2024To2026() {
    assertThat(CHINA.years()).containsExactly(2024, 2025, 2026);
    assertThat(CHINA.name()).isEqualTo("China");
  }

  @ParameterizedTest
  @ValueSource(ints = {2024, 2025, 2026})
  void holidaysAgreeWithHolidayCnDateByDate(int year) throws IOException {
    assertThat(dates(CHINA.year(year).holidays())).isEqualTo(holidayCn(year, false));
  }

  @ParameterizedTest
  @ValueSource(ints = {2024, 2025, 2026})
  void workdaysAgreeWithHolidayCnDateByDate(int year) throws IOException {
    assertThat(CHINA.year(year).workdays().stream().map(Workday::date).collect(toSortedSet()))
        .isEqualTo(holidayCn(year, true));
  }

  @Test
  void everyWorkdayIsASaturdayOrSunday() {
    assertThat(CHINA.workdays())
        .isNotEmpty()
        .allSatisfy(
            w ->
                assertThat(w.date().getDayOfWeek())
                    .as("%s", w)
                    .isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
  }

  @Test
  void noDateIsBothAHolidayAndAWorkday() {
    Set<LocalDate> holidays = dates(CHINA.holidays());
    assertThat(CHINA.workdays()).noneMatch(w -> holidays.contains(w.date()));
  }

  @ParameterizedTest
  @ValueSource(ints = {2024, 2025, 2026})
  void everyYearHasTheSevenFestivals(int year) {
    String names =
        CHINA.year(year).holidays().stream().map(Holiday::name).collect(Collectors.joining(" "));
    assertThat(names).contains("元旦", "春节", "清明", "劳动节", "端午", "中秋", "国庆");
  }

  /** The day counts each notice states in words ("共8天"), or one day "与周末连休". */
  @ParameterizedTest(name = "{0} {1}: {2} holidays, {3} workdays")
  @CsvSource({
    // 2024, 国办发明电〔2023〕7号
    "2024, 元旦, 1, 0", //            1月1日放假，与周末连休
    "2024, 春节, 8, 2", //            2月10日至17日，共8天；2月4日、2月18日上班
    "2024, 清明节, 3, 1", //          4月4日至6日，共3天；4月7日上班
    "2024, 劳动节, 5, 2", //          5月1日至5日，共5天；4月28日、5月11日上班
    "2024, 端午节, 1, 0", //          6月10日放假，与周末连休
    "2024, 中秋节, 3, 1", //          9月15日至17日，共3天；9月14日上班
    "2024, 国庆节, 7, 2", //          10月1日至7日，共7天；9月29日、10月12日上班
    // 2025, 国办发明电〔2024〕12号
    "2025, 元旦, 1, 0", //            1月1日放假1天，不调休
    "2025, 春节, 8, 2", //            1月28日至2月4日，共8天；1月26日、2月8日上班
    "2025, 清明节, 3, 0", //          4月4日至6日，共3天
    "2025, 劳动节, 5, 1", //          5月1日至5日，共5天；4月27日上班
    "2025, 端午节, 3, 0", //          5月31日至6月2日，共3天
    "2025, 国庆节、中秋节, 8, 2", //  10月1日至8日，共8天；9月28日、10月11日上班
    // 2026, 国办发明电〔2025〕7号
    "2026, 元旦, 3, 1", //            1月1日至3日，共3天；1月4日上班
    "2026, 春节, 9, 2", //            2月15日至23日，共9天；2月14日、2月28日上班
    "2026, 清明节, 3, 0", //          4月4日至6日，共3天
    "2026, 劳动节, 5, 1", //          5月1日至5日，共5天；5月9日上班
    "2026, 端午节, 3, 0", //          6月19日至21日，共3天
    "2026, 中秋节, 3, 0", //          9月25日至27日，共3天
    "2026, 国庆节, 7, 2", //          10月1日至7日，共7天；9月20日、10月10日上班
  })
  void holidayAndWorkdayCountsMatchTheNotices(
      int year, String festival, int holidays, int workdays) {
    HolidaySchedule y = CHINA.year(year);
    assertThat(y.holidays()).filteredOn(h -> h.name().equals(festival)).hasSize(holidays);
    assertThat(y.workdays()).filteredOn(w -> w.name().equals(festival + "调休上班")).hasSize(workdays);
  }

  @Test
  void yearTotalsMatchTheSumOfTheNotices() {
    assertThat(CHINA.year(2024).holidays()).hasSize(28); // 1+8+3+5+1+3+7
    assertThat(CHINA.year(2024).workdays()).hasSize(8); //  2+1+2+1+2
    assertThat(CHINA.year(2025).holidays()).hasSize(28); // 1+8+3+5+3+8
    assertThat(CHINA.year(2025).workdays()).hasSize(5); //  2+1+2
    assertThat(CHINA.year(2026).holidays()).hasSize(33); // 3+9+3+5+3+3+7
    assertThat(CHINA.year(2026).workdays()).hasSize(6); //  1+2+1+2
  }

  // docs/holidays.md, "The bundled Chinese schedule": a ticket reported on Friday 13 February 2026
  // at 17:00 in a 09:00-12:00, 13:00-18:00 office.

  @Test
  void theSaturdayBeforeSpringFestival2026IsWorked() {
    BusinessCalendar calendar = office(true);
    // Friday 17:00-18:00 counts 1 h, Saturday 14 February (调休上班) 09:00-12:00 counts 3 h more.
    assertThat(calendar.deadline(at("2026-02-13T17:00+08:00"), Duration.ofHours(4)))
        .contains(new Deadline(at("2026-02-14T12:00+08:00"), at("2026-02-14T13:00+08:00")));
  }

  @Test
  void aTwelveHourTargetWaitsOutTheSpringFestival() {
    // Friday 1 h + Saturday 8 h = 9 h; 15-23 February are holidays; Tuesday 24th 09:00-12:00 = 3 h.
    assertThat(office(true).deadline(at("2026-02-13T17:00+08:00"), Duration.ofHours(12)))
        .contains(new Deadline(at("2026-02-24T12:00+08:00"), at("2026-02-24T13:00+08:00")));
    // Without the schedule: Friday 1 h, Monday 16th 8 h, Tuesday 17th 09:00-12:00 3 h.
    assertThat(office(false).deadline(at("2026-02-13T17:00+08:00"), Duration.ofHours(12)))
        .contains(new Deadline(at("2026-02-17T12:00+08:00"), at("2026-02-17T13:00+08:00")));
  }

  @Test
  void february2026Has16WorkingDaysInsteadOf20() {
    // 20 weekdays, minus 6 holidays on weekdays (16-20, 23), plus 2 worked Saturdays (14, 28).
    assertThat(
            office(true)
                .businessTimeBetween(at("2026-02-01T00:00+08:00"), at("2026-03-01T00:00+08:00")))
        .isEqualTo(Duration.ofHours(16 * 8));
    assertThat(
            office(false)
                .businessTimeBetween(at("2026-02-01T00:00+08:00"), at("2026-03-01T00:00+08:00")))
        .isEqualTo(Duration.ofHours(20 * 8));
  }

  private static BusinessCalendar office(boolean withChina) {
    BusinessCalendar.Builder b =
        BusinessCalendar.builder(SHANGHAI).weekdays(OFFICE_HOURS.toArray(WorkingHours[]::new));
    if (withChina) {
      CHINA.applyTo(b, OFFICE_HOURS);
    }
    return b.build();
  }

  private static Instant at(String text) {
    return OffsetDateTime.parse(text).toInstant();
  }

  /** holiday-cn's dates in {@code year}: its 上班 events are worked days, the others holidays. */
  private static Set<LocalDate> holidayCn(int year, boolean worked) throws IOException {
    HolidaySchedule all = ICalendarHolidays.parse("holiday-cn", holidayCnText(), year, year);
    return all.holidays().stream()
        .filter(h -> h.name().startsWith("上班") == worked)
        .map(Holiday::date)
        .collect(toSortedSet());
  }

  private static String holidayCnText() throws IOException {
    try (InputStream in =
        ChinaScheduleTests.class.getResourceAsStream("holiday-cn/holiday-cn.ics")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Set<LocalDate> dates(List<Holiday> holidays) {
    return holidays.stream().map(Holiday::date).collect(toSortedSet());
  }

  private static Collector<LocalDate, ?, TreeSet<LocalDate>> toSortedSet() {
    return Collectors.toCollection(TreeSet::new);
  }
}

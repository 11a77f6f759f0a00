package dev.pledge.calendar.holiday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pledge.calendar.BusinessCalendar;
import dev.pledge.calendar.ExtraWorkingDay;
import dev.pledge.calendar.Holiday;
import dev.pledge.calendar.WorkingHours;
import dev.pledge.testing.PropertyCheck;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HolidayScheduleTests {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

  // docs/holidays.md, "Custom schedules"
  private static final String CUSTOMER_FILE =
      """
      # Customer Acme: our own closing days and one worked Saturday.
      date,kind,name
      2026-12-24..2026-12-31,holiday,Betriebsruhe
      2026-06-12,holiday,Gründungstag, 50 Jahre
      2026-11-28,workday,Inventur
      """;

  @Test
  void readsRangesCommentsAndNamesWithCommas() {
    HolidaySchedule s = HolidaySchedule.parse("acme", CUSTOMER_FILE);
    assertThat(s.name()).isEqualTo("acme");
    assertThat(s.holidays())
        .hasSize(9) // 24..31 December is 8 dates, both ends included, plus 12 June
        .contains(
            new Holiday(LocalDate.of(2026, 6, 12), "Gründungstag, 50 Jahre"),
            new Holiday(LocalDate.of(2026, 12, 24), "Betriebsruhe"),
            new Holiday(LocalDate.of(2026, 12, 31), "Betriebsruhe"));
    assertThat(s.workdays()).containsExactly(new Workday(LocalDate.of(2026, 11, 28), "Inventur"));
  }

  @Test
  void acceptsWindowsLineEndsAByteOrderMarkAndSpacesAroundFields() {
    String text = "\uFEFFdate, kind, name\r\n 2026-05-01 , Holiday ,  Tag der Arbeit \r\n";
    assertThat(HolidaySchedule.parse("x", text).holidays())
        .containsExactly(new Holiday(LocalDate.of(2026, 5, 1), "Tag der Arbeit"));
  }

  @Test
  void reportsEveryBadLineAtOnceWithItsField() {
    String text =
        """
        date,kind,name
        2026-13-01,holiday,Smarch
        2026-01-05,rest,Rest day
        2026-01-06,holiday,
        2026-01-09..2026-01-07,holiday,Backwards
        2026-01-10
        2026-01-11,holiday,Once
        2026-01-11,workday,Twice
        2026-01-01..2027-01-02,holiday,Too long
        """;
    assertThatThrownBy(() -> HolidaySchedule.parse("acme.csv", text))
        .isInstanceOf(HolidayFileException.class)
        .hasMessage(
            """
            acme.csv has 7 problems:
              line 2: date '2026-13-01' is not a date (YYYY-MM-DD) or a range of dates \
            (YYYY-MM-DD..YYYY-MM-DD)
              line 3: kind 'rest' is neither holiday (not worked) nor workday (a rest day worked)
              line 4: name is empty; write what the day is called, e.g. 春节
              line 5: date range '2026-01-09..2026-01-07' ends before it starts; write first..last
              line 6: expected three fields date,kind,name separated by commas; found '2026-01-10'
              line 8: date 2026-01-11 is already listed on line 7; list each date once
              line 9: date range '2026-01-01..2027-01-02' spans 367 days; at most 366 are \
            allowed, check the years"""
                .stripIndent());
  }

  @Test
  void problemsNameTheirLineAndField() {
    HolidayFileException e =
        catchFileException(
            () -> HolidaySchedule.parse("x", "date,kind,name\n2026-02-30,holiday,X"));
    assertThat(e.source()).isEqualTo("x");
    assertThat(e.problems())
        .containsExactly(
            new HolidayFileException.Problem(
                2,
                "date",
                "date '2026-02-30' is not a date (YYYY-MM-DD) or a range of dates"
                    + " (YYYY-MM-DD..YYYY-MM-DD)"));
  }

  @Test
  void requiresTheHeaderLine() {
    assertThatThrownBy(() -> HolidaySchedule.parse("x", "# only a comment\n2026-01-01,holiday,A"))
        .hasMessage(
            "x: line 2: the first line must be the header date,kind,name; found"
                + " '2026-01-01,holiday,A'");
    assertThatThrownBy(() -> HolidaySchedule.parse("x", ""))
        .hasMessage("x: line 1: the file is empty; it starts with the line date,kind,name");
  }

  @Test
  void readsAFileNamedAfterItselfAndNamesTheFileInErrors(@TempDir Path dir) throws IOException {
    Path good = dir.resolve("acme-2026.csv");
    Files.writeString(good, CUSTOMER_FILE, StandardCharsets.UTF_8);
    assertThat(HolidaySchedule.read(good).name()).isEqualTo("acme-2026");

    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "date,kind,name\n2026-01-01,holliday,Neujahr\n");
    assertThatThrownBy(() -> HolidaySchedule.read(bad))
        .hasMessageStartingWith("bad.csv: line 2: kind 'holliday' is neither");
  }

  @Test
  void rejectsADateListedTwiceOrAsBothKinds() {
    LocalDate d = LocalDate.of(2026, 1, 1);
    assertThatThrownBy(
            () ->
                HolidaySchedule.of(
                    "x", List.of(new Holiday(d, "A"), new Holiday(d, "B")), List.of()))
        .hasMessage("2026-01-01 is listed twice ('A' and 'B'); keep one");
    assertThatThrownBy(
            () ->
                HolidaySchedule.of("x", List.of(new Holiday(d, "A")), List.of(new Workday(d, "W"))))
        .hasMessage("2026-01-01 is listed both as a holiday and as a workday; keep one");
  }

  @Test
  void restrictsToAYearOrAHalfOpenRangeOfDates() {
    HolidaySchedule s = HolidaySchedule.parse("acme", CUSTOMER_FILE);
    // [24 Dec, 31 Dec): the 31st is the exclusive end.
    assertThat(s.between(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 31)).holidays())
        .hasSize(7);
    assertThat(s.year(2026)).isEqualTo(s);
    assertThat(s.year(2027).holidays()).isEmpty();
    assertThat(s.year(2027).years()).isEmpty();
    assertThatThrownBy(() -> s.between(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)))
        .hasMessage("endExclusive 2026-01-01 is before startInclusive 2026-02-01");
  }

  @Test
  void appliesHolidaysAndWorkdaysWithTheGivenHours() {
    HolidaySchedule s = HolidaySchedule.parse("acme", CUSTOMER_FILE);
    List<WorkingHours> saturdayShift = List.of(WorkingHours.parse("08:00-14:00"));
    BusinessCalendar c = s.applyTo(office(), saturdayShift).build();
    // Saturday 28 November: closed weekly, open 08:00-14:00 as a workday.
    assertThat(c.hoursOn(LocalDate.of(2026, 11, 28))).isEqualTo(saturdayShift);
    assertThat(c.extraWorkingDays())
        .containsExactly(
            new ExtraWorkingDay(LocalDate.of(2026, 11, 28), saturdayShift, "Inventur"));
    // Thursday 24 December: a weekday, closed as a holiday.
    assertThat(c.hoursOn(LocalDate.of(2026, 12, 24))).isEmpty();
    // Friday 11 December: untouched.
    assertThat(c.hoursOn(LocalDate.of(2026, 12, 11)))
        .containsExactly(WorkingHours.parse("09:00-17:00"));
  }

  // docs/holidays.md, "Using several schedules"
  @Test
  void appliesChinaAndACustomerScheduleToOneCalendar() {
    List<WorkingHours> office = List.of(WorkingHours.parse("09:00-18:00"));
    BusinessCalendar.Builder b =
        BusinessCalendar.builder(ZoneId.of("Asia/Shanghai")).weekdays(office.get(0));
    HolidaySchedule.china().applyTo(b, office);
    HolidaySchedule.parse("acme", CUSTOMER_FILE)
        .applyTo(b, List.of(WorkingHours.parse("08:00-14:00")));
    BusinessCalendar c = b.build();
    assertThat(c.hoursOn(LocalDate.of(2026, 2, 14))).isEqualTo(office); //   China's 调休 Saturday
    assertThat(
            c.hoursOn(LocalDate.of(2026, 11, 28))) //                       Acme's Inventur Saturday
        .containsExactly(WorkingHours.parse("08:00-14:00"));
    assertThat(c.hoursOn(LocalDate.of(2026, 12, 24))).isEmpty(); //           Acme's Betriebsruhe

    HolidaySchedule clash = HolidaySchedule.parse("clash", "date,kind,name\n2026-10-03,workday,X");
    assertThatThrownBy(() -> clash.applyTo(b, office))
        .hasMessage("2026-10-03 is listed both as a holiday and as an extra working day; keep one");
  }

  @Test
  void refusesWorkdaysWithoutHours() {
    assertThatThrownBy(() -> HolidaySchedule.china().applyTo(office(), List.of()))
        .hasMessage("workdayHours is empty: give the hours worked on a workday, e.g. 09:00-18:00");
  }

  @Test
  void applyingMatchesADayByDayReference() {
    PropertyCheck.forAll(
        300,
        random -> {
          Map<LocalDate, Object> plan = randomPlan(random);
          HolidaySchedule s = schedule(plan);
          List<WorkingHours> extra = List.of(randomHours(random));
          BusinessCalendar.Builder weekly = randomWeek(random);
          BusinessCalendar plain = weekly.build();
          BusinessCalendar c = s.applyTo(weekly, extra).build();
          for (LocalDate d = JAN_1; d.getYear() < 2028; d = d.plusDays(1)) {
            Object kind = plan.get(d);
            List<WorkingHours> expected =
                kind == Kind.HOLIDAY
                    ? List.of()
                    : kind == Kind.WORKDAY ? extra : plain.weeklyHours(d.getDayOfWeek());
            assertThat(c.hoursOn(d)).as("%s", d).isEqualTo(expected);
          }
        });
  }

  @Test
  void betweenMatchesFilteringDateByDate() {
    PropertyCheck.forAll(
        300,
        random -> {
          Map<LocalDate, Object> plan = randomPlan(random);
          HolidaySchedule s = schedule(plan);
          LocalDate from = JAN_1.plusDays(random.nextInt(730));
          LocalDate to = from.plusDays(random.nextInt(400));
          HolidaySchedule cut = s.between(from, to);
          List<LocalDate> expected = new ArrayList<>();
          for (LocalDate d : plan.keySet()) {
            if (!d.isBefore(from) && d.isBefore(to)) {
              expected.add(d);
            }
          }
          List<LocalDate> actual = new ArrayList<>();
          cut.holidays().forEach(h -> actual.add(h.date()));
          cut.workdays().forEach(w -> actual.add(w.date()));
          assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
        });
  }

  @Test
  void aWrittenScheduleReadsBackTheSame() {
    PropertyCheck.forAll(
        300,
        random -> {
          Map<LocalDate, Object> plan = randomPlan(random);
          String text = write(plan, random);
          assertThat(HolidaySchedule.parse("x", text)).isEqualTo(schedule(plan));
        });
  }

  private enum Kind {
    HOLIDAY,
    WORKDAY
  }

  /** Random dates in 2026-2027, each a holiday or a workday, named by kind and month. */
  private static Map<LocalDate, Object> randomPlan(SplittableRandom random) {
    Map<LocalDate, Object> plan = new TreeMap<>();
    int n = random.nextInt(40);
    for (int i = 0; i < n; i++) {
      LocalDate start = JAN_1.plusDays(random.nextInt(720));
      Kind kind = random.nextBoolean() ? Kind.HOLIDAY : Kind.WORKDAY;
      int length = random.nextInt(5) + 1;
      for (int k = 0; k < length; k++) {
        plan.putIfAbsent(start.plusDays(k), kind);
      }
    }
    return plan;
  }

  private static String nameOf(LocalDate d, Object kind) {
    return kind + " in " + d.getMonth() + (d.getDayOfMonth() % 3 == 0 ? ", third" : "");
  }

  private static HolidaySchedule schedule(Map<LocalDate, Object> plan) {
    List<Holiday> h = new ArrayList<>();
    List<Workday> w = new ArrayList<>();
    plan.forEach(
        (d, kind) -> {
          if (kind == Kind.HOLIDAY) {
            h.add(new Holiday(d, nameOf(d, kind)));
          } else {
            w.add(new Workday(d, nameOf(d, kind)));
          }
        });
    return HolidaySchedule.of("x", h, w);
  }

  /**
   * Writes the plan in the file format: dates with the same kind and name that follow each other
   * are sometimes written as one range; comments, blank lines and CRLF appear at random.
   */
  private static String write(Map<LocalDate, Object> plan, SplittableRandom random) {
    String eol = random.nextBoolean() ? "\n" : "\r\n";
    StringBuilder s = new StringBuilder("# random schedule" + eol + "date,kind,name" + eol);
    List<LocalDate> dates = new ArrayList<>(plan.keySet());
    for (int i = 0; i < dates.size(); ) {
      LocalDate first = dates.get(i);
      String name = nameOf(first, plan.get(first));
      int j = i;
      while (random.nextInt(3) > 0
          && j + 1 < dates.size()
          && dates.get(j + 1).equals(dates.get(j).plusDays(1))
          && nameOf(dates.get(j + 1), plan.get(dates.get(j + 1))).equals(name)) {
        j++;
      }
      String date = j == i ? first.toString() : first + ".." + dates.get(j);
      String kind = plan.get(first).toString().toLowerCase(java.util.Locale.ROOT);
      s.append(date).append(',').append(kind).append(',').append(name).append(eol);
      if (random.nextInt(5) == 0) {
        s.append(random.nextBoolean() ? "  # a comment" : "").append(eol);
      }
      i = j + 1;
    }
    return s.toString();
  }

  private static BusinessCalendar.Builder randomWeek(SplittableRandom random) {
    BusinessCalendar.Builder b = BusinessCalendar.builder(BERLIN);
    for (DayOfWeek day : DayOfWeek.values()) {
      if (random.nextInt(3) > 0) {
        b.week(day, randomHours(random));
      }
    }
    return b;
  }

  private static WorkingHours randomHours(SplittableRandom random) {
    LocalTime start = LocalTime.of(random.nextInt(24), 0);
    return WorkingHours.of(start, start.plusHours(random.nextInt(1, 12)));
  }

  private static BusinessCalendar.Builder office() {
    return BusinessCalendar.builder(BERLIN).weekdays(WorkingHours.parse("09:00-17:00"));
  }

  private static HolidayFileException catchFileException(Runnable r) {
    try {
      r.run();
    } catch (HolidayFileException e) {
      return e;
    }
    throw new AssertionError("expected a HolidayFileException");
  }
}

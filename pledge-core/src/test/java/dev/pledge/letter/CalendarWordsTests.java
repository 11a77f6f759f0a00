package dev.pledge.letter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pledge.calendar.BusinessCalendar;
import dev.pledge.calendar.WorkingHours;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Service hours in words. */
class CalendarWordsTests {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private final CalendarWords zh = new CalendarWords(Wording.of(LetterLanguage.ZH));
  private final CalendarWords en = new CalendarWords(Wording.of(LetterLanguage.EN));

  private static WorkingHours h(String text) {
    return WorkingHours.parse(text);
  }

  @Test
  void splitShiftOnWorkingDaysWithHolidays() {
    BusinessCalendar c =
        BusinessCalendar.builder(SHANGHAI)
            .weekdays(h("09:00-12:00"), h("13:30-18:00"))
            .holiday(LocalDate.of(2026, 10, 1), "National Day")
            .build();
    assertThat(zh.describe(c)).isEqualTo("工作日 09:00–12:00、13:30–18:00（法定节假日除外）");
    assertThat(en.describe(c))
        .isEqualTo("Working days 09:00–12:00 and 13:30–18:00, public holidays excepted");
  }

  @Test
  void aroundTheClock() {
    BusinessCalendar c = BusinessCalendar.allDay(SHANGHAI);
    assertThat(zh.describe(c)).isEqualTo("每天 24 小时，全年无休");
    assertThat(en.describe(c)).isEqualTo("around the clock, every day of the year");
  }

  @Test
  void weekdaysAndASaturdayMorning() {
    BusinessCalendar c =
        BusinessCalendar.builder(SHANGHAI)
            .weekdays(h("09:00-18:00"))
            .week(DayOfWeek.SATURDAY, h("09:00-12:00"))
            .build();
    assertThat(zh.describe(c)).isEqualTo("工作日 09:00–18:00；周六 09:00–12:00");
    assertThat(en.describe(c)).isEqualTo("Working days 09:00–18:00; Saturday 09:00–12:00");
  }

  @Test
  void overnightShiftsEveryDay() {
    BusinessCalendar.Builder b = BusinessCalendar.builder(ZoneId.of("Europe/Berlin"));
    for (DayOfWeek d : DayOfWeek.values()) {
      b.week(d, h("22:00-06:00"));
    }
    assertThat(zh.describe(b.build())).isEqualTo("每天 22:00–次日 06:00");
    assertThat(en.describe(b.build())).isEqualTo("Every day 22:00–06:00 the next day");
  }

  @Test
  void weekendsAndMidweekRuns() {
    BusinessCalendar c =
        BusinessCalendar.builder(SHANGHAI)
            .week(DayOfWeek.TUESDAY, h("10:00-24:00"))
            .week(DayOfWeek.WEDNESDAY, h("10:00-24:00"))
            .week(DayOfWeek.THURSDAY, h("10:00-24:00"))
            .week(DayOfWeek.SATURDAY, h("10:00-16:00"))
            .week(DayOfWeek.SUNDAY, h("10:00-16:00"))
            .extraWorkingDay(LocalDate.of(2026, 10, 10), "make-up day", h("10:00-16:00"))
            .build();
    assertThat(zh.describe(c)).isEqualTo("周二至周四 10:00–24:00；周六、周日 10:00–16:00（调休上班日照常服务）");
    assertThat(en.describe(c))
        .isEqualTo(
            "Tuesday to Thursday 10:00–24:00; Saturday and Sunday 10:00–16:00,"
                + " make-up working days included");
  }
}

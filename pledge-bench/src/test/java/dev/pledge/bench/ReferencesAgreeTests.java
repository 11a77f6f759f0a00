package dev.pledge.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pledge.calendar.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's contenders answer the same questions with the same answers, so the speeds
 * compared are those of equal work. The day-by-day walk also serves as a second reference for spans
 * of months, longer than minute stepping can check in a unit test.
 */
class ReferencesAgreeTests {

  private final BusinessCalendar engine = BenchCalendars.shanghai2026();
  private final DayByDayCalendar dayByDay = new DayByDayCalendar(engine);
  private final MinuteSteppingCalendar minutes = new MinuteSteppingCalendar(engine);

  @Test
  void engineAgreesWithDayByDayOnYearLongSpans() {
    for (Instant[] s : BenchCalendars.spans(2000, 7)) {
      assertThat(engine.businessTimeBetween(s[0], s[1])).isEqualTo(dayByDay.between(s[0], s[1]));
    }
  }

  @Test
  void engineAgreesWithDayByDayOnDueInstants() {
    for (Object[] d :
        concat(BenchCalendars.deadlines(1000, 8), BenchCalendars.spanDeadlines(engine, 1000, 11))) {
      Instant start = (Instant) d[0];
      Duration target = (Duration) d[1];
      assertThat(engine.deadline(start, target).orElseThrow().due())
          .isEqualTo(dayByDay.due(start, target));
    }
  }

  private static Object[][] concat(Object[][] a, Object[][] b) {
    Object[][] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void minuteSteppingAgreesOnAFewSpans() {
    for (Instant[] s : BenchCalendars.spans(10, 9)) {
      assertThat(minutes.between(s[0], s[1])).isEqualTo(engine.businessTimeBetween(s[0], s[1]));
    }
    for (Object[] d : BenchCalendars.deadlines(10, 10)) {
      assertThat(minutes.due((Instant) d[0], (Duration) d[1]))
          .isEqualTo(engine.deadline((Instant) d[0], (Duration) d[1]).orElseThrow().due());
    }
  }

  @Test
  void yearHasTheExpectedWorkingTime() {
    // 2026 has 261 weekdays; 19 of them are holidays (Jan 1-2, Feb 16-20 and 23, Apr 6,
    // May 1, 4, 5, Jun 19, Sep 25, Oct 1, 2, 5, 6, 7); 6 weekends are worked: 248 days of 7.5 h.
    assertThat(engine.businessTimeBetween(BenchCalendars.YEAR_START, BenchCalendars.YEAR_END))
        .isEqualTo(Duration.ofMinutes(248 * 450));
  }
}

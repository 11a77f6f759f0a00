package dev.pledge.bench;

import dev.pledge.calendar.BusinessCalendar;
import dev.pledge.calendar.WorkingHours;
import dev.pledge.calendar.holiday.HolidaySchedule;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.SplittableRandom;

/** The calendar and the random questions the benchmarks ask, the same for every contender. */
final class BenchCalendars {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final Instant YEAR_START = LocalDate.of(2026, 1, 1).atStartOfDay(SHANGHAI).toInstant();
  static final Instant YEAR_END = LocalDate.of(2027, 1, 1).atStartOfDay(SHANGHAI).toInstant();

  private BenchCalendars() {}

  /** Split 5×8 in Shanghai with China's 2026 holidays and worked weekends. */
  static BusinessCalendar shanghai2026() {
    List<WorkingHours> hours =
        List.of(WorkingHours.parse("09:00-12:00"), WorkingHours.parse("13:30-18:00"));
    BusinessCalendar.Builder b =
        BusinessCalendar.builder(SHANGHAI).weekdays(hours.toArray(WorkingHours[]::new));
    return HolidaySchedule.china().year(2026).applyTo(b, hours).build();
  }

  /** {@code n} random spans [a, b) within 2026, whole minutes. */
  static Instant[][] spans(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    long minutes = Duration.between(YEAR_START, YEAR_END).toMinutes();
    Instant[][] out = new Instant[n][];
    for (int i = 0; i < n; i++) {
      long x = r.nextLong(minutes);
      long y = r.nextLong(minutes);
      out[i] =
          new Instant[] {
            YEAR_START.plusSeconds(60 * Math.min(x, y)), YEAR_START.plusSeconds(60 * Math.max(x, y))
          };
    }
    return out;
  }

  /**
   * {@code n} random spans within 2026 as deadline questions: the start of the span, and as the
   * target the business time the span holds, so every due falls within 2026.
   */
  static Object[][] spanDeadlines(BusinessCalendar calendar, int n, long seed) {
    Instant[][] spans = spans(n, seed);
    Object[][] out = new Object[n][];
    for (int i = 0; i < n; i++) {
      out[i] = new Object[] {spans[i][0], calendar.businessTimeBetween(spans[i][0], spans[i][1])};
    }
    return out;
  }

  /** {@code n} random starts within 2026 with targets from 1 to 100 hours, whole minutes. */
  static Object[][] deadlines(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    long minutes = Duration.between(YEAR_START, YEAR_END).toMinutes();
    Object[][] out = new Object[n][];
    for (int i = 0; i < n; i++) {
      out[i] =
          new Object[] {
            YEAR_START.plusSeconds(60 * r.nextLong(minutes)),
            Duration.ofMinutes(r.nextLong(60, 6001))
          };
    }
    return out;
  }
}

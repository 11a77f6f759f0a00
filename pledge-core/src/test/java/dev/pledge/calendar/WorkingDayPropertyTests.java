package dev.pledge.calendar;

import static dev.pledge.testing.PropertyCheck.forAll;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pledge.clock.ClockDefinition;
import dev.pledge.clock.ClockEvaluator;
import dev.pledge.clock.ClockResult;
import dev.pledge.clock.Timeline;
import dev.pledge.clock.TimelineEvent;
import dev.pledge.clock.TimelineEventType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * "Within N working days" against the obvious day-by-day reading: walk the dates after the start's
 * date, count those whose own windows hold open time, and take the latest end of the N-th one's
 * windows; the counted target is the open time from the start to there, a minute at a time, and the
 * clock is due there.
 */
class WorkingDayPropertyTests {

  private static final int SEARCH_DAYS = 120;

  @Test
  void theCloseIsTheNthWorkingDaysLastEnd() {
    forAll(
        400,
        r -> {
          BusinessCalendar calendar = RandomCalendars.calendar(r);
          Instant start = RandomCalendars.instant(r, calendar.zone());
          int n = r.nextInt(1, 6);
          LocalDate date = LocalDate.ofInstant(start, calendar.zone());
          Optional<Instant> expected = naiveClose(calendar, date, n);
          Optional<Instant> actual = calendar.workingDayClose(date, n);
          if (expected.isPresent()) {
            assertThat(actual).as("%s, %s, n=%d", calendar, start, n).isEqualTo(expected);
          } else {
            // The reference gives up after SEARCH_DAYS; the engine must then find nothing either,
            // or a close beyond that horizon.
            actual.ifPresent(
                c ->
                    assertThat(LocalDate.ofInstant(c, calendar.zone()))
                        .isAfter(date.plusDays(SEARCH_DAYS - 1)));
          }
        });
  }

  @Test
  void theTargetIsTheBusinessTimeFromTheStartToThatClose() {
    forAll(
        150,
        r -> {
          BusinessCalendar calendar = RandomCalendars.calendar(r);
          Instant start = RandomCalendars.instant(r, calendar.zone());
          int n = r.nextInt(1, 4);
          LocalDate date = LocalDate.ofInstant(start, calendar.zone());
          Optional<Instant> close = naiveClose(calendar, date, n);
          if (close.isEmpty()) {
            return;
          }
          ClockDefinition d =
              ClockDefinition.builder()
                  .workingDays(n)
                  .calendar(calendar)
                  .startOn(TimelineEventType.REPORTED)
                  .stopOn(TimelineEventType.RESOLVED)
                  .build();
          NaiveCalendar naive = new NaiveCalendar(calendar, Duration.ofMinutes(1));
          assertThat(d.targetFrom(start))
              .as("%s, %s, n=%d", calendar, start, n)
              .isEqualTo(naive.between(start, close.get()));
          // Without pauses the clock is due exactly at that close.
          ClockResult c =
              ClockEvaluator.evaluate(
                      d, Timeline.of(TimelineEvent.of(start, TimelineEventType.REPORTED)), start)
                  .current();
          if (!c.target().isZero()) {
            assertThat(c.due()).as("%s, %s, n=%d", calendar, start, n).isEqualTo(close);
          }
        });
  }

  /** Day by day from the day after {@code date}; empty if not found within SEARCH_DAYS. */
  private static Optional<Instant> naiveClose(BusinessCalendar calendar, LocalDate date, int n) {
    int counted = 0;
    for (int i = 1; i <= SEARCH_DAYS; i++) {
      LocalDate d = date.plusDays(i);
      Instant latest = null;
      for (WorkingHours h : hours(calendar, d)) {
        Instant s = ZonedDateTime.of(d, h.start(), calendar.zone()).toInstant();
        LocalDate endDate = h.end().isAfter(h.start()) ? d : d.plusDays(1);
        Instant e = ZonedDateTime.of(endDate, h.end(), calendar.zone()).toInstant();
        if (e.isAfter(s) && (latest == null || e.isAfter(latest))) {
          latest = e;
        }
      }
      if (latest != null && ++counted == n) {
        return Optional.of(latest);
      }
    }
    return Optional.empty();
  }

  private static List<WorkingHours> hours(BusinessCalendar calendar, LocalDate d) {
    if (calendar.holidays().stream().anyMatch(h -> h.date().equals(d))) {
      return List.of();
    }
    for (ExtraWorkingDay e : calendar.extraWorkingDays()) {
      if (e.date().equals(d)) {
        return e.hours();
      }
    }
    return calendar.weeklyHours(d.getDayOfWeek());
  }
}

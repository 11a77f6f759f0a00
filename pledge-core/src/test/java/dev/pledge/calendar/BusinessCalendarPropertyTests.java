package dev.pledge.calendar;

import static dev.pledge.testing.PropertyCheck.forAll;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pledge.time.TimeRange;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The engine agrees with the minute-stepping reading of the same random calendars. */
class BusinessCalendarPropertyTests {

  private static final Duration MINUTE = Duration.ofMinutes(1);

  @Test
  void businessTimeBetweenEqualsMinuteStepping() {
    forAll(
        300,
        r -> {
          BusinessCalendar calendar = RandomCalendars.calendar(r);
          Instant a = RandomCalendars.instant(r, calendar.zone());
          Instant b = a.plus(Duration.ofMinutes(r.nextInt(0, 3 * 24 * 60)));
          NaiveCalendar naive = new NaiveCalendar(calendar, MINUTE);
          assertThat(calendar.businessTimeBetween(a, b))
              .as("%s between %s and %s", calendar, a, b)
              .isEqualTo(naive.between(a, b));
        });
  }

  @Test
  void isOpenEqualsDefinition() {
    forAll(
        1000,
        r -> {
          BusinessCalendar calendar = RandomCalendars.calendar(r);
          Instant t = RandomCalendars.instant(r, calendar.zone());
          assertThat(calendar.isOpen(t))
              .as("%s open at %s", calendar, t)
              .isEqualTo(new NaiveCalendar(calendar, MINUTE).isOpen(t));
        });
  }

  @Test
  void deadlinesEqualMinuteStepping() {
    forAll(
        300,
        r -> {
          BusinessCalendar calendar = RandomCalendars.calendar(r);
          Instant start = RandomCalendars.instant(r, calendar.zone());
          Duration target = Duration.ofMinutes(r.nextInt(0, 20 * 60));
          Instant limit = start.plus(Duration.ofDays(40));
          NaiveCalendar naive = new NaiveCalendar(calendar, MINUTE);
          Instant due = naive.due(start, target, limit);
          Optional<Deadline> deadline = calendar.deadline(start, target);
          if (due == null) {
            deadline.ifPresent(d -> assertThat(d.due()).isAfterOrEqualTo(limit));
            return;
          }
          Instant breachAfter = naive.breachAfter(start, target, limit.plus(Duration.ofDays(40)));
          assertThat(deadline)
              .as("%s: %s after %s", calendar, target, start)
              .contains(new Deadline(due, breachAfter));
        });
  }

  @Test
  void businessTimeUpToDueIsTheTargetAndDeadlinesBracketIt() {
    forAll(
        500,
        r -> {
          BusinessCalendar calendar = RandomCalendars.calendar(r);
          Instant start =
              RandomCalendars.instant(r, calendar.zone()).plusNanos(r.nextLong(0, 1_000_000_000L));
          Duration target = Duration.ofSeconds(r.nextLong(0, 200 * 3600), r.nextInt(1_000_000_000));
          calendar
              .deadline(start, target)
              .ifPresent(
                  d -> {
                    assertThat(calendar.businessTimeBetween(start, d.due())).isEqualTo(target);
                    assertThat(calendar.businessTimeBetween(start, d.breachAfter()))
                        .isEqualTo(target);
                    assertThat(d.breachAfter()).isAfterOrEqualTo(d.due());
                    Instant justAfter = d.breachAfter().plusNanos(1);
                    assertThat(calendar.businessTimeBetween(start, justAfter))
                        .isGreaterThan(target);
                    if (!target.isZero()) {
                      Instant justBefore = d.due().minusNanos(1);
                      assertThat(calendar.businessTimeBetween(start, justBefore))
                          .isLessThan(target);
                    }
                  });
        });
  }

  @Test
  void businessTimeIsAdditive() {
    forAll(
        500,
        r -> {
          BusinessCalendar calendar = RandomCalendars.calendar(r);
          Instant a =
              RandomCalendars.instant(r, calendar.zone()).plusNanos(r.nextInt(1_000_000_000));
          Instant b =
              a.plusSeconds(r.nextLong(0, 400 * 24 * 3600)).plusNanos(r.nextInt(1_000_000_000));
          Instant c =
              b.plusSeconds(r.nextLong(0, 3 * 365 * 24 * 3600L))
                  .plusNanos(r.nextInt(1_000_000_000));
          assertThat(calendar.businessTimeBetween(a, b).plus(calendar.businessTimeBetween(b, c)))
              .isEqualTo(calendar.businessTimeBetween(a, c));
          assertThat(calendar.businessTimeBetween(a, c))
              .isEqualTo(calendar.openIntervals(TimeRange.of(a, c)).totalDuration());
        });
  }

  @Test
  void nextOpeningAndClosingAgreeWithIsOpen() {
    forAll(
        300,
        r -> {
          BusinessCalendar calendar = RandomCalendars.calendar(r);
          Instant t = RandomCalendars.instant(r, calendar.zone());
          NaiveCalendar naive = new NaiveCalendar(calendar, MINUTE);
          Instant limit = t.plus(Duration.ofDays(30));
          Instant open = t;
          while (open.isBefore(limit) && !naive.isOpen(open)) {
            open = open.plus(MINUTE);
          }
          if (open.isBefore(limit)) {
            assertThat(calendar.nextOpening(t)).contains(open);
          }
          Instant closed = t;
          while (closed.isBefore(limit) && naive.isOpen(closed)) {
            closed = closed.plus(MINUTE);
          }
          if (closed.isBefore(limit)) {
            assertThat(calendar.nextClosing(t)).contains(closed);
          }
        });
  }
}

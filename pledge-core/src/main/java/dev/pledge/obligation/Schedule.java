package dev.pledge.obligation;

import dev.pledge.calendar.BusinessCalendar;
import dev.pledge.time.TimeRange;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The occurrences of one obligation as instants: covered spans, deadlines and windows. An
 * occurrence is identified by the first date it covers. Caches deadlines, so it is used by one
 * evaluation at a time.
 *
 * <p>Deadlines never decrease from one occurrence to the next (every rule counts forward from the
 * span's end, and spans move forward), which lets searches stop at the first deadline out of range.
 */
final class Schedule {

  private final ObligationDefinition definition;
  private final Recurrence recurrence;
  private final ZoneId zone;
  private final Map<LocalDate, Instant> deadlines = new HashMap<>();

  Schedule(ObligationDefinition definition) {
    this.definition = definition;
    this.recurrence = definition.recurrence();
    this.zone = definition.zone();
  }

  ObligationDefinition definition() {
    return definition;
  }

  ZoneId zone() {
    return zone;
  }

  LocalDate next(LocalDate first) {
    return recurrence.nextFirstDate(first);
  }

  LocalDate previous(LocalDate first) {
    return recurrence.previousFirstDate(first);
  }

  Instant start(LocalDate first) {
    return startOf(first);
  }

  Instant end(LocalDate first) {
    return startOf(next(first));
  }

  TimeRange covers(LocalDate first) {
    return TimeRange.of(start(first), end(first));
  }

  String label(LocalDate first) {
    return recurrence.label(first);
  }

  /** The occurrence {@code f} names in its {@code covers}, which must be present. */
  LocalDate named(ObligationFulfilment f) {
    try {
      return recurrence.firstDateNamed(f.coversLabel().orElseThrow());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "fulfilment '" + f.id() + "' of obligation '" + f.obligation() + "': " + e.getMessage(),
          e);
    }
  }

  /** The occurrence whose covered span contains {@code at}. */
  LocalDate containing(Instant at) {
    LocalDate first = recurrence.firstDateOf(at.atZone(zone).toLocalDate());
    // Where a zone turns its clock back across midnight, an instant's local date can lie one day
    // off the start-of-day boundaries the spans use: step to the span that holds it.
    while (at.isBefore(start(first))) {
      first = previous(first);
    }
    while (!at.isBefore(end(first))) {
      first = next(first);
    }
    return first;
  }

  /**
   * The occurrences whose window, from the start of the covered span to the deadline inclusive,
   * contains {@code at}, earliest first.
   */
  List<LocalDate> windowsContaining(Instant at) {
    List<LocalDate> found = new ArrayList<>();
    LocalDate c = containing(at);
    if (!deadline(c).isBefore(at)) {
      found.add(c);
    }
    // Earlier spans started before `at`; they contain it while their deadline has not passed.
    for (LocalDate p = previous(c); !deadline(p).isBefore(at); p = previous(p)) {
      found.add(0, p);
    }
    return found;
  }

  /** The occurrences whose deadline lies in {@code range}, in order. */
  List<LocalDate> dueIn(TimeRange range) {
    LocalDate first = containing(range.startInclusive());
    while (!deadline(previous(first)).isBefore(range.startInclusive())) {
      first = previous(first);
    }
    while (deadline(first).isBefore(range.startInclusive())) {
      first = next(first);
    }
    List<LocalDate> due = new ArrayList<>();
    for (LocalDate o = first; range.contains(deadline(o)); o = next(o)) {
      due.add(o);
    }
    return due;
  }

  /**
   * The last instant at which a fulfilment of the occurrence starting on {@code first} is on time.
   */
  Instant deadline(LocalDate first) {
    return deadlines.computeIfAbsent(first, this::computeDeadline);
  }

  private Instant computeDeadline(LocalDate first) {
    LocalDate after = next(first);
    DeadlineRule rule = definition.deadline();
    int n = rule.amount();
    return switch (rule.kind()) {
      case END_OF_SPAN -> endOf(after.minusDays(1));
      case DAY_OF_NEXT_MONTH -> endOf(dayOfMonth(YearMonth.from(after), n));
      case DAYS_AFTER -> endOf(after.plusDays(n - 1L));
      case WORKING_DAYS_AFTER -> endOf(nthWorkingDate(after, n));
      case TIME_OF_DAY -> timeOn(after.minusDays(1).plusDays(n), rule);
    };
  }

  private static LocalDate dayOfMonth(YearMonth month, int day) {
    return month.atDay(Math.min(day, month.lengthOfMonth()));
  }

  /** The {@code n}th date on or after {@code from} on which the calendar has working hours. */
  private LocalDate nthWorkingDate(LocalDate from, int n) {
    BusinessCalendar calendar = definition.calendar().orElseThrow();
    LocalDate d = from;
    for (int counted = 0; ; d = d.plusDays(1)) {
      if (!calendar.hoursOn(d).isEmpty() && ++counted == n) {
        return d;
      }
    }
  }

  private Instant timeOn(LocalDate date, DeadlineRule rule) {
    // ZonedDateTime.of moves a time in a gap later by the gap and takes the earlier offset in an
    // overlap: the calendar convention.
    return ZonedDateTime.of(date, rule.timeOfDay().orElseThrow(), zone).toInstant();
  }

  /** The last nanosecond of {@code date}: the whole date is in time, its next 00:00 is not. */
  private Instant endOf(LocalDate date) {
    return startOf(date.plusDays(1)).minusNanos(1);
  }

  private Instant startOf(LocalDate date) {
    return date.atStartOfDay(zone).toInstant();
  }
}

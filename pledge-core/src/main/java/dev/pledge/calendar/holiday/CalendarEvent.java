package dev.pledge.calendar.holiday;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A VEVENT reduced to what a holiday import needs: where it starts, how long it lasts, what it is
 * called, and how it recurs. Times are local as written.
 *
 * @param rule a yearly rule, or null if the event does not recur by rule
 * @param extraStarts RDATE starts
 * @param excluded EXDATE dates: an occurrence starting on one of them is dropped
 * @param uid the UID, or empty
 * @param recurrenceId for an override of one occurrence of a recurring event, the date of the
 *     occurrence it replaces; else null
 */
record CalendarEvent(
    LocalDateTime start,
    Duration length,
    String summary,
    YearlyRule rule,
    List<LocalDateTime> extraStarts,
    Set<LocalDate> excluded,
    String uid,
    LocalDate recurrenceId,
    boolean cancelled) {

  CalendarEvent {
    extraStarts = List.copyOf(extraStarts);
    excluded = Set.copyOf(excluded);
  }

  /**
   * Calls {@code sink} with each date in {@code [first, last]} that some occurrence touches, and
   * this event's name. An occurrence touches every date from its start up to the date of the last
   * instant before its end, so an all-day event with DTEND on 27 December ends on the 26th.
   *
   * @param overridden dates of occurrences replaced by other VEVENTs (RECURRENCE-ID)
   */
  void forEachDate(
      LocalDate first,
      LocalDate last,
      Set<LocalDate> overridden,
      BiConsumer<LocalDate, String> sink) {
    if (cancelled) {
      return;
    }
    for (LocalDateTime s : starts(last.getYear())) {
      if (excluded.contains(s.toLocalDate()) || overridden.contains(s.toLocalDate())) {
        continue;
      }
      LocalDate from = max(s.toLocalDate(), first);
      LocalDate to = min(lastDate(s), last);
      for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
        sink.accept(d, summary);
      }
    }
  }

  private List<LocalDateTime> starts(int lastYear) {
    List<LocalDateTime> starts = new ArrayList<>();
    starts.addAll(rule == null ? List.of(start) : rule.starts(start, lastYear));
    starts.addAll(extraStarts);
    return starts;
  }

  private LocalDate lastDate(LocalDateTime occurrenceStart) {
    LocalDateTime end = occurrenceStart.plus(length);
    if (!end.isAfter(occurrenceStart)) {
      return occurrenceStart.toLocalDate();
    }
    boolean endsAtMidnight = end.toLocalTime().equals(LocalTime.MIDNIGHT);
    return endsAtMidnight ? end.toLocalDate().minusDays(1) : end.toLocalDate();
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}

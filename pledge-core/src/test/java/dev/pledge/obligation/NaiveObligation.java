package dev.pledge.obligation;

import dev.pledge.obligation.DeadlineRule.Kind;
import dev.pledge.obligation.Recurrence.Frequency;
import dev.pledge.period.ReportingPeriod;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * An obviously correct obligation model for property checks: it finds occurrences by walking local
 * dates one at a time and asking of each whether a span starts on it, computes deadlines by
 * stepping dates, turns local times into instants straight from the zone's offset rules, and
 * matches each fulfilment by scanning every occurrence from the first.
 */
final class NaiveObligation {

  /** The obligation, in plain terms that do not use the engine's classes. */
  record Terms(
      String id,
      Frequency frequency,
      int everyDays,
      LocalDate anchor,
      DayOfWeek weekStart,
      Kind deadline,
      int amount,
      LocalTime time,
      ZoneId zone,
      Set<DayOfWeek> workingWeekdays,
      Set<LocalDate> holidays,
      Set<LocalDate> extraWorkingDays,
      int minimum) {}

  /** One occurrence and what the scan matched to it. */
  static final class Occ {
    final LocalDate first;
    final LocalDate last;
    final Instant start;
    final Instant end;
    final Instant deadline;
    final String label;
    final List<ObligationFulfilment> matched = new ArrayList<>();

    Occ(
        LocalDate first,
        LocalDate last,
        Instant start,
        Instant end,
        Instant deadline,
        String label) {
      this.first = first;
      this.last = last;
      this.start = start;
      this.end = end;
      this.deadline = deadline;
      this.label = label;
    }

    OccurrenceStatus status(int minimum, Instant asOf) {
      int onTime = 0;
      for (ObligationFulfilment f : matched) {
        if (f.at().compareTo(deadline) <= 0) {
          onTime++;
        }
      }
      if (onTime >= minimum) {
        return OccurrenceStatus.MET;
      }
      if (asOf.compareTo(deadline) <= 0) {
        return OccurrenceStatus.PENDING;
      }
      return matched.size() >= minimum ? OccurrenceStatus.LATE : OccurrenceStatus.MISSED;
    }
  }

  final Terms terms;
  final List<Occ> all = new ArrayList<>();
  final List<ObligationFulfilment> early = new ArrayList<>();
  private final List<Occ> earlyTargets = new ArrayList<>();

  /** Every whole span starting between {@code from} and {@code to}. */
  NaiveObligation(Terms terms, LocalDate from, LocalDate to) {
    this.terms = terms;
    List<LocalDate> starts = new ArrayList<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      if (startsSpan(d)) {
        starts.add(d);
      }
    }
    for (int i = 0; i + 1 < starts.size(); i++) {
      LocalDate first = starts.get(i);
      LocalDate after = starts.get(i + 1);
      all.add(
          new Occ(
              first,
              after.minusDays(1),
              startOfDay(first),
              startOfDay(after),
              deadline(after),
              label(first)));
    }
  }

  private boolean startsSpan(LocalDate d) {
    return switch (terms.frequency()) {
      case DAILY -> true;
      case EVERY_N_DAYS ->
          Math.floorMod(d.toEpochDay() - terms.anchor().toEpochDay(), terms.everyDays()) == 0;
      case WEEKLY -> d.getDayOfWeek() == terms.weekStart();
      case MONTHLY -> d.getDayOfMonth() == 1;
      case QUARTERLY -> d.getDayOfMonth() == 1 && d.getMonthValue() % 3 == 1;
      case YEARLY -> d.getDayOfYear() == 1;
    };
  }

  private String label(LocalDate first) {
    return switch (terms.frequency()) {
      case MONTHLY -> String.format("%04d-%02d", first.getYear(), first.getMonthValue());
      case QUARTERLY -> String.format("%04d-Q%d", first.getYear(), first.getMonthValue() / 3 + 1);
      case YEARLY -> String.format("%04d", first.getYear());
      default -> first.toString();
    };
  }

  /** The deadline of the span whose next span starts on {@code after}. */
  private Instant deadline(LocalDate after) {
    int n = terms.amount();
    LocalDate lastInTime;
    switch (terms.deadline()) {
      case END_OF_SPAN -> lastInTime = after.minusDays(1);
      case DAY_OF_NEXT_MONTH -> {
        lastInTime = after;
        while (lastInTime.getDayOfMonth() != Math.min(n, lastInTime.lengthOfMonth())) {
          lastInTime = lastInTime.plusDays(1);
        }
      }
      case DAYS_AFTER -> {
        lastInTime = after;
        for (int counted = 1; counted < n; counted++) {
          lastInTime = lastInTime.plusDays(1);
        }
      }
      case WORKING_DAYS_AFTER -> {
        lastInTime = after.minusDays(1);
        int counted = 0;
        while (counted < n) {
          lastInTime = lastInTime.plusDays(1);
          if (isWorkingDate(lastInTime)) {
            counted++;
          }
        }
      }
      case TIME_OF_DAY -> {
        return instant(LocalDateTime.of(after.minusDays(1).plusDays(n), terms.time()));
      }
      default -> throw new AssertionError(terms.deadline());
    }
    return startOfDay(lastInTime.plusDays(1)).minusNanos(1);
  }

  private boolean isWorkingDate(LocalDate d) {
    if (terms.holidays().contains(d)) {
      return false;
    }
    return terms.extraWorkingDays().contains(d)
        || terms.workingWeekdays().contains(d.getDayOfWeek());
  }

  /** The first instant whose local date is {@code d}. */
  private Instant startOfDay(LocalDate d) {
    LocalDateTime midnight = d.atStartOfDay();
    ZoneRules rules = terms.zone().getRules();
    List<ZoneOffset> offsets = rules.getValidOffsets(midnight);
    if (offsets.isEmpty()) {
      return rules.getTransition(midnight).getInstant(); // the day starts when the gap ends
    }
    return midnight.toInstant(offsets.get(0));
  }

  /** A local time: in a gap, later by the gap; in an overlap, the earlier offset. */
  private Instant instant(LocalDateTime t) {
    ZoneRules rules = terms.zone().getRules();
    List<ZoneOffset> offsets = rules.getValidOffsets(t);
    if (offsets.isEmpty()) {
      ZoneOffsetTransition gap = rules.getTransition(t);
      return t.plus(gap.getDuration()).toInstant(gap.getOffsetAfter());
    }
    return t.toInstant(offsets.get(0));
  }

  /** Matches every fulfilment of the obligation known at {@code asOf}, one by one in time order. */
  void match(List<ObligationFulfilment> fulfilments, Instant asOf) {
    List<ObligationFulfilment> sorted = new ArrayList<>();
    for (ObligationFulfilment f : fulfilments) {
      if (f.obligation().equals(terms.id()) && f.at().compareTo(asOf) <= 0) {
        sorted.add(f);
      }
    }
    sorted.sort(Comparator.comparing(ObligationFulfilment::at).thenComparing(f -> f.id()));
    for (ObligationFulfilment f : sorted) {
      if (f.covers() != null && !f.covers().isBlank()) {
        matchNamed(f);
      } else {
        matchByTime(f);
      }
    }
  }

  private void matchNamed(ObligationFulfilment f) {
    String covers = f.covers().strip();
    Occ target = null;
    for (Occ o : all) {
      boolean named =
          covers.equals(o.label)
              || (covers.length() == 10
                  && !LocalDate.parse(covers).isBefore(o.first)
                  && !LocalDate.parse(covers).isAfter(o.last));
      if (named) {
        target = o;
      }
    }
    if (f.at().isBefore(target.start)) {
      early.add(f);
      earlyTargets.add(target);
    } else {
      target.matched.add(f);
    }
  }

  private void matchByTime(ObligationFulfilment f) {
    for (Occ o : all) {
      boolean inWindow = !f.at().isBefore(o.start) && f.at().compareTo(o.deadline) <= 0;
      if (inWindow && o.matched.size() < terms.minimum()) {
        o.matched.add(f);
        return;
      }
    }
    for (Occ o : all) {
      if (!f.at().isBefore(o.start) && f.at().isBefore(o.end)) {
        o.matched.add(f);
        return;
      }
    }
    throw new AssertionError("no occurrence covers " + f);
  }

  /** The occurrences whose deadline lies in {@code period}. */
  List<Occ> dueIn(ReportingPeriod period) {
    List<Occ> due = new ArrayList<>();
    for (Occ o : all) {
      if (period.contains(o.deadline)) {
        due.add(o);
      }
    }
    return due;
  }

  /**
   * The fulfilments that came before the span they name began, naming one due in {@code period}.
   */
  List<ObligationFulfilment> earlyFor(ReportingPeriod period) {
    List<ObligationFulfilment> out = new ArrayList<>();
    for (int i = 0; i < early.size(); i++) {
      if (period.contains(earlyTargets.get(i).deadline)) {
        out.add(early.get(i));
      }
    }
    return out;
  }
}

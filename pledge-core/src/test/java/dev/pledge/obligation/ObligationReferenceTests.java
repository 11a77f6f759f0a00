package dev.pledge.obligation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pledge.calendar.BusinessCalendar;
import dev.pledge.calendar.WorkingHours;
import dev.pledge.obligation.DeadlineRule.Kind;
import dev.pledge.obligation.NaiveObligation.Occ;
import dev.pledge.obligation.NaiveObligation.Terms;
import dev.pledge.obligation.Recurrence.Frequency;
import dev.pledge.period.PeriodKind;
import dev.pledge.period.ReportingPeriod;
import dev.pledge.period.Verdict;
import dev.pledge.testing.PropertyCheck;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Checks evaluations against {@link NaiveObligation} on random definitions, zones, calendars,
 * fulfilments and evaluation instants. Fulfilment instants cluster on span starts and deadlines, a
 * nanosecond either side, where off-by-one mistakes live.
 */
class ObligationReferenceTests {

  static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("Europe/Berlin"),
          ZoneId.of("America/New_York"),
          ZoneId.of("Australia/Lord_Howe"),
          ZoneId.of("America/Santiago"),
          ZoneId.of("America/Havana"),
          ZoneId.of("Asia/Shanghai"),
          ZoneId.of("UTC"));

  /**
   * Until 2011 St. John's changed its clocks at 00:01, turning them back to 23:01 of the day
   * before: for an hour, instants after a day's start show the previous date. Periods in this zone
   * are drawn from 2009 to 2011.
   */
  static final ZoneId ST_JOHNS = ZoneId.of("America/St_Johns");

  static final List<LocalTime> TIMES =
      List.of(
          LocalTime.MIDNIGHT,
          LocalTime.of(2, 30),
          LocalTime.of(6, 0),
          LocalTime.of(23, 30),
          LocalTime.MAX);

  @Test
  void occurrencesStatusesAndMatchesAgreeWithTheNaiveModel() {
    PropertyCheck.forAll(
        300,
        random -> {
          Scenario s = Scenario.random(random);
          ObligationEvaluation e = s.definition().evaluate(s.period(), s.asOf(), s.fulfilments());
          NaiveObligation naive = s.naive();
          naive.match(s.fulfilments(), s.asOf());
          List<Occ> due = naive.dueIn(s.period());

          assertThat(e.occurrences()).as("occurrences due").hasSize(due.size());
          for (int i = 0; i < due.size(); i++) {
            Occurrence o = e.occurrences().get(i);
            Occ r = due.get(i);
            String what = "occurrence " + r.label;
            assertThat(o.label()).as(what).isEqualTo(r.label);
            assertThat(o.firstDate()).as(what).isEqualTo(r.first);
            assertThat(o.lastDate()).as(what).isEqualTo(r.last);
            assertThat(o.covers().startInclusive()).as(what + " start").isEqualTo(r.start);
            assertThat(o.covers().endExclusive()).as(what + " end").isEqualTo(r.end);
            assertThat(o.deadline()).as(what + " deadline").isEqualTo(r.deadline);
            assertThat(o.fulfilments()).as(what + " fulfilments").isEqualTo(r.matched);
            assertThat(o.status())
                .as(what + " status")
                .isEqualTo(r.status(s.terms().minimum(), s.asOf()));
          }
          assertThat(e.notCounted()).isEqualTo(naive.earlyFor(s.period()));
          assertThat(e.verdict()).isEqualTo(verdict(due, s));
        });
  }

  private static Verdict verdict(List<Occ> due, Scenario s) {
    boolean pending = false;
    for (Occ o : due) {
      OccurrenceStatus status = o.status(s.terms().minimum(), s.asOf());
      if (status == OccurrenceStatus.LATE || status == OccurrenceStatus.MISSED) {
        return Verdict.BREACHED;
      }
      pending |= status == OccurrenceStatus.PENDING;
    }
    return pending || due.isEmpty() ? Verdict.NO_DATA : Verdict.MET;
  }

  record Scenario(
      Terms terms,
      ObligationDefinition definition,
      ReportingPeriod period,
      Instant asOf,
      List<ObligationFulfilment> fulfilments) {

    NaiveObligation naive() {
      // Wide enough for every span and window the fulfilments can touch, yearly ones included.
      return new NaiveObligation(
          terms, period.firstDate().minusYears(3), period.lastDate().plusYears(3));
    }

    static Scenario random(SplittableRandom r) {
      Terms terms = terms(r);
      ReportingPeriod period = period(r, terms.zone());
      Scenario draft = new Scenario(terms, definition(terms), period, null, List.of());
      NaiveObligation naive = draft.naive();
      Instant from = period.range().startInclusive().minus(Duration.ofDays(45));
      Instant to = period.range().endExclusive().plus(Duration.ofDays(45));
      List<List<Instant>> bases = bases(naive, terms.zone(), from, to);
      List<ObligationFulfilment> fulfilments = new ArrayList<>();
      int count = r.nextInt(41);
      for (int i = 0; i < count; i++) {
        Instant at = instant(r, bases, from, to);
        String covers = r.nextInt(10) < 3 ? covers(r, naive, at) : null;
        String obligation = r.nextInt(10) == 0 ? "other" : terms.id();
        fulfilments.add(new ObligationFulfilment("f-" + i, obligation, at, covers, null));
      }
      Instant asOf =
          switch (r.nextInt(3)) {
            case 0 -> period.range().endExclusive();
            default -> instant(r, bases, from, to);
          };
      return new Scenario(terms, draft.definition(), period, asOf, fulfilments);
    }

    private static Terms terms(SplittableRandom r) {
      Frequency frequency = Frequency.values()[r.nextInt(Frequency.values().length)];
      Kind kind = Kind.values()[r.nextInt(Kind.values().length)];
      boolean monthBased =
          frequency == Frequency.MONTHLY
              || frequency == Frequency.QUARTERLY
              || frequency == Frequency.YEARLY;
      if (kind == Kind.DAY_OF_NEXT_MONTH && !monthBased) {
        kind = Kind.END_OF_SPAN;
      }
      int amount =
          switch (kind) {
            case END_OF_SPAN -> 0;
            case DAY_OF_NEXT_MONTH -> r.nextBoolean() ? 28 + r.nextInt(4) : 1 + r.nextInt(31);
            case DAYS_AFTER -> 1 + r.nextInt(10);
            case WORKING_DAYS_AFTER -> 1 + r.nextInt(5);
            case TIME_OF_DAY -> r.nextInt(3);
          };
      Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
      while (weekdays.isEmpty()) {
        for (DayOfWeek d : DayOfWeek.values()) {
          if (r.nextInt(3) > 0) {
            weekdays.add(d);
          }
        }
      }
      Set<LocalDate> holidays = new HashSet<>();
      Set<LocalDate> extraWorkingDays = new HashSet<>();
      specialDates(r, holidays, extraWorkingDays);
      return new Terms(
          "ob",
          frequency,
          frequency == Frequency.DAILY ? 1 : 1 + r.nextInt(10),
          LocalDate.of(2026, 1, 1).plusDays(r.nextInt(-400, 400)),
          DayOfWeek.values()[r.nextInt(7)],
          kind,
          amount,
          TIMES.get(r.nextInt(TIMES.size())),
          r.nextInt(8) == 0 ? ST_JOHNS : ZONES.get(r.nextInt(ZONES.size())),
          weekdays,
          holidays,
          extraWorkingDays,
          1 + r.nextInt(3));
    }

    /** A block of up to 9 holidays around each month's start, and an extra working day or not. */
    private static void specialDates(
        SplittableRandom r, Set<LocalDate> holidays, Set<LocalDate> extraWorkingDays) {
      for (LocalDate m = LocalDate.of(2022, 1, 1); m.getYear() < 2030; m = m.plusMonths(1)) {
        LocalDate start = m.plusDays(r.nextInt(-3, 3));
        for (int i = r.nextInt(10); i > 0; i--) {
          holidays.add(start.plusDays(i));
        }
        LocalDate extra = m.plusDays(r.nextInt(8, 20));
        if (r.nextBoolean() && !holidays.contains(extra)) {
          extraWorkingDays.add(extra);
        }
      }
    }

    private static ReportingPeriod period(SplittableRandom r, ZoneId zone) {
      PeriodKind kind =
          r.nextInt(10) < 7
              ? PeriodKind.MONTH
              : r.nextBoolean() ? PeriodKind.QUARTER : PeriodKind.YEAR;
      ZoneId periodZone = r.nextInt(8) == 0 ? ZONES.get(r.nextInt(ZONES.size())) : zone;
      LocalDate date =
          zone.equals(ST_JOHNS)
              ? LocalDate.of(2009, 1, 1).plusDays(r.nextInt(1000))
              : LocalDate.of(2025, 6, 1).plusDays(r.nextInt(730));
      return ReportingPeriod.of(kind, date, periodZone);
    }

    /** The engine's definition of the same terms. */
    private static ObligationDefinition definition(Terms t) {
      ObligationDefinition.Builder b =
          ObligationDefinition.builder(t.id())
              .recurrence(recurrence(t))
              .deadline(rule(t))
              .zone(t.zone())
              .minimumCount(t.minimum());
      if (t.deadline() == Kind.WORKING_DAYS_AFTER) {
        b.calendar(calendar(t));
      }
      return b.build();
    }

    private static Recurrence recurrence(Terms t) {
      return switch (t.frequency()) {
        case DAILY -> Recurrence.daily();
        case EVERY_N_DAYS -> Recurrence.everyNDays(t.everyDays(), t.anchor());
        case WEEKLY -> Recurrence.weekly(t.weekStart());
        case MONTHLY -> Recurrence.monthly();
        case QUARTERLY -> Recurrence.quarterly();
        case YEARLY -> Recurrence.yearly();
      };
    }

    private static DeadlineRule rule(Terms t) {
      return switch (t.deadline()) {
        case END_OF_SPAN -> DeadlineRule.withinSpan();
        case DAY_OF_NEXT_MONTH -> DeadlineRule.byDayOfNextMonth(t.amount());
        case DAYS_AFTER -> DeadlineRule.withinDays(t.amount());
        case WORKING_DAYS_AFTER -> DeadlineRule.withinWorkingDays(t.amount());
        case TIME_OF_DAY -> DeadlineRule.byTimeOfDay(t.time(), t.amount());
      };
    }

    /** Working hours on the terms' weekdays, with their holidays and extra working days. */
    private static BusinessCalendar calendar(Terms t) {
      BusinessCalendar.Builder b = BusinessCalendar.builder(t.zone());
      // Overnight windows belong to the date they start on: a working date all the same.
      boolean overnight = t.anchor().toEpochDay() % 2 == 0;
      WorkingHours hours = WorkingHours.parse(overnight ? "22:00-06:00" : "09:00-17:00");
      t.workingWeekdays().forEach(d -> b.week(d, hours));
      t.holidays().forEach(h -> b.holiday(h, "holiday"));
      t.extraWorkingDays().forEach(x -> b.extraWorkingDay(x, "workday", hours));
      return b.build();
    }

    /**
     * The instants where mistakes live: the starts, ends and deadlines of the spans in range (first
     * list), and the zone's offset changes (second list), whose hours can show a date one day off
     * the spans' boundaries.
     */
    private static List<List<Instant>> bases(
        NaiveObligation naive, ZoneId zone, Instant from, Instant to) {
      List<Instant> spans = new ArrayList<>();
      for (Occ o : naive.all) {
        if (o.end.isAfter(from) && o.start.isBefore(to)) {
          spans.addAll(List.of(o.start, o.end, o.deadline));
        }
      }
      List<Instant> changes = new ArrayList<>();
      ZoneRules rules = zone.getRules();
      for (ZoneOffsetTransition t = rules.nextTransition(from);
          t != null && t.getInstant().isBefore(to);
          t = rules.nextTransition(t.getInstant())) {
        changes.add(t.getInstant());
      }
      return List.of(spans, changes);
    }

    /**
     * A nanosecond either side of a span's boundary or up to 3 hours after it, within 90 minutes of
     * an offset change, or anywhere in range.
     */
    private static Instant instant(
        SplittableRandom r, List<List<Instant>> bases, Instant from, Instant to) {
      List<Instant> spans = bases.get(0);
      List<Instant> changes = bases.get(1);
      int pick = r.nextInt(6);
      if (pick == 0 && !changes.isEmpty()) {
        Instant change = changes.get(r.nextInt(changes.size()));
        return change.plusSeconds(60L * r.nextInt(-90, 90));
      }
      if (pick <= 2 || spans.isEmpty()) {
        long seconds = r.nextLong(Duration.between(from, to).getSeconds());
        Instant at = from.plusSeconds(seconds - seconds % 60);
        return r.nextBoolean() ? at : at.plusNanos(r.nextInt(1_000_000_000));
      }
      Instant base = spans.get(r.nextInt(spans.size()));
      return r.nextInt(4) == 0
          ? base.plusSeconds(60L * r.nextInt(180))
          : base.plusNanos(r.nextInt(-1, 2));
    }

    /** Names the span holding {@code at} or a neighbour, by its label or a date inside it. */
    private static String covers(SplittableRandom r, NaiveObligation naive, Instant at) {
      int i = 0;
      while (i + 1 < naive.all.size() && !naive.all.get(i + 1).start.isAfter(at)) {
        i++;
      }
      Occ o = naive.all.get(Math.max(0, Math.min(naive.all.size() - 1, i + r.nextInt(-1, 2))));
      if (r.nextBoolean()) {
        return o.label;
      }
      long days = o.last.toEpochDay() - o.first.toEpochDay();
      return o.first.plusDays(r.nextLong(days + 1)).toString();
    }
  }
}

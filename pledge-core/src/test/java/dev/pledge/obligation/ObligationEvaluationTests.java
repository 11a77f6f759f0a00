package dev.pledge.obligation;

import static dev.pledge.obligation.OccurrenceStatus.LATE;
import static dev.pledge.obligation.OccurrenceStatus.MET;
import static dev.pledge.obligation.OccurrenceStatus.MISSED;
import static dev.pledge.obligation.OccurrenceStatus.PENDING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pledge.calendar.BusinessCalendar;
import dev.pledge.calendar.WorkingHours;
import dev.pledge.calendar.holiday.HolidaySchedule;
import dev.pledge.period.ClauseVerdict;
import dev.pledge.period.ReportingPeriod;
import dev.pledge.period.Verdict;
import dev.pledge.time.TimeRange;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-worked examples; each is a worked example in docs/semantics.md ("Recurring obligations")
 * under the same name.
 */
class ObligationEvaluationTests {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  static final ObligationDefinition MONTHLY_REPORT =
      ObligationDefinition.builder("monthly-report")
          .name("monthly service report")
          .recurrence(Recurrence.monthly())
          .deadline(DeadlineRule.byDayOfNextMonth(5))
          .zone(SHANGHAI)
          .build();

  static final ReportingPeriod NOVEMBER = ReportingPeriod.parse("2026-11", SHANGHAI);

  // --- "a monthly report by the 5th" -------------------------------------------------------

  @Test
  void theReportOnOctoberIsDueByTheEndOfTheFifthOfNovember() {
    // 23:59 on the 5th is on time.
    Occurrence onTime = only(report("2026-11-05T23:59+08:00", "2026-10"));
    assertThat(onTime.label()).isEqualTo("2026-10");
    assertThat(onTime.covers())
        .isEqualTo(range("2026-10-01T00:00+08:00", "2026-11-01T00:00+08:00"));
    // The deadline is the last nanosecond of the 5th.
    assertThat(onTime.deadline()).isEqualTo(at("2026-11-05T23:59:59.999999999+08:00"));
    assertThat(onTime.status()).isEqualTo(MET);
    // Exactly the deadline is on time.
    assertThat(only(report("2026-11-05T23:59:59.999999999+08:00", "2026-10")).status())
        .isEqualTo(MET);
    // 00:00 on the 6th is the 6th: late.
    assertThat(only(report("2026-11-06T00:00+08:00", "2026-10")).status()).isEqualTo(LATE);
  }

  @Test
  void theReportIsJudgedInThePeriodItsDeadlineFallsIn() {
    // October's own evaluation holds September's report (due 5 October), not October's.
    ObligationEvaluation october =
        MONTHLY_REPORT.evaluate(
            ReportingPeriod.parse("2026-10", SHANGHAI), at("2026-11-01T00:00+08:00"), List.of());
    assertThat(october.occurrences()).extracting(Occurrence::label).containsExactly("2026-09");
    // A quarter holds three reports: those on September, October and November.
    ObligationEvaluation q4 =
        MONTHLY_REPORT.evaluate(
            ReportingPeriod.parse("2026-Q4", SHANGHAI), at("2027-01-01T00:00+08:00"), List.of());
    assertThat(q4.occurrences())
        .extracting(Occurrence::label)
        .containsExactly("2026-09", "2026-10", "2026-11");
  }

  @Test
  void beforeTheDeadlineAnUnfulfilledReportIsPendingAndTheVerdictInProgress() {
    ObligationEvaluation e =
        MONTHLY_REPORT.evaluate(NOVEMBER, at("2026-11-05T12:00+08:00"), List.of());
    assertThat(e.occurrences()).extracting(Occurrence::status).containsExactly(PENDING);
    assertThat(e.verdict()).isEqualTo(Verdict.NO_DATA);
    assertThat(e.clauses())
        .containsExactly(
            new ClauseVerdict(
                "occurrences on time", "= 1 of 1", "0 of 1 (1 pending)", Verdict.NO_DATA));
    assertThat(e.explanation()).endsWith("verdict: no data (in progress: 1 pending)");
    // At the deadline itself it is still pending; one nanosecond later it is missed.
    Instant deadline = at("2026-11-05T23:59:59.999999999+08:00");
    assertThat(MONTHLY_REPORT.evaluate(NOVEMBER, deadline, List.of()).count(PENDING)).isEqualTo(1);
    ObligationEvaluation missed =
        MONTHLY_REPORT.evaluate(NOVEMBER, deadline.plusNanos(1), List.of());
    assertThat(missed.count(MISSED)).isEqualTo(1);
    assertThat(missed.verdict()).isEqualTo(Verdict.BREACHED);
  }

  @Test
  void aFulfilmentWithoutCoversGoesToTheEarliestOpenOccurrence() {
    // r-1 on 3 November could be October's report (due 5 Nov) or November's (due 5 Dec): October
    // is earlier and still open. r-2 on 4 November finds October done and goes to November.
    List<ObligationFulfilment> reports =
        List.of(
            fulfilment("r-1", "monthly-report", "2026-11-03T10:00+08:00", null),
            fulfilment("r-2", "monthly-report", "2026-11-04T10:00+08:00", null));
    ObligationEvaluation november =
        MONTHLY_REPORT.evaluate(NOVEMBER, at("2026-12-06T00:00+08:00"), reports);
    ObligationEvaluation december =
        MONTHLY_REPORT.evaluate(
            ReportingPeriod.parse("2026-12", SHANGHAI), at("2026-12-06T00:00+08:00"), reports);
    assertThat(only(november).fulfilments()).extracting(ObligationFulfilment::id).contains("r-1");
    assertThat(only(december).label()).isEqualTo("2026-11");
    assertThat(only(december).fulfilments())
        .extracting(ObligationFulfilment::id)
        .containsExactly("r-2");
    assertThat(only(december).status()).isEqualTo(MET);
  }

  @Test
  void aLateReportWithoutCoversCountsForTheNextMonth() {
    // After 5 November only November's window still holds the instant: the report delivered on
    // the 6th without saying it is October's counts as November's, and October stays missed.
    List<ObligationFulfilment> reports =
        List.of(fulfilment("r-1", "monthly-report", "2026-11-06T00:00+08:00", null));
    Instant asOf = at("2026-12-06T00:00+08:00");
    assertThat(only(MONTHLY_REPORT.evaluate(NOVEMBER, asOf, reports)).status()).isEqualTo(MISSED);
    ReportingPeriod december = ReportingPeriod.parse("2026-12", SHANGHAI);
    assertThat(only(MONTHLY_REPORT.evaluate(december, asOf, reports)).status()).isEqualTo(MET);
  }

  @Test
  void aFulfilmentNamingAnOccurrenceBeforeItBeganCountsForNothing() {
    // A report "on October" delivered on 30 September cannot be about October.
    ObligationFulfilment early =
        fulfilment("r-0", "monthly-report", "2026-09-30T18:00+08:00", "2026-10");
    ObligationEvaluation e =
        MONTHLY_REPORT.evaluate(NOVEMBER, at("2026-11-06T00:00+08:00"), List.of(early));
    assertThat(only(e).status()).isEqualTo(MISSED);
    assertThat(e.notCounted()).containsExactly(early);
    assertThat(e.explanation())
        .contains(
            "fulfilment r-0 at 2026-09-30T18:00+08:00 covers 2026-10 but came before it began:"
                + " not counted");
  }

  @Test
  void fulfilmentsOfOtherObligationsAndAfterAsOfAreNotSeen() {
    List<ObligationFulfilment> reports =
        List.of(
            fulfilment("x-1", "quarterly-drill", "2026-11-02T10:00+08:00", null),
            fulfilment("r-1", "monthly-report", "2026-11-04T10:00+08:00", "2026-10"));
    // As of 3 November neither counts; as of 4 November 10:00 the report is known (exactly asOf).
    assertThat(only(MONTHLY_REPORT.evaluate(NOVEMBER, at("2026-11-03T00:00+08:00"), reports)))
        .returns(PENDING, Occurrence::status)
        .returns(List.of(), Occurrence::fulfilments);
    assertThat(only(MONTHLY_REPORT.evaluate(NOVEMBER, at("2026-11-04T10:00+08:00"), reports)))
        .returns(MET, Occurrence::status);
  }

  @Test
  void coversThatNamesNoOccurrenceIsAnError() {
    List<ObligationFulfilment> reports =
        List.of(fulfilment("r-1", "monthly-report", "2026-11-04T10:00+08:00", "2026-Q4"));
    assertThatThrownBy(
            () -> MONTHLY_REPORT.evaluate(NOVEMBER, at("2026-12-01T00:00+08:00"), reports))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "fulfilment 'r-1' of obligation 'monthly-report': covers '2026-Q4' is not a month"
                + " (2026-10) or a date (2026-10-03); name the occurrence it fulfils");
  }

  // --- "a daily backup" in a DST month -------------------------------------------------------

  @Test
  void dailyBackupsInBerlinOctoberWithOneDayMissing() {
    ObligationDefinition daily =
        ObligationDefinition.builder("daily-backup")
            .recurrence(Recurrence.daily())
            .zone(BERLIN)
            .build();
    List<ObligationFulfilment> backups = new ArrayList<>();
    for (int day = 1; day <= 31; day++) {
      LocalDate date = LocalDate.of(2026, 10, day);
      if (day == 17) {
        continue; // no backup on the 17th
      }
      // On the 25th the clocks go back at 03:00; that day's backup ran at the second 02:30.
      Instant when =
          day == 25 ? at("2026-10-25T02:30+01:00") : date.atTime(23, 30).atZone(BERLIN).toInstant();
      backups.add(new ObligationFulfilment("b-" + day, "daily-backup", when, null, null));
    }
    ReportingPeriod october = ReportingPeriod.parse("2026-10", BERLIN);
    ObligationEvaluation e = daily.evaluate(october, at("2026-11-01T00:00+01:00"), backups);

    assertThat(e.occurrences()).hasSize(31);
    assertThat(e.count(MET)).isEqualTo(30);
    assertThat(e.occurrences().get(16)).returns("2026-10-17", Occurrence::label);
    assertThat(e.occurrences().get(16).status()).isEqualTo(MISSED);
    // The 25th is a local day of 25 hours, and its backup belongs to it.
    Occurrence the25th = e.occurrences().get(24);
    assertThat(the25th.covers())
        .isEqualTo(range("2026-10-25T00:00+02:00", "2026-10-26T00:00+01:00"));
    assertThat(the25th.covers().duration()).isEqualTo(Duration.ofHours(25));
    assertThat(the25th.fulfilments()).extracting(ObligationFulfilment::id).containsExactly("b-25");
    assertThat(e.clauses())
        .containsExactly(
            new ClauseVerdict(
                "occurrences on time", "= 31 of 31", "30 of 31 (1 missed)", Verdict.BREACHED));
    assertThat(e.verdict()).isEqualTo(Verdict.BREACHED);
  }

  @Test
  void aBackupAfterMidnightCountsForTheDayBeforeWhileThatIsOpen() {
    // "By 06:00 the next day": the backup of 24 October is due at 06:00 on the 25th (+01:00,
    // after the clocks went back). One at 02:30 on the 25th goes to the 24th, still open; a
    // second one at 04:00 goes to the 25th.
    ObligationDefinition nightly =
        ObligationDefinition.builder("nightly-backup")
            .recurrence(Recurrence.daily())
            .deadline(DeadlineRule.byTimeOfDay(LocalTime.of(6, 0), 1))
            .zone(BERLIN)
            .build();
    List<ObligationFulfilment> backups =
        List.of(
            fulfilment("n-1", "nightly-backup", "2026-10-25T02:30+02:00", null),
            fulfilment("n-2", "nightly-backup", "2026-10-25T04:00+01:00", null));
    ReportingPeriod october = ReportingPeriod.parse("2026-10", BERLIN);
    ObligationEvaluation e = nightly.evaluate(october, at("2026-10-26T12:00+01:00"), backups);

    // October judges the backups due in October: those of 30 September to 30 October.
    assertThat(e.occurrences()).hasSize(31);
    assertThat(e.occurrences().get(0).label()).isEqualTo("2026-09-30");
    assertThat(e.occurrences().get(30).label()).isEqualTo("2026-10-30");
    Occurrence the24th = e.occurrences().get(24);
    assertThat(the24th.label()).isEqualTo("2026-10-24");
    assertThat(the24th.deadline()).isEqualTo(at("2026-10-25T06:00+01:00"));
    assertThat(the24th.fulfilments()).extracting(ObligationFulfilment::id).containsExactly("n-1");
    assertThat(e.occurrences().get(25).fulfilments())
        .extracting(ObligationFulfilment::id)
        .containsExactly("n-2");
    // The 26th's backup is due on the 27th at 06:00: still pending.
    assertThat(e.occurrences().get(26).status()).isEqualTo(PENDING);
    assertThat(e.explanation())
        .contains(
            "occurrence 2026-10-24 covers 2026-10-24T00:00+02:00/2026-10-25T00:00+02:00, due"
                + " 2026-10-25T06:00+01:00: met; n-1 at 2026-10-25T02:30+02:00");
  }

  @Test
  void aDeadlineTimeInTheSpringForwardGapMovesLaterByTheGap() {
    // "By 02:30 the next day": 02:30 does not exist on 29 March 2026 in Berlin.
    ObligationDefinition nightly =
        ObligationDefinition.builder("nightly-backup")
            .recurrence(Recurrence.daily())
            .deadline(DeadlineRule.byTimeOfDay(LocalTime.of(2, 30), 1))
            .zone(BERLIN)
            .build();
    ObligationEvaluation e =
        nightly.evaluate(
            ReportingPeriod.parse("2026-03", BERLIN), at("2026-04-01T00:00+02:00"), List.of());
    Occurrence the28th =
        e.occurrences().stream().filter(o -> o.label().equals("2026-03-28")).findFirst().get();
    assertThat(the28th.deadline()).isEqualTo(at("2026-03-29T03:30+02:00"));
    // The 29th itself is a day of 23 hours.
    Occurrence the29th =
        e.occurrences().stream().filter(o -> o.label().equals("2026-03-29")).findFirst().get();
    assertThat(the29th.covers().duration()).isEqualTo(Duration.ofHours(23));
  }

  @Test
  void anInstantShowingThePreviousDateBelongsToTheDayItFallsIn() {
    // Until 2010 St. John's turned its clocks back at 00:01 to 23:01 of the day before. On 7
    // November 2010 the day starts at the first 00:00 (-02:30); a minute later the clocks show
    // 6 November 23:01 (-03:30) again. A backup at 23:22 of that repeated hour is after the 7th
    // began, so it is the 7th's backup, and the 6th has none.
    ZoneId stJohns = ZoneId.of("America/St_Johns");
    ObligationDefinition daily =
        ObligationDefinition.builder("daily-backup")
            .recurrence(Recurrence.daily())
            .zone(stJohns)
            .build();
    Instant repeated = at("2010-11-06T23:22-03:30");
    ObligationEvaluation e =
        daily.evaluate(
            ReportingPeriod.parse("2010-11", stJohns),
            at("2010-12-01T00:00-03:30"),
            List.of(new ObligationFulfilment("b-1", "daily-backup", repeated, null, null)));
    Occurrence the6th = e.occurrences().get(5);
    Occurrence the7th = e.occurrences().get(6);
    assertThat(the7th.covers())
        .isEqualTo(range("2010-11-07T00:00-02:30", "2010-11-08T00:00-03:30"));
    assertThat(the7th.fulfilments()).extracting(ObligationFulfilment::id).containsExactly("b-1");
    assertThat(the6th.status()).isEqualTo(MISSED);
  }

  @Test
  void aSecondFulfilmentAndALateOneGoToTheDayTheyFallIn() {
    // "By 23:00 the same day". b-2 finds the 3rd already done and no other window open: it is
    // listed under the 3rd and changes nothing. b-3 at 23:30 on the 4th fits no window (the
    // 4th's closed at 23:00, the 5th's opens at midnight): it is the 4th's, late.
    ObligationDefinition evening =
        ObligationDefinition.builder("evening-backup")
            .recurrence(Recurrence.daily())
            .deadline(DeadlineRule.byTimeOfDay(LocalTime.of(23, 0), 0))
            .zone(SHANGHAI)
            .build();
    List<ObligationFulfilment> backups =
        List.of(
            fulfilment("b-1", "evening-backup", "2026-10-03T22:00+08:00", null),
            fulfilment("b-2", "evening-backup", "2026-10-03T22:30+08:00", null),
            fulfilment("b-3", "evening-backup", "2026-10-04T23:30+08:00", null));
    ObligationEvaluation e =
        evening.evaluate(
            ReportingPeriod.parse("2026-10", SHANGHAI), at("2026-11-01T00:00+08:00"), backups);
    assertThat(e.occurrences().get(2))
        .returns("2026-10-03", Occurrence::label)
        .returns(MET, Occurrence::status);
    assertThat(e.occurrences().get(2).fulfilments())
        .extracting(ObligationFulfilment::id)
        .containsExactly("b-1", "b-2");
    assertThat(e.occurrences().get(3))
        .returns("2026-10-04", Occurrence::label)
        .returns(LATE, Occurrence::status);
    assertThat(e.occurrences().get(3).late())
        .extracting(ObligationFulfilment::id)
        .containsExactly("b-3");
  }

  @Test
  void deadlinesCountedFromTheEndOfTheSpan() {
    ReportingPeriod year = ReportingPeriod.parse("2026", SHANGHAI);
    Instant asOf = at("2027-01-01T00:00+08:00");
    // "By the 31st" after October means the last day of November.
    ObligationDefinition by31st =
        ObligationDefinition.builder("r")
            .recurrence(Recurrence.monthly())
            .deadline(DeadlineRule.byDayOfNextMonth(31))
            .zone(SHANGHAI)
            .build();
    assertThat(deadlineOf(by31st.evaluate(year, asOf, List.of()), "2026-10"))
        .isEqualTo(at("2026-11-30T23:59:59.999999999+08:00"));
    // Within 3 days of October: 1, 2 and 3 November.
    ObligationDefinition within3Days =
        ObligationDefinition.builder("r")
            .recurrence(Recurrence.monthly())
            .deadline(DeadlineRule.withinDays(3))
            .zone(SHANGHAI)
            .build();
    assertThat(deadlineOf(within3Days.evaluate(year, asOf, List.of()), "2026-10"))
        .isEqualTo(at("2026-11-03T23:59:59.999999999+08:00"));
    // The report on Q4 by the 5th is due by the end of 5 January, and judged in 2027.
    ObligationDefinition quarterly =
        ObligationDefinition.builder("r")
            .recurrence(Recurrence.quarterly())
            .deadline(DeadlineRule.byDayOfNextMonth(5))
            .zone(SHANGHAI)
            .build();
    ObligationEvaluation january =
        quarterly.evaluate(
            ReportingPeriod.parse("2027-01", SHANGHAI), at("2027-02-01T00:00+08:00"), List.of());
    assertThat(only(january).label()).isEqualTo("2026-Q4");
    assertThat(only(january).deadline()).isEqualTo(at("2027-01-05T23:59:59.999999999+08:00"));
  }

  // --- "a full backup every 3 days" -------------------------------------------------------

  static final ObligationDefinition FULL_BACKUP =
      ObligationDefinition.builder("full-backup")
          .recurrence(Recurrence.everyNDays(3, LocalDate.of(2026, 10, 2)))
          .zone(SHANGHAI)
          .build();

  static List<ObligationFulfilment> fullBackups() {
    List<ObligationFulfilment> backups = new ArrayList<>();
    // One backup in each block but the one of 17 to 19 October.
    for (String date :
        List.of(
            "2026-09-30",
            "2026-10-03",
            "2026-10-06",
            "2026-10-09",
            "2026-10-12",
            "2026-10-15",
            "2026-10-21",
            "2026-10-24",
            "2026-10-27")) {
      backups.add(fulfilment("f-" + date.substring(5), "full-backup", date + "T01:00+08:00", null));
    }
    // The last block's backup ran after it ended; it says which block by any date inside it.
    backups.add(fulfilment("f-late", "full-backup", "2026-11-01T01:00+08:00", "2026-10-31"));
    return backups;
  }

  @Test
  void fullBackupEveryThreeDaysAnchoredOnADate() {
    ObligationEvaluation e =
        FULL_BACKUP.evaluate(
            ReportingPeriod.parse("2026-10", SHANGHAI),
            at("2026-11-02T00:00+08:00"),
            fullBackups());
    // Blocks of three dates from 2 October, and the one before it ends on 1 October.
    assertThat(e.occurrences())
        .extracting(Occurrence::label)
        .containsExactly(
            "2026-09-29",
            "2026-10-02",
            "2026-10-05",
            "2026-10-08",
            "2026-10-11",
            "2026-10-14",
            "2026-10-17",
            "2026-10-20",
            "2026-10-23",
            "2026-10-26",
            "2026-10-29");
    assertThat(e.occurrences().get(10))
        .returns(LocalDate.of(2026, 10, 29), Occurrence::firstDate)
        .returns(LocalDate.of(2026, 10, 31), Occurrence::lastDate)
        .returns(LATE, Occurrence::status);
    assertThat(e.occurrences().get(6).status()).isEqualTo(MISSED);
    assertThat(e.clauses().get(0).observed()).isEqualTo("9 of 11 (1 late, 1 missed)");
  }

  @Test
  void theExplanationListsEveryOccurrence() {
    ObligationEvaluation e =
        FULL_BACKUP.evaluate(
            ReportingPeriod.parse("2026-10", SHANGHAI),
            at("2026-11-02T00:00+08:00"),
            fullBackups());
    assertThat(e.explanation())
        .containsExactly(
            "full-backup for 2026-10[Asia/Shanghai] 2026-10-01T00:00+08:00/2026-11-01T00:00+08:00,"
                + " as of 2026-11-02T00:00+08:00",
            "obligation full-backup: every 3 days from 2026-10-02, within the 3 days, 1 fulfilment"
                + " each, in Asia/Shanghai",
            "occurrences due in the period: 11",
            "occurrence 2026-09-29 covers 2026-09-29T00:00+08:00/2026-10-02T00:00+08:00, due end of"
                + " 2026-10-01 (+08:00): met; f-09-30 at 2026-09-30T01:00+08:00",
            "occurrence 2026-10-02 covers 2026-10-02T00:00+08:00/2026-10-05T00:00+08:00, due end of"
                + " 2026-10-04 (+08:00): met; f-10-03 at 2026-10-03T01:00+08:00",
            "occurrence 2026-10-05 covers 2026-10-05T00:00+08:00/2026-10-08T00:00+08:00, due end of"
                + " 2026-10-07 (+08:00): met; f-10-06 at 2026-10-06T01:00+08:00",
            "occurrence 2026-10-08 covers 2026-10-08T00:00+08:00/2026-10-11T00:00+08:00, due end of"
                + " 2026-10-10 (+08:00): met; f-10-09 at 2026-10-09T01:00+08:00",
            "occurrence 2026-10-11 covers 2026-10-11T00:00+08:00/2026-10-14T00:00+08:00, due end of"
                + " 2026-10-13 (+08:00): met; f-10-12 at 2026-10-12T01:00+08:00",
            "occurrence 2026-10-14 covers 2026-10-14T00:00+08:00/2026-10-17T00:00+08:00, due end of"
                + " 2026-10-16 (+08:00): met; f-10-15 at 2026-10-15T01:00+08:00",
            "occurrence 2026-10-17 covers 2026-10-17T00:00+08:00/2026-10-20T00:00+08:00, due end of"
                + " 2026-10-19 (+08:00): missed; no fulfilment",
            "occurrence 2026-10-20 covers 2026-10-20T00:00+08:00/2026-10-23T00:00+08:00, due end of"
                + " 2026-10-22 (+08:00): met; f-10-21 at 2026-10-21T01:00+08:00",
            "occurrence 2026-10-23 covers 2026-10-23T00:00+08:00/2026-10-26T00:00+08:00, due end of"
                + " 2026-10-25 (+08:00): met; f-10-24 at 2026-10-24T01:00+08:00",
            "occurrence 2026-10-26 covers 2026-10-26T00:00+08:00/2026-10-29T00:00+08:00, due end of"
                + " 2026-10-28 (+08:00): met; f-10-27 at 2026-10-27T01:00+08:00",
            "occurrence 2026-10-29 covers 2026-10-29T00:00+08:00/2026-11-01T00:00+08:00, due end of"
                + " 2026-10-31 (+08:00): late; f-late at 2026-11-01T01:00+08:00 (late)",
            "clause occurrences on time = 11 of 11: observed 9 of 11 (1 late, 1 missed), breached",
            "verdict: breached");
  }

  // --- "a quarterly drill" ---------------------------------------------------------------

  static final ObligationDefinition DRILL =
      ObligationDefinition.builder("quarterly-drill")
          .recurrence(Recurrence.quarterly())
          .zone(SHANGHAI)
          .build();

  static final List<ObligationFulfilment> DRILLS =
      List.of(
          fulfilment("d-1", "quarterly-drill", "2026-02-10T15:00+08:00", null),
          fulfilment("d-2", "quarterly-drill", "2026-05-20T15:00+08:00", null),
          fulfilment("d-4", "quarterly-drill", "2026-11-11T15:00+08:00", null));

  @Test
  void aQuarterlyDrillOncePerQuarter() {
    ObligationEvaluation year =
        DRILL.evaluate(
            ReportingPeriod.parse("2026", SHANGHAI), at("2027-01-01T00:00+08:00"), DRILLS);
    assertThat(year.occurrences())
        .extracting(Occurrence::label, Occurrence::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("2026-Q1", MET),
            org.assertj.core.groups.Tuple.tuple("2026-Q2", MET),
            org.assertj.core.groups.Tuple.tuple("2026-Q3", MISSED),
            org.assertj.core.groups.Tuple.tuple("2026-Q4", MET));
    assertThat(year.clauses().get(0).observed()).isEqualTo("3 of 4 (1 missed)");
  }

  @Test
  void aMonthWithNoDrillDueHasNoData() {
    ObligationEvaluation october =
        DRILL.evaluate(
            ReportingPeriod.parse("2026-10", SHANGHAI), at("2026-11-01T00:00+08:00"), DRILLS);
    assertThat(october.occurrences()).isEmpty();
    assertThat(october.verdict()).isEqualTo(Verdict.NO_DATA);
    assertThat(october.clauses().get(0).observed()).isEqualTo("none due in the period");
  }

  @Test
  void anOccurrenceFulfilledBeforeItsDeadlineIsMetAtOnce() {
    // The fourth quarter's drill took place on 11 November: met as of 20 November.
    ObligationEvaluation q4 =
        DRILL.evaluate(
            ReportingPeriod.parse("2026-Q4", SHANGHAI), at("2026-11-20T00:00+08:00"), DRILLS);
    assertThat(only(q4).status()).isEqualTo(MET);
    assertThat(q4.verdict()).isEqualTo(Verdict.MET);
  }

  // --- "at least two inspections a month" ----------------------------------------------------

  @Test
  void aMinimumCountNeedsThatManyOnTime() {
    ObligationDefinition inspections =
        ObligationDefinition.builder("inspection")
            .recurrence(Recurrence.monthly())
            .zone(SHANGHAI)
            .minimumCount(2)
            .build();
    List<ObligationFulfilment> visits =
        List.of(
            fulfilment("i-1", "inspection", "2026-10-08T10:00+08:00", null),
            fulfilment("i-2", "inspection", "2026-10-30T10:00+08:00", null),
            fulfilment("i-3", "inspection", "2026-11-12T10:00+08:00", null),
            // The second November inspection came on 1 December, saying it was November's.
            fulfilment("i-4", "inspection", "2026-12-01T10:00+08:00", "2026-11"));
    Instant asOf = at("2026-12-02T00:00+08:00");
    assertThat(only(inspections.evaluate(ReportingPeriod.parse("2026-10", SHANGHAI), asOf, visits)))
        .returns(MET, Occurrence::status);
    ObligationEvaluation november = inspections.evaluate(NOVEMBER, asOf, visits);
    assertThat(only(november).status()).isEqualTo(LATE);
    assertThat(november.explanation())
        .contains(
            "occurrence 2026-11 covers 2026-11-01T00:00+08:00/2026-12-01T00:00+08:00, due end of"
                + " 2026-11-30 (+08:00): late; 1 of 2 on time: i-3 at 2026-11-12T10:00+08:00,"
                + " i-4 at 2026-12-01T10:00+08:00 (late)");
  }

  // --- "within 3 working days of period end" ---------------------------------------------

  static final BusinessCalendar CHINA_OFFICE =
      HolidaySchedule.china()
          .applyTo(
              BusinessCalendar.builder(SHANGHAI)
                  .weekdays(WorkingHours.parse("09:00-12:00"), WorkingHours.parse("13:00-18:00")),
              List.of(WorkingHours.parse("09:00-12:00"), WorkingHours.parse("13:00-18:00")))
          .build();

  static final ObligationDefinition SUMMARY =
      ObligationDefinition.builder("monthly-summary")
          .recurrence(Recurrence.monthly())
          .deadline(DeadlineRule.withinWorkingDays(3))
          .calendar(CHINA_OFFICE)
          .build();

  @Test
  void workingDayDeadlineSkipsTheNationalDayHolidays() {
    // September ends with 1 October; 1 to 7 October are holidays. The working days after
    // September are Thursday 8, Friday 9 and Saturday 10 October (a 调休 workday): the summary is
    // due by the end of 10 October, after the desk has closed too.
    ReportingPeriod october = ReportingPeriod.parse("2026-10", SHANGHAI);
    Instant asOf = at("2026-11-01T00:00+08:00");
    Occurrence onTime =
        only(
            SUMMARY.evaluate(
                october,
                asOf,
                List.of(fulfilment("s-9", "monthly-summary", "2026-10-10T20:00+08:00", null))));
    assertThat(onTime.label()).isEqualTo("2026-09");
    assertThat(onTime.deadline()).isEqualTo(at("2026-10-10T23:59:59.999999999+08:00"));
    assertThat(onTime.status()).isEqualTo(MET);
    Occurrence late =
        only(
            SUMMARY.evaluate(
                october,
                asOf,
                List.of(
                    fulfilment("s-9", "monthly-summary", "2026-10-11T00:00+08:00", "2026-09"))));
    assertThat(late.status()).isEqualTo(LATE);
  }

  @Test
  void workingDayDeadlinesOfOrdinaryMonths() {
    // After August (ends Tuesday 1 September): 1, 2, 3 September. After October (ends Sunday 1
    // November): Monday 2, Tuesday 3, Wednesday 4 November.
    ObligationEvaluation year =
        SUMMARY.evaluate(
            ReportingPeriod.parse("2026", SHANGHAI), at("2027-01-01T00:00+08:00"), List.of());
    assertThat(deadlineOf(year, "2026-08")).isEqualTo(at("2026-09-03T23:59:59.999999999+08:00"));
    assertThat(deadlineOf(year, "2026-10")).isEqualTo(at("2026-11-04T23:59:59.999999999+08:00"));
  }

  // --- helpers -------------------------------------------------------------------------------

  private static Instant deadlineOf(ObligationEvaluation e, String label) {
    return e.occurrences().stream()
        .filter(o -> o.label().equals(label))
        .findFirst()
        .orElseThrow()
        .deadline();
  }

  private static ObligationEvaluation report(String at, String covers) {
    return MONTHLY_REPORT.evaluate(
        NOVEMBER,
        at("2026-12-01T00:00+08:00"),
        List.of(fulfilment("r-10", "monthly-report", at, covers)));
  }

  private static Occurrence only(ObligationEvaluation e) {
    assertThat(e.occurrences()).hasSize(1);
    return e.occurrences().get(0);
  }

  static ObligationFulfilment fulfilment(String id, String obligation, String at, String covers) {
    return new ObligationFulfilment(id, obligation, at(at), covers, null);
  }

  static Instant at(String offsetDateTime) {
    return OffsetDateTime.parse(offsetDateTime).toInstant();
  }

  static TimeRange range(String start, String end) {
    return TimeRange.of(at(start), at(end));
  }
}

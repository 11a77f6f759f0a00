package dev.pledge.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pledge.period.AvailabilityCommitment.CountFrom;
import dev.pledge.period.AvailabilityCommitment.Denominator;
import dev.pledge.time.IntervalSet;
import dev.pledge.time.TimeRange;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class AvailabilityCommitmentTests {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  static final AvailabilityCommitment NINE_NINE_NINE =
      AvailabilityCommitment.builder("connectivity").minAvailabilityPercent("99.9").build();

  // --- availability on whole months -------------------------------------------------------------

  @Test
  void fortyFourMinutesInA31DayMonthMeetsNinetyNinePointNine() {
    AvailabilityEvaluation e =
        evaluateMonth(
            NINE_NINE_NINE, "2026-10", SHANGHAI, down("2026-10-03T10:00", "2026-10-03T10:44"));
    // P = 44 640 min, D = 44 min: 44 596 / 44 640 = 99.90143… %.
    assertThat(e.periodLength()).isEqualTo(Duration.ofMinutes(44_640));
    assertThat(e.downtime()).isEqualTo(Duration.ofMinutes(44));
    assertThat(e.availability()).contains(Fraction.of(11_149, 11_160));
    assertThat(e.clauses())
        .containsExactly(clause("availability", "≥ 99.9 %", "99.9014 %", Verdict.MET));
    assertThat(e.verdict()).isEqualTo(Verdict.MET);
  }

  @Test
  void fortyFiveMinutesInA31DayMonthBreachesNinetyNinePointNine() {
    AvailabilityEvaluation e =
        evaluateMonth(
            NINE_NINE_NINE, "2026-10", SHANGHAI, down("2026-10-03T10:00", "2026-10-03T10:45"));
    // 44 595 / 44 640 = 991 / 992 = 99.89919… %.
    assertThat(e.availability()).contains(Fraction.of(991, 992));
    assertThat(e.clauses())
        .containsExactly(clause("availability", "≥ 99.9 %", "99.8992 %", Verdict.BREACHED));
    assertThat(e.verdict()).isEqualTo(Verdict.BREACHED);
  }

  @Test
  void aThirtyDayMonthAllowsExactly43Point2Minutes() {
    // 0.1 % of 43 200 min is 43.2 min = 43 min 12 s; exactly the target is met.
    AvailabilityEvaluation exact =
        evaluateMonth(
            NINE_NINE_NINE, "2026-09", SHANGHAI, down("2026-09-10T08:00", "2026-09-10T08:43:12"));
    assertThat(exact.availability()).contains(Fraction.of(999, 1000));
    assertThat(exact.verdict()).isEqualTo(Verdict.MET);
    // One nanosecond more breaches, though it still shows as 99.9000 %.
    Outage longer =
        new Outage(
            "o-2",
            "net",
            at(SHANGHAI, "2026-09-10T08:00"),
            null,
            at(SHANGHAI, "2026-09-10T08:43:12").plusNanos(1),
            "");
    AvailabilityEvaluation over = evaluateMonth(NINE_NINE_NINE, "2026-09", SHANGHAI, longer);
    assertThat(over.clauses())
        .containsExactly(clause("availability", "≥ 99.9 %", "99.9000 %", Verdict.BREACHED));
  }

  @Test
  void berlinOctoberIs44700MinutesLong() {
    // October 2026 in Berlin has the extra fall-back hour, so 0.1 % is 44.7 min = 44 min 42 s.
    AvailabilityEvaluation e =
        evaluateMonth(
            NINE_NINE_NINE,
            "2026-10",
            BERLIN,
            down(BERLIN, "o-1", "2026-10-25T02:30", "2026-10-25T03:14:42"));
    assertThat(e.periodLength()).isEqualTo(Duration.ofMinutes(44_700));
    // 02:30 is read with the earlier (summer) offset, so this outage spans the repeated hour:
    // 02:30+02:00 to 03:14:42+01:00 is 1 h 44 min 42 s of real time.
    assertThat(e.downtime()).isEqualTo(Duration.ofSeconds(3600 + 44 * 60 + 42));
    AvailabilityEvaluation exact =
        evaluateMonth(
            NINE_NINE_NINE,
            "2026-10",
            BERLIN,
            down(BERLIN, "o-1", "2026-10-05T12:00", "2026-10-05T12:44:42"));
    assertThat(exact.availability()).contains(Fraction.of(999, 1000));
    assertThat(exact.verdict()).isEqualTo(Verdict.MET);
  }

  @Test
  void roundingIsForDisplayOnly() {
    // D = 0.10002 % of a 31-day month (2 678.93568 s): availability 99.89998 %, shown 99.9000 %.
    Instant start = at(SHANGHAI, "2026-10-03T10:00");
    Outage o = new Outage("o-1", "net", start, null, start.plusNanos(2_678_935_680_000L), "");
    AvailabilityEvaluation e = evaluateMonth(NINE_NINE_NINE, "2026-10", SHANGHAI, o);
    assertThat(e.availabilityPercent()).contains(Fraction.of(new java.math.BigDecimal("99.89998")));
    assertThat(e.clauses())
        .containsExactly(clause("availability", "≥ 99.9 %", "99.9000 %", Verdict.BREACHED));
  }

  // --- what counts ----------------------------------------------------------------------------

  @Test
  void overlappingOutagesCountOnce() {
    AvailabilityEvaluation e =
        evaluateMonth(
            NINE_NINE_NINE,
            "2026-10",
            SHANGHAI,
            down("o-1", "2026-10-03T10:00", "2026-10-03T10:30"),
            down("o-2", "2026-10-03T10:20", "2026-10-03T10:50"));
    // Each outage keeps its own 30 minutes; the period counts 10:00-10:50 once.
    assertThat(e.countedOutages())
        .extracting(CountedOutage::duration)
        .containsExactly(Duration.ofMinutes(30), Duration.ofMinutes(30));
    assertThat(e.downtime()).isEqualTo(Duration.ofMinutes(50));
    assertThat(e.outageCount()).isEqualTo(2);
  }

  @Test
  void anOutageAcrossAMonthBoundaryIsSplit() {
    Outage o = down("2026-09-30T23:30", "2026-10-01T00:45");
    assertThat(evaluateMonth(NINE_NINE_NINE, "2026-09", SHANGHAI, o).downtime())
        .isEqualTo(Duration.ofMinutes(30));
    assertThat(evaluateMonth(NINE_NINE_NINE, "2026-10", SHANGHAI, o).downtime())
        .isEqualTo(Duration.ofMinutes(45));
  }

  @Test
  void anExcludedCauseDropsTheOutageWhole() {
    AvailabilityCommitment c =
        AvailabilityCommitment.builder("connectivity")
            .minAvailabilityPercent("99.9")
            .excludeCauses("customer-equipment", "force-majeure")
            .build();
    Outage o =
        new Outage(
            "o-7",
            "net",
            at(SHANGHAI, "2026-10-03T10:00"),
            null,
            at(SHANGHAI, "2026-10-03T14:00"),
            "Customer-Equipment");
    AvailabilityEvaluation e = evaluateMonth(c, "2026-10", SHANGHAI, o);
    assertThat(e.countedOutages()).isEmpty();
    assertThat(e.droppedOutages())
        .containsExactly(new DroppedOutage(o, "cause 'Customer-Equipment' is excluded"));
    assertThat(e.downtime()).isZero();
  }

  @Test
  void reportedExactlyAtTheDeadlineCounts() {
    AvailabilityCommitment c =
        AvailabilityCommitment.builder("connectivity")
            .maxDowntime(Duration.ofHours(1))
            .reportDeadline(Duration.ofDays(3))
            .build();
    Instant detected = at(SHANGHAI, "2026-10-03T10:00");
    Instant restored = at(SHANGHAI, "2026-10-03T10:30");
    Outage onTime =
        new Outage("o-1", "net", detected, detected.plus(Duration.ofDays(3)), restored, "");
    Outage late =
        new Outage(
            "o-2", "net", detected, detected.plus(Duration.ofDays(3)).plusNanos(1), restored, "");
    AvailabilityEvaluation e = evaluateMonth(c, "2026-10", SHANGHAI, onTime, late);
    assertThat(e.countedOutages()).extracting(co -> co.outage().id()).containsExactly("o-1");
    assertThat(e.droppedOutages())
        .extracting(DroppedOutage::reason)
        .containsExactly(
            "reported at 2026-10-06T10:00:00.000000001+08:00, not within 72 h of its beginning at 2026-10-03T10:00+08:00");
    assertThat(e.downtime()).isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void aDetectedOutageNeverReportedIsDroppedOnceTheDeadlinePasses() {
    AvailabilityCommitment c =
        AvailabilityCommitment.builder("connectivity")
            .maxDowntime(Duration.ofHours(1))
            .reportDeadline(Duration.ofDays(1))
            .build();
    ReportingPeriod october = ReportingPeriod.parse("2026-10", SHANGHAI);
    Outage o = down("2026-10-03T10:00", "2026-10-03T10:30");
    // Before the deadline it may still be reported: it does not count yet.
    AvailabilityEvaluation waiting =
        c.evaluate(october, at(SHANGHAI, "2026-10-04T10:00"), List.of(o), List.of());
    assertThat(waiting.droppedOutages())
        .extracting(DroppedOutage::reason)
        .containsExactly("not reported yet; counts if reported by 2026-10-04T10:00+08:00");
    AvailabilityEvaluation after =
        c.evaluate(october, at(SHANGHAI, "2026-10-04T10:00:01"), List.of(o), List.of());
    assertThat(after.droppedOutages())
        .extracting(DroppedOutage::reason)
        .containsExactly(
            "not reported within 24 h of its beginning at 2026-10-03T10:00+08:00 (deadline 2026-10-04T10:00+08:00)");
    // Reported in time, it counts from its detection.
    Outage reported =
        new Outage(
            "o-1", "net", o.detectedAt(), at(SHANGHAI, "2026-10-03T18:00"), o.restoredAt(), "");
    assertThat(
            c.evaluate(october, october.range().endExclusive(), List.of(reported), List.of())
                .downtime())
        .isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void countingFromTheReportFallsBackToDetection() {
    AvailabilityCommitment c =
        AvailabilityCommitment.builder("connectivity")
            .countFrom(CountFrom.REPORT)
            .maxDowntime(Duration.ofHours(1))
            .build();
    Outage reported =
        new Outage(
            "o-1",
            "net",
            at(SHANGHAI, "2026-10-03T10:00"),
            at(SHANGHAI, "2026-10-03T10:20"),
            at(SHANGHAI, "2026-10-03T10:30"),
            "");
    Outage monitored = down("o-2", "2026-10-04T10:00", "2026-10-04T10:30");
    AvailabilityEvaluation e = evaluateMonth(c, "2026-10", SHANGHAI, reported, monitored);
    assertThat(e.countedOutages())
        .extracting(CountedOutage::duration)
        .containsExactly(Duration.ofMinutes(10), Duration.ofMinutes(30));
    assertThat(e.countedOutages().get(1).notes())
        .containsExactly(
            "no customer report: counted from its detection at 2026-10-04T10:00+08:00",
            "until its restoration at 2026-10-04T10:30+08:00");
  }

  @Test
  void approvedMaintenanceRemovesTheCoveredPartOfAnOutage() {
    MaintenanceWindow approved =
        new MaintenanceWindow(
            "mw-1", range(SHANGHAI, "2026-10-10T02:00", "2026-10-10T04:00"), true);
    AvailabilityEvaluation e =
        NINE_NINE_NINE.evaluate(
            month("2026-10", SHANGHAI),
            end("2026-10", SHANGHAI),
            List.of(down("2026-10-10T01:00", "2026-10-10T03:00")),
            List.of(approved));
    assertThat(e.countedOutages().get(0).counted())
        .isEqualTo(IntervalSet.of(range(SHANGHAI, "2026-10-10T01:00", "2026-10-10T02:00")));
    assertThat(e.downtime()).isEqualTo(Duration.ofHours(1));
    assertThat(e.maintenance()).isEqualTo(Duration.ofHours(2));
  }

  @Test
  void unapprovedMaintenanceIsDowntimeOnlyWhenTheCommitmentSaysSo() {
    MaintenanceWindow unapproved =
        new MaintenanceWindow(
            "mw-2", range(SHANGHAI, "2026-10-10T02:00", "2026-10-10T04:00"), false);
    List<Outage> outages = List.of(down("2026-10-10T03:00", "2026-10-10T05:00"));
    AvailabilityCommitment counts =
        AvailabilityCommitment.builder("connectivity")
            .maxDowntime(Duration.ofHours(2))
            .unapprovedMaintenanceIsDowntime(true)
            .build();
    AvailabilityCommitment ignores =
        AvailabilityCommitment.builder("connectivity").maxDowntime(Duration.ofHours(2)).build();
    ReportingPeriod october = month("2026-10", SHANGHAI);
    Instant asOf = end("2026-10", SHANGHAI);
    // Counted: maintenance 02:00-04:00 and outage 03:00-05:00 make 02:00-05:00, once.
    AvailabilityEvaluation counted = counts.evaluate(october, asOf, outages, List.of(unapproved));
    assertThat(counted.downtime()).isEqualTo(Duration.ofHours(3));
    assertThat(counted.maintenance()).isZero();
    assertThat(counted.verdict()).isEqualTo(Verdict.BREACHED);
    // Not counted: only the outage's two hours.
    assertThat(ignores.evaluate(october, asOf, outages, List.of(unapproved)).downtime())
        .isEqualTo(Duration.ofHours(2));
  }

  @Test
  void theTwoDenominatorsCanDisagree() {
    // September: P = 43 200 min, approved maintenance M = 120 min, D = 43 min 12 s.
    MaintenanceWindow approved =
        new MaintenanceWindow(
            "mw-1", range(SHANGHAI, "2026-09-05T01:00", "2026-09-05T03:00"), true);
    List<Outage> outages = List.of(down("2026-09-10T08:00", "2026-09-10T08:43:12"));
    AvailabilityCommitment whole =
        AvailabilityCommitment.builder("a").minAvailabilityPercent("99.9").build();
    AvailabilityCommitment lessMaintenance =
        AvailabilityCommitment.builder("b")
            .minAvailabilityPercent("99.9")
            .denominator(Denominator.EXCLUDING_MAINTENANCE)
            .build();
    ReportingPeriod september = month("2026-09", SHANGHAI);
    Instant asOf = end("2026-09", SHANGHAI);
    // (P − D) / P = 43 156.8 / 43 200 = 99.9 % exactly: met.
    AvailabilityEvaluation a = whole.evaluate(september, asOf, outages, List.of(approved));
    assertThat(a.availability()).contains(Fraction.of(999, 1000));
    assertThat(a.verdict()).isEqualTo(Verdict.MET);
    // (P − M − D) / (P − M) = 43 036.8 / 43 080 = 99.89972… %: breached.
    AvailabilityEvaluation b =
        lessMaintenance.evaluate(september, asOf, outages, List.of(approved));
    assertThat(b.availability()).contains(Fraction.of(430_368, 430_800));
    assertThat(b.clauses())
        .containsExactly(clause("availability", "≥ 99.9 %", "99.8997 %", Verdict.BREACHED));
  }

  // --- clauses ---------------------------------------------------------------------------------

  @Test
  void clausesCanDisagreeAndAllMustHold() {
    AvailabilityCommitment c =
        AvailabilityCommitment.builder("connectivity")
            .minAvailabilityPercent("99.9")
            .maxDowntime(Duration.ofMinutes(44))
            .build();
    // 31 days, 44 min 30 s: 99.9003 % meets 99.9 %, but 44 min 30 s exceeds 44 min.
    AvailabilityEvaluation october =
        evaluateMonth(c, "2026-10", SHANGHAI, down("2026-10-03T10:00", "2026-10-03T10:44:30"));
    assertThat(october.clauses())
        .containsExactly(
            clause("availability", "≥ 99.9 %", "99.9003 %", Verdict.MET),
            clause("downtime", "≤ 44 min", "44 min 30 s", Verdict.BREACHED));
    assertThat(october.verdict()).isEqualTo(Verdict.BREACHED);
    // February (28 days, 40 320 min), 43 min: within 44 min, but 99.8934 % is under 99.9 %.
    AvailabilityEvaluation february =
        evaluateMonth(c, "2026-02", SHANGHAI, down("2026-02-03T10:00", "2026-02-03T10:43"));
    assertThat(february.clauses())
        .containsExactly(
            clause("availability", "≥ 99.9 %", "99.8934 %", Verdict.BREACHED),
            clause("downtime", "≤ 44 min", "43 min", Verdict.MET));
  }

  @Test
  void maintenanceBudgetAndOutageCountAreClauses() {
    AvailabilityCommitment c =
        AvailabilityCommitment.builder("connectivity")
            .maxMaintenance(Duration.ofMinutes(100))
            .maxOutages(2)
            .build();
    List<MaintenanceWindow> maintenance =
        List.of(
            new MaintenanceWindow(
                "mw-1", range(SHANGHAI, "2026-10-05T01:00", "2026-10-05T02:00"), true),
            new MaintenanceWindow(
                "mw-2", range(SHANGHAI, "2026-10-12T01:00", "2026-10-12T01:40"), true),
            // Unapproved maintenance is not part of the budget.
            new MaintenanceWindow(
                "mw-3", range(SHANGHAI, "2026-10-19T01:00", "2026-10-19T05:00"), false));
    List<Outage> outages =
        List.of(
            down("o-1", "2026-10-03T10:00", "2026-10-03T10:05"),
            down("o-2", "2026-10-04T10:00", "2026-10-04T10:05"),
            // Wholly inside approved maintenance: no counted time, so not an outage of the period.
            down("o-3", "2026-10-05T01:10", "2026-10-05T01:20"),
            down("o-4", "2026-10-06T10:00", "2026-10-06T10:05"));
    AvailabilityEvaluation e =
        c.evaluate(month("2026-10", SHANGHAI), end("2026-10", SHANGHAI), outages, maintenance);
    assertThat(e.clauses())
        .containsExactly(
            clause("maintenance", "≤ 1 h 40 min", "1 h 40 min", Verdict.MET),
            clause("outages", "≤ 2", "3", Verdict.BREACHED));
  }

  @Test
  void troubleFreeDaysCountLocalDatesWithoutDowntime() {
    AvailabilityCommitment c =
        AvailabilityCommitment.builder("connectivity").minTroubleFreeDays(360).build();
    ReportingPeriod year = ReportingPeriod.parse("2026", BERLIN);
    List<Outage> outages =
        List.of(
            // The spring-forward night: 01:30 to 03:30 local is one real hour, on one date.
            down(BERLIN, "o-1", "2026-03-29T01:30", "2026-03-29T03:30"),
            // Across midnight: two dates.
            down(BERLIN, "o-2", "2026-06-01T23:00", "2026-06-02T01:00"),
            // Restored exactly at midnight: only the first date.
            down(BERLIN, "o-3", "2026-08-01T23:00", "2026-08-02T00:00"),
            // New Year's Eve into 2027: only 2026-12-31 is in the period.
            down(BERLIN, "o-4", "2026-12-31T23:50", "2027-01-01T00:10"));
    AvailabilityEvaluation e = c.evaluate(year, year.range().endExclusive(), outages, List.of());
    assertThat(e.datesWithDowntime())
        .containsExactly(
            LocalDate.of(2026, 3, 29),
            LocalDate.of(2026, 6, 1),
            LocalDate.of(2026, 6, 2),
            LocalDate.of(2026, 8, 1),
            LocalDate.of(2026, 12, 31));
    assertThat(e.clauses())
        .containsExactly(clause("trouble-free days", "≥ 360", "360", Verdict.MET));
    assertThat(e.countedOutages().get(0).duration()).isEqualTo(Duration.ofHours(1));
  }

  // --- as of an instant ----------------------------------------------------------------------

  @Test
  void anOpenOutageCountsUntilTheEvaluationInstant() {
    Outage open = new Outage("o-1", "net", at(SHANGHAI, "2026-10-03T10:00"), null, null, "");
    AvailabilityEvaluation e =
        NINE_NINE_NINE.evaluate(
            month("2026-10", SHANGHAI), at(SHANGHAI, "2026-10-03T12:00"), List.of(open), List.of());
    assertThat(e.downtime()).isEqualTo(Duration.ofHours(2));
    assertThat(e.countedOutages().get(0).notes())
        .contains("still open: counted until the evaluation instant 2026-10-03T12:00+08:00");
    // P stays the whole month: the figure is "so far".
    assertThat(e.periodLength()).isEqualTo(Duration.ofMinutes(44_640));
  }

  @Test
  void whatHappensAfterTheEvaluationInstantIsNotKnown() {
    List<Outage> outages =
        List.of(
            down("o-1", "2026-10-03T10:00", "2026-10-03T14:00"),
            down("o-2", "2026-10-03T13:00", "2026-10-03T13:30"));
    MaintenanceWindow later =
        new MaintenanceWindow(
            "mw-1", range(SHANGHAI, "2026-10-03T11:30", "2026-10-03T13:00"), true);
    AvailabilityEvaluation e =
        NINE_NINE_NINE.evaluate(
            month("2026-10", SHANGHAI), at(SHANGHAI, "2026-10-03T12:00"), outages, List.of(later));
    // o-1 is open as of 12:00, o-2 not detected yet; maintenance counts only up to 12:00.
    assertThat(e.countedOutages()).extracting(co -> co.outage().id()).containsExactly("o-1");
    assertThat(e.countedOutages().get(0).outage().restoredAt()).isNull();
    assertThat(e.downtime()).isEqualTo(Duration.ofMinutes(90));
    assertThat(e.maintenance()).isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void onlyTheCommitmentsServiceCounts() {
    AvailabilityCommitment c =
        AvailabilityCommitment.builder("mail").service("mail").maxDowntime(Duration.ZERO).build();
    Outage mail =
        new Outage(
            "o-1",
            "mail",
            at(SHANGHAI, "2026-10-03T10:00"),
            null,
            at(SHANGHAI, "2026-10-03T10:01"),
            "");
    Outage web =
        new Outage(
            "o-2",
            "web",
            at(SHANGHAI, "2026-10-04T10:00"),
            null,
            at(SHANGHAI, "2026-10-04T11:00"),
            "");
    AvailabilityEvaluation e = evaluateMonth(c, "2026-10", SHANGHAI, mail, web);
    assertThat(e.downtime()).isEqualTo(Duration.ofMinutes(1));
  }

  // --- explanation and validation ------------------------------------------------------------

  @Test
  void theExplanationShowsEveryFigure() {
    AvailabilityCommitment c =
        AvailabilityCommitment.builder("connectivity")
            .minAvailabilityPercent("99.9")
            .maxDowntime(Duration.ofMinutes(44))
            .excludeCauses("force-majeure")
            .build();
    List<Outage> outages =
        List.of(
            down("o-1", "2026-10-03T10:00", "2026-10-03T10:30"),
            new Outage(
                "o-2",
                "net",
                at(SHANGHAI, "2026-10-08T09:00"),
                null,
                at(SHANGHAI, "2026-10-08T12:00"),
                "force-majeure"),
            down("o-3", "2026-10-10T01:30", "2026-10-10T02:30"));
    List<MaintenanceWindow> maintenance =
        List.of(
            new MaintenanceWindow(
                "mw-1", range(SHANGHAI, "2026-10-10T01:00", "2026-10-10T02:00"), true));
    AvailabilityEvaluation e =
        c.evaluate(month("2026-10", SHANGHAI), end("2026-10", SHANGHAI), outages, maintenance);
    assertThat(e.explanation())
        .containsExactly(
            "connectivity for 2026-10[Asia/Shanghai] 2026-10-01T00:00+08:00/2026-11-01T00:00+08:00, as of 2026-11-01T00:00+08:00",
            "P = 744 h",
            "approved maintenance mw-1 2026-10-10T01:00+08:00/2026-10-10T02:00+08:00: not downtime",
            "M = 1 h of approved maintenance",
            "outage o-1 counted from its detection at 2026-10-03T10:00+08:00, until its restoration at 2026-10-03T10:30+08:00; counted 30 min: 2026-10-03T10:00+08:00/2026-10-03T10:30+08:00",
            "outage o-3 counted from its detection at 2026-10-10T01:30+08:00, until its restoration at 2026-10-10T02:30+08:00; counted 30 min: 2026-10-10T02:00+08:00/2026-10-10T02:30+08:00",
            "outage o-2 dropped: cause 'force-majeure' is excluded",
            "D = 1 h of counted downtime (overlaps once)",
            "availability = (P − D) / P = 743/744 exactly, shown as 99.8656 %",
            "trouble-free days: 29 of 31; downtime on 2026-10-03, 2026-10-10",
            "clause availability ≥ 99.9 %: observed 99.8656 %, breached",
            "clause downtime ≤ 44 min: observed 1 h, breached",
            "verdict: breached");
  }

  @Test
  void rejectsACommitmentWithEveryProblemListed() {
    assertThatThrownBy(
            () ->
                AvailabilityCommitment.builder("c")
                    .minAvailabilityPercent("100.1")
                    .maxDowntime(Duration.ofMinutes(-1))
                    .maxOutages(-2)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "commitment 'c': minAvailabilityPercent 100.1 must be between 0 and 100;"
                + " maxDowntime PT-1M is negative; maxOutages -2 is negative");
    assertThatThrownBy(() -> AvailabilityCommitment.builder("c").build())
        .hasMessageContaining("no clause");
  }

  // --- helpers ---------------------------------------------------------------------------------

  static AvailabilityEvaluation evaluateMonth(
      AvailabilityCommitment c, String month, ZoneId zone, Outage... outages) {
    return c.evaluate(month(month, zone), end(month, zone), List.of(outages), List.of());
  }

  static ReportingPeriod month(String label, ZoneId zone) {
    return ReportingPeriod.parse(label, zone);
  }

  static Instant end(String label, ZoneId zone) {
    return month(label, zone).range().endExclusive();
  }

  static Instant at(ZoneId zone, String local) {
    return LocalDateTime.parse(local).atZone(zone).toInstant();
  }

  static TimeRange range(ZoneId zone, String from, String to) {
    return TimeRange.of(at(zone, from), at(zone, to));
  }

  /** An outage a monitor detected, restored, in Shanghai. */
  static Outage down(String from, String to) {
    return down("o-1", from, to);
  }

  static Outage down(String id, String from, String to) {
    return down(SHANGHAI, id, from, to);
  }

  static Outage down(ZoneId zone, String id, String from, String to) {
    return new Outage(id, "net", at(zone, from), null, at(zone, to), "");
  }

  static ClauseVerdict clause(String clause, String target, String observed, Verdict verdict) {
    return new ClauseVerdict(clause, target, observed, verdict);
  }
}

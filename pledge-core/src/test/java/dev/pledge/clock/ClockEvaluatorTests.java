package dev.pledge.clock;

import static dev.pledge.clock.TimelineEventType.ACKNOWLEDGED;
import static dev.pledge.clock.TimelineEventType.PAUSED;
import static dev.pledge.clock.TimelineEventType.PROGRESS_UPDATE;
import static dev.pledge.clock.TimelineEventType.REOPENED;
import static dev.pledge.clock.TimelineEventType.REPORTED;
import static dev.pledge.clock.TimelineEventType.RESOLVED;
import static dev.pledge.clock.TimelineEventType.RESUMED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pledge.calendar.BusinessCalendar;
import dev.pledge.calendar.WorkingHours;
import dev.pledge.time.IntervalSet;
import dev.pledge.time.TimeRange;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-worked examples; each is a worked example in docs/semantics.md ("Clocks"). The calendar is
 * 5×8 in Asia/Shanghai (+08:00): Monday to Friday 09:00–12:00 and 13:30–18:00, 7 h 30 min a day.
 * Friday is 2026-03-06, Monday 2026-03-09, Tuesday 2026-03-10.
 */
class ClockEvaluatorTests {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final BusinessCalendar FIVE_BY_EIGHT =
      BusinessCalendar.builder(SHANGHAI)
          .weekdays(WorkingHours.parse("09:00-12:00"), WorkingHours.parse("13:30-18:00"))
          .build();

  /** Response: 2 h from report to acknowledgement, pauses for the customer or for parts. */
  static ClockDefinition.Builder response() {
    return ClockDefinition.builder()
        .target(Duration.ofHours(2))
        .calendar(FIVE_BY_EIGHT)
        .startOn(REPORTED)
        .stopOn(ACKNOWLEDGED)
        .pauseReasons("customer", "parts")
        .reopen(ReopenMode.IGNORE);
  }

  /** Resolution: 4 h from report to resolution. */
  static ClockDefinition.Builder resolve(ReopenMode mode) {
    return ClockDefinition.builder()
        .target(Duration.ofHours(4))
        .calendar(FIVE_BY_EIGHT)
        .startOn(REPORTED)
        .stopOn(RESOLVED)
        .reopen(mode);
  }

  /** Local Shanghai time, e.g. {@code "Fri 17:30"} or {@code "Mon 09:00:01"}. */
  static Instant sh(String dayAndTime) {
    String[] parts = dayAndTime.split(" ");
    String date =
        switch (parts[0]) {
          case "Fri" -> "2026-03-06";
          case "Sat" -> "2026-03-07";
          case "Sun" -> "2026-03-08";
          case "Mon" -> "2026-03-09";
          case "Tue" -> "2026-03-10";
          default -> throw new IllegalArgumentException(dayAndTime);
        };
    return LocalDateTime.parse(date + "T" + parts[1]).atZone(SHANGHAI).toInstant();
  }

  static TimelineEvent ev(String when, TimelineEventType type) {
    return TimelineEvent.of(sh(when), type);
  }

  static TimelineEvent ev(String when, TimelineEventType type, String reason) {
    return TimelineEvent.of(sh(when), type, reason);
  }

  static IntervalSet ranges(String... fromTo) {
    List<TimeRange> out = new ArrayList<>();
    for (String r : fromTo) {
      String[] ends = r.split(" - ");
      out.add(TimeRange.of(sh(ends[0]), sh(ends[1])));
    }
    return IntervalSet.of(out);
  }

  static ClockEvaluation evaluate(ClockDefinition.Builder d, String asOf, TimelineEvent... events) {
    return ClockEvaluator.evaluate(d.build(), Timeline.of(events), sh(asOf));
  }

  @Test
  void reportedFridayEveningIsDueMondayMorning() {
    // Friday 17:30-18:00 counts 30 min; Monday 09:00-10:30 counts the other 90.
    ClockResult r = evaluate(response(), "Fri 17:45", ev("Fri 17:30", REPORTED)).current();
    assertThat(r.state()).isEqualTo(ClockState.RUNNING);
    assertThat(r.elapsed()).isEqualTo(Duration.ofMinutes(15));
    assertThat(r.remaining()).isEqualTo(Duration.ofMinutes(105));
    assertThat(r.percentUsed()).isEqualByComparingTo("12.50");
    assertThat(r.due()).contains(sh("Mon 10:30"));
    assertThat(r.breachAfter()).contains(sh("Mon 10:30"));
    assertThat(r.verdict()).isEqualTo(ClockVerdict.IN_PROGRESS);
  }

  @Test
  void weekendRunsOutsideBusinessHours() {
    ClockResult r = evaluate(response(), "Sat 12:00", ev("Fri 17:30", REPORTED)).current();
    assertThat(r.elapsed()).isEqualTo(Duration.ofMinutes(30));
    assertThat(r.explanation().counted()).isEqualTo(ranges("Fri 17:30 - Fri 18:00"));
    assertThat(r.explanation().outsideHours()).isEqualTo(ranges("Fri 18:00 - Sat 12:00"));
    assertThat(r.explanation().paused().isEmpty()).isTrue();
    assertThat(r.due()).contains(sh("Mon 10:30"));
  }

  @Test
  void explanationIsBuiltOnceAndKept() {
    ClockResult r = evaluate(response(), "Sat 12:00", ev("Fri 17:30", REPORTED)).current();
    // Built on the first call, from the same segments that gave the 30 minutes elapsed.
    Explanation first = r.explanation();
    assertThat(first.counted().totalDuration()).isEqualTo(r.elapsed());
    assertThat(r.explanation()).isSameAs(first);
  }

  @Test
  void thresholdsAreReachedAtExactInstants() {
    ClockDefinition.Builder d = response().thresholds(50, 75, 100);
    ClockResult r = evaluate(d, "Mon 09:45", ev("Fri 17:30", REPORTED)).current();
    // percent, elapsed that reaches it, reached at, reached as of Mon 09:45
    assertCrossing(r.thresholds().get(0), "50", "PT1H", "Mon 09:30", true);
    assertCrossing(r.thresholds().get(1), "75", "PT1H30M", "Mon 10:00", false);
    assertCrossing(r.thresholds().get(2), "100", "PT2H", "Mon 10:30", false);
  }

  @Test
  void fractionalThresholdIsExactToTheNanosecond() {
    // 33.33 % of 2 h is 39 min 59.76 s: 30 min on Friday, 9 min 59.76 s on Monday.
    ClockDefinition.Builder d = response().thresholds(new BigDecimal("33.33"));
    ClockResult r = evaluate(d, "Fri 17:30", ev("Fri 17:30", REPORTED)).current();
    ThresholdCrossing t = r.thresholds().get(0);
    assertThat(t.elapsed()).isEqualTo(Duration.parse("PT39M59.76S"));
    assertThat(t.reachedAt()).contains(sh("Mon 09:09:59.760"));
    assertThat(t.exceededAfter()).contains(sh("Mon 09:09:59.760"));
  }

  @Test
  void thresholdBetweenTwoNanosecondsRoundsOutward() {
    // 50 % of 1.000000001 s is 500 000 000.5 ns: reached at +500 000 001 ns, passed after +500 ms.
    Instant t0 = Instant.parse("2026-03-09T00:00:00Z");
    ClockDefinition d =
        ClockDefinition.builder()
            .target(Duration.ofSeconds(1, 1))
            .calendar(BusinessCalendar.allDay(ZoneId.of("UTC")))
            .startOn(REPORTED)
            .stopOn(ACKNOWLEDGED)
            .thresholds(50)
            .build();
    ClockResult r =
        ClockEvaluator.evaluate(d, Timeline.of(TimelineEvent.of(t0, REPORTED)), t0).current();
    ThresholdCrossing t = r.thresholds().get(0);
    assertThat(t.elapsed()).isEqualTo(Duration.ofNanos(500_000_001));
    assertThat(t.reachedAt()).contains(t0.plusNanos(500_000_001));
    assertThat(t.exceededAfter()).contains(t0.plusNanos(500_000_000));
  }

  @Test
  void pauseOutsideBusinessHoursChangesNothing() {
    TimelineEvent[] paused = {
      ev("Fri 17:30", REPORTED), ev("Sat 10:00", PAUSED, "customer"), ev("Sun 12:00", RESUMED)
    };
    ClockResult r = evaluate(response(), "Mon 09:00", paused).current();
    ClockResult without = evaluate(response(), "Mon 09:00", ev("Fri 17:30", REPORTED)).current();
    assertThat(r.elapsed()).isEqualTo(without.elapsed()).isEqualTo(Duration.ofMinutes(30));
    assertThat(r.due()).isEqualTo(without.due()).contains(sh("Mon 10:30"));
    assertThat(r.explanation().paused().isEmpty()).isTrue();
    assertThat(r.explanation().outsideHours())
        .isEqualTo(ranges("Fri 18:00 - Sat 10:00", "Sun 12:00 - Mon 09:00"));
  }

  @Test
  void pausedBeforeReachingTheTargetHasNoDeadlines() {
    TimelineEvent[] events = {ev("Fri 17:30", REPORTED), ev("Sat 10:00", PAUSED, "customer")};
    ClockResult r = evaluate(response(), "Sat 11:00", events).current();
    assertThat(r.state()).isEqualTo(ClockState.PAUSED);
    assertThat(r.due()).isEmpty();
    assertThat(r.breachAfter()).isEmpty();
    assertThat(r.verdict()).isEqualTo(ClockVerdict.IN_PROGRESS);
  }

  @Test
  void overlappingPausesCountOnce() {
    TimelineEvent[] events = {
      ev("Mon 09:00", REPORTED),
      ev("Mon 09:30", PAUSED, "customer"),
      ev("Mon 10:00", PAUSED, "parts"),
      ev("Mon 10:30", RESUMED, "customer"), // parts still holds the clock
      ev("Mon 11:00", RESUMED, "parts")
    };
    ClockResult during = evaluate(response(), "Mon 10:45", events).current();
    assertThat(during.state()).isEqualTo(ClockState.PAUSED);
    assertThat(during.elapsed()).isEqualTo(Duration.ofMinutes(30));

    ClockResult r = evaluate(response(), "Mon 12:00", events).current();
    assertThat(r.state()).isEqualTo(ClockState.RUNNING);
    assertThat(r.explanation().paused()).isEqualTo(ranges("Mon 09:30 - Mon 11:00"));
    // 09:00-09:30 and 11:00-12:00 count: 90 min; the last 30 min run 13:30-14:00 after lunch.
    assertThat(r.elapsed()).isEqualTo(Duration.ofMinutes(90));
    assertThat(r.due()).contains(sh("Mon 14:00"));
  }

  @Test
  void resumedWithoutReasonEndsEveryPause() {
    TimelineEvent[] events = {
      ev("Mon 09:00", REPORTED),
      ev("Mon 09:30", PAUSED, "customer"),
      ev("Mon 10:00", PAUSED, "parts"),
      ev("Mon 10:15", RESUMED)
    };
    ClockResult r = evaluate(response(), "Mon 11:00", events).current();
    assertThat(r.explanation().paused()).isEqualTo(ranges("Mon 09:30 - Mon 10:15"));
    assertThat(r.elapsed()).isEqualTo(Duration.ofMinutes(75));
  }

  @Test
  void pauseWithAnUnlistedReasonDoesNotHoldTheClock() {
    TimelineEvent[] events = {ev("Mon 09:00", REPORTED), ev("Mon 09:30", PAUSED, "lunch")};
    ClockResult r = evaluate(response(), "Mon 10:00", events).current();
    assertThat(r.state()).isEqualTo(ClockState.RUNNING);
    assertThat(r.elapsed()).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void anyReasonLetsEveryPauseHoldTheClock() {
    ClockDefinition.Builder d = response().pauseOnAnyReason();
    TimelineEvent[] events = {
      ev("Mon 09:00", REPORTED), ev("Mon 09:30", PAUSED), ev("Mon 09:40", RESUMED)
    };
    ClockResult r = evaluate(d, "Mon 10:00", events).current();
    assertThat(r.elapsed()).isEqualTo(Duration.ofMinutes(50));
  }

  @Test
  void zeroLengthPauseDoesNothing() {
    TimelineEvent[] events = {
      ev("Mon 09:00", REPORTED), ev("Mon 09:30", PAUSED, "customer"), ev("Mon 09:30", RESUMED)
    };
    ClockResult r = evaluate(response(), "Mon 10:00", events).current();
    assertThat(r.state()).isEqualTo(ClockState.RUNNING);
    assertThat(r.elapsed()).isEqualTo(Duration.ofHours(1));
    assertThat(r.explanation().paused().isEmpty()).isTrue();
  }

  @Test
  void pauseOpenAtTheStartHoldsTheClockFromItsStart() {
    TimelineEvent[] events = {
      ev("Mon 08:00", PAUSED, "customer"), ev("Mon 09:00", REPORTED), ev("Mon 10:00", RESUMED)
    };
    ClockResult r = evaluate(response(), "Mon 11:00", events).current();
    assertThat(r.elapsed()).isEqualTo(Duration.ofHours(1));
    assertThat(r.explanation().paused()).isEqualTo(ranges("Mon 09:00 - Mon 10:00"));
  }

  @Test
  void pausedAfterReachingTheTargetKeepsItsDue() {
    TimelineEvent[] atTarget = {ev("Mon 09:00", REPORTED), ev("Mon 11:00", PAUSED, "customer")};
    ClockResult r = evaluate(response(), "Mon 12:00", atTarget).current();
    assertThat(r.elapsed()).isEqualTo(Duration.ofHours(2));
    assertThat(r.due()).contains(sh("Mon 11:00"));
    assertThat(r.breachAfter()).isEmpty(); // when it passes 2 h depends on the resumption
    assertThat(r.verdict()).isEqualTo(ClockVerdict.IN_PROGRESS);

    TimelineEvent[] past = {ev("Mon 09:00", REPORTED), ev("Mon 11:30", PAUSED, "customer")};
    ClockResult late = evaluate(response(), "Mon 12:00", past).current();
    assertThat(late.elapsed()).isEqualTo(Duration.ofMinutes(150));
    assertThat(late.due()).contains(sh("Mon 11:00"));
    assertThat(late.breachAfter()).contains(sh("Mon 11:00")); // already in the past
    assertThat(late.verdict()).isEqualTo(ClockVerdict.BREACHED);
  }

  @Test
  void targetExactlyReachedIsMet() {
    TimelineEvent[] events = {ev("Mon 09:00", REPORTED), ev("Mon 11:00", ACKNOWLEDGED)};
    ClockEvaluation e = evaluate(response(), "Mon 12:00", events);
    ClockResult r = e.current();
    assertThat(r.state()).isEqualTo(ClockState.STOPPED);
    assertThat(r.stopped()).contains(sh("Mon 11:00"));
    assertThat(r.elapsed()).isEqualTo(Duration.ofHours(2));
    assertThat(r.remaining()).isZero();
    assertThat(r.overrun()).isZero();
    assertThat(r.percentUsed()).isEqualByComparingTo("100.00");
    assertThat(r.verdict()).isEqualTo(ClockVerdict.MET);
    assertThat(e.verdict()).isEqualTo(ClockVerdict.MET);
  }

  @Test
  void aNanosecondOverTheTargetIsBreached() {
    TimelineEvent[] events = {
      ev("Mon 09:00", REPORTED), TimelineEvent.of(sh("Mon 11:00").plusNanos(1), ACKNOWLEDGED)
    };
    ClockResult r = evaluate(response(), "Mon 12:00", events).current();
    assertThat(r.overrun()).isEqualTo(Duration.ofNanos(1));
    assertThat(r.percentUsed()).isEqualByComparingTo("100.00"); // display only
    assertThat(r.verdict()).isEqualTo(ClockVerdict.BREACHED);
  }

  @Test
  void dueOnFridayClosingIsBreachedOnlyAfterMondayOpening() {
    TimelineEvent reported = ev("Fri 16:00", REPORTED);
    ClockResult first = evaluate(response(), "Fri 16:00", reported).current();
    assertThat(first.due()).contains(sh("Fri 18:00"));
    assertThat(first.breachAfter()).contains(sh("Mon 09:00"));
    // as of, elapsed, verdict
    assertAsOf(reported, "Fri 18:00", "PT2H", ClockVerdict.IN_PROGRESS); // due: reached, not past
    assertAsOf(reported, "Fri 18:00:01", "PT2H", ClockVerdict.IN_PROGRESS); // closed
    assertAsOf(reported, "Sun 23:59:59", "PT2H", ClockVerdict.IN_PROGRESS); // still closed
    assertAsOf(reported, "Mon 09:00", "PT2H", ClockVerdict.IN_PROGRESS); // breach_after itself
    assertAsOf(reported, "Mon 09:00:01", "PT2H0M1S", ClockVerdict.BREACHED); // one second over
  }

  private static void assertAsOf(
      TimelineEvent reported, String asOf, String elapsed, ClockVerdict verdict) {
    ClockResult r = evaluate(response(), asOf, reported).current();
    assertThat(r.elapsed()).as(asOf).isEqualTo(Duration.parse(elapsed));
    assertThat(r.verdict()).as(asOf).isEqualTo(verdict);
    assertThat(r.due()).as(asOf).contains(sh("Fri 18:00"));
    assertThat(r.breachAfter()).as(asOf).contains(sh("Mon 09:00"));
  }

  @Test
  void stoppedClockShowsTheDeadlineItWasMeasuredAgainst() {
    TimelineEvent[] events = {ev("Mon 09:00", REPORTED), ev("Mon 11:00", RESOLVED)};
    ClockResult r = evaluate(resolve(ReopenMode.CONTINUE), "Mon 15:00", events).current();
    // Met at 11:00 with 2 h counted; 4 h would have run out at 14:30 (after the lunch break).
    assertThat(r.state()).isEqualTo(ClockState.STOPPED);
    assertThat(r.elapsed()).isEqualTo(Duration.ofHours(2));
    assertThat(r.due()).contains(sh("Mon 14:30"));
    assertThat(r.verdict()).isEqualTo(ClockVerdict.MET);
  }

  static final TimelineEvent[] REOPENED_TUESDAY = {
    ev("Mon 09:00", REPORTED), ev("Mon 11:00", RESOLVED), ev("Tue 09:00", REOPENED)
  };

  @Test
  void reopenContinuesTheCycleWithoutCountingTheGap() {
    ClockEvaluation e = evaluate(resolve(ReopenMode.CONTINUE), "Tue 10:00", REOPENED_TUESDAY);
    assertThat(e.cycles()).hasSize(1);
    ClockResult r = e.current();
    assertThat(r.state()).isEqualTo(ClockState.RUNNING);
    assertThat(r.elapsed()).isEqualTo(Duration.ofHours(3)); // 2 h Monday + 1 h Tuesday
    assertThat(r.due()).contains(sh("Tue 11:00"));
    assertThat(r.explanation().counted())
        .isEqualTo(ranges("Mon 09:00 - Mon 11:00", "Tue 09:00 - Tue 10:00"));
    assertThat(r.explanation().outsideHours().isEmpty()).isTrue(); // the gap is not running
  }

  @Test
  void reopenAsNewCycleStartsWithTheFullTarget() {
    ClockEvaluation e = evaluate(resolve(ReopenMode.NEW_CYCLE), "Tue 10:00", REOPENED_TUESDAY);
    assertThat(e.cycles()).hasSize(2);
    ClockResult first = e.cycles().get(0);
    assertThat(first.state()).isEqualTo(ClockState.STOPPED);
    assertThat(first.stopped()).contains(sh("Mon 11:00"));
    assertThat(first.elapsed()).isEqualTo(Duration.ofHours(2));
    assertThat(first.verdict()).isEqualTo(ClockVerdict.MET);
    ClockResult second = e.current();
    assertThat(second.cycle()).isEqualTo(2);
    assertThat(second.started()).contains(sh("Tue 09:00"));
    assertThat(second.elapsed()).isEqualTo(Duration.ofHours(1));
    assertThat(second.due()).contains(sh("Tue 14:30")); // 09:00-12:00, then 13:30-14:30
    assertThat(e.verdict()).isEqualTo(ClockVerdict.IN_PROGRESS);
  }

  @Test
  void reopenIgnoredLeavesTheClockStopped() {
    ClockEvaluation e = evaluate(resolve(ReopenMode.IGNORE), "Tue 10:00", REOPENED_TUESDAY);
    assertThat(e.cycles()).hasSize(1);
    assertThat(e.state()).isEqualTo(ClockState.STOPPED);
    assertThat(e.current().elapsed()).isEqualTo(Duration.ofHours(2));
    assertThat(e.verdict()).isEqualTo(ClockVerdict.MET);
  }

  @Test
  void progressUpdateRestartsThePeriodicClock() {
    ClockDefinition.Builder every2h =
        ClockDefinition.builder()
            .target(Duration.ofHours(2))
            .calendar(FIVE_BY_EIGHT)
            .startOn(REPORTED)
            .restartOn(PROGRESS_UPDATE)
            .stopOn(RESOLVED);
    ClockEvaluation e =
        evaluate(
            every2h,
            "Mon 17:00",
            ev("Mon 09:00", REPORTED),
            ev("Mon 10:30", PROGRESS_UPDATE),
            ev("Mon 15:00", PROGRESS_UPDATE),
            ev("Mon 16:00", RESOLVED));
    assertThat(e.cycles()).hasSize(3);
    // cycle, elapsed, verdict, due
    assertCycle(e.cycles().get(0), 1, "PT1H30M", ClockVerdict.MET, "Mon 11:00");
    assertCycle(e.cycles().get(1), 2, "PT3H", ClockVerdict.BREACHED, "Mon 14:00");
    assertCycle(e.cycles().get(2), 3, "PT1H", ClockVerdict.MET, "Mon 17:00");
    assertThat(e.cycles().get(1).overrun()).isEqualTo(Duration.ofHours(1));
    assertThat(e.cycles().get(1).percentUsed()).isEqualByComparingTo("150.00");
    assertThat(e.verdict()).isEqualTo(ClockVerdict.BREACHED);
  }

  private static void assertCycle(
      ClockResult r, int cycle, String elapsed, ClockVerdict verdict, String due) {
    assertThat(r.cycle()).isEqualTo(cycle);
    assertThat(r.elapsed()).as("cycle %d", cycle).isEqualTo(Duration.parse(elapsed));
    assertThat(r.verdict()).as("cycle %d", cycle).isEqualTo(verdict);
    assertThat(r.due()).as("cycle %d", cycle).contains(sh(due));
  }

  @Test
  void eventsAfterAsOfAreIgnored() {
    TimelineEvent[] events = {ev("Mon 09:00", REPORTED), ev("Mon 10:00", ACKNOWLEDGED)};
    ClockResult r = evaluate(response(), "Mon 09:30", events).current();
    assertThat(r.state()).isEqualTo(ClockState.RUNNING);
    assertThat(r.elapsed()).isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void notStartedBeforeTheStartEvent() {
    ClockEvaluation e = evaluate(response(), "Mon 08:00", ev("Mon 09:00", REPORTED));
    ClockResult r = e.current();
    assertThat(e.cycles()).hasSize(1);
    assertThat(r.state()).isEqualTo(ClockState.NOT_STARTED);
    assertThat(r.elapsed()).isZero();
    assertThat(r.remaining()).isEqualTo(Duration.ofHours(2));
    assertThat(r.due()).isEmpty();
    assertThat(r.verdict()).isEqualTo(ClockVerdict.IN_PROGRESS);
  }

  @Test
  void eventsAtTheSameInstantKeepTheirGivenOrder() {
    // Reported then acknowledged at 09:00: started and stopped, nothing counted.
    ClockResult answered =
        evaluate(response(), "Mon 10:00", ev("Mon 09:00", REPORTED), ev("Mon 09:00", ACKNOWLEDGED))
            .current();
    assertThat(answered.state()).isEqualTo(ClockState.STOPPED);
    assertThat(answered.elapsed()).isZero();
    assertThat(answered.verdict()).isEqualTo(ClockVerdict.MET);
    // Acknowledged then reported: the acknowledgement came before the start and stops nothing.
    ClockResult running =
        evaluate(response(), "Mon 10:00", ev("Mon 09:00", ACKNOWLEDGED), ev("Mon 09:00", REPORTED))
            .current();
    assertThat(running.state()).isEqualTo(ClockState.RUNNING);
    assertThat(running.elapsed()).isEqualTo(Duration.ofHours(1));
  }

  private static void assertCrossing(
      ThresholdCrossing t, String percent, String elapsed, String at, boolean reached) {
    assertThat(t.percent()).isEqualByComparingTo(percent);
    assertThat(t.elapsed()).isEqualTo(Duration.parse(elapsed));
    assertThat(t.reachedAt()).as(percent).contains(sh(at));
    assertThat(t.exceededAfter()).as(percent).contains(sh(at));
    assertThat(t.reached()).as(percent).isEqualTo(reached);
  }
}

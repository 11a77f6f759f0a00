package dev.pledge.period;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pledge.period.AvailabilityCommitment.CountFrom;
import dev.pledge.period.AvailabilityCommitment.Denominator;
import dev.pledge.testing.PropertyCheck;
import dev.pledge.time.TimeRange;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Checks availability figures against a naive model that walks the period minute by minute and
 * applies the rules to each minute on its own. Every input time is a whole minute, so counting
 * minutes is exact.
 */
class AvailabilityReferenceTests {

  static final List<ReportingPeriod> PERIODS =
      List.of(
          ReportingPeriod.parse("2026-10", ZoneId.of("Europe/Berlin")),
          ReportingPeriod.parse("2026-03", ZoneId.of("Europe/Berlin")),
          ReportingPeriod.parse("2026-11", ZoneId.of("America/New_York")),
          ReportingPeriod.parse("2026-02", ZoneId.of("Asia/Shanghai")));

  @Test
  void downtimeAvailabilityAndTroubleFreeDaysMatchMinuteStepping() {
    PropertyCheck.forAll(
        100,
        random -> {
          Scenario s = Scenario.random(random);
          AvailabilityEvaluation e =
              s.commitment.evaluate(s.period, s.asOf, s.outages, s.maintenance);
          Reference r = new Reference(s);

          assertThat(e.downtime()).isEqualTo(Duration.ofMinutes(r.downMinutes));
          assertThat(e.maintenance()).isEqualTo(Duration.ofMinutes(r.maintenanceMinutes));
          assertThat(e.availability()).isEqualTo(r.availability());
          assertThat(e.datesWithDowntime()).isEqualTo(r.datesWithDowntime);
          assertThat(e.troubleFreeDays())
              .isEqualTo(s.period.dayCount() - r.datesWithDowntime.size());
          assertThat(e.outageCount()).isEqualTo(r.outagesWithTime());
          for (CountedOutage c : e.countedOutages()) {
            assertThat(r.countedIds).contains(c.outage().id());
            assertThat(c.duration())
                .isEqualTo(Duration.ofMinutes(r.minutesByOutage.getOrDefault(c.outage().id(), 0L)));
          }
          for (DroppedOutage d : e.droppedOutages()) {
            assertThat(r.countedIds).doesNotContain(d.outage().id());
          }
        });
  }

  /** Random minute-aligned outages, maintenance, commitment and evaluation instant. */
  record Scenario(
      ReportingPeriod period,
      Instant asOf,
      AvailabilityCommitment commitment,
      List<Outage> outages,
      List<MaintenanceWindow> maintenance) {

    static Scenario random(SplittableRandom random) {
      ReportingPeriod period = PERIODS.get(random.nextInt(PERIODS.size()));
      Instant from = period.range().startInclusive().minus(Duration.ofDays(2));
      long span = period.length().toMinutes() + 4 * 1440;
      AvailabilityCommitment.Builder b =
          AvailabilityCommitment.builder("c")
              .minAvailabilityPercent("99.5")
              .countFrom(random.nextBoolean() ? CountFrom.DETECTION : CountFrom.REPORT)
              .denominator(
                  random.nextBoolean()
                      ? Denominator.WHOLE_PERIOD
                      : Denominator.EXCLUDING_MAINTENANCE)
              .unapprovedMaintenanceIsDowntime(random.nextBoolean());
      if (random.nextBoolean()) {
        b.excludeCauses("force-majeure");
      }
      Duration deadline = random.nextBoolean() ? Duration.ofMinutes(random.nextInt(3000)) : null;
      if (deadline != null) {
        b.reportDeadline(deadline);
      }
      if (random.nextBoolean()) {
        b.service("net");
      }
      List<Outage> outages = new ArrayList<>();
      int n = random.nextInt(9);
      for (int i = 0; i < n; i++) {
        outages.add(outage("o-" + i, random, from, span, deadline));
      }
      List<MaintenanceWindow> maintenance = new ArrayList<>();
      int m = random.nextInt(5);
      for (int i = 0; i < m; i++) {
        Instant start = minute(from, random.nextLong(span));
        TimeRange range = TimeRange.of(start, start.plus(Duration.ofMinutes(random.nextInt(3000))));
        maintenance.add(new MaintenanceWindow("mw-" + i, range, random.nextBoolean()));
      }
      Instant asOf =
          random.nextInt(3) == 0
              ? period.range().endExclusive()
              : minute(from, random.nextLong(span));
      return new Scenario(period, asOf, b.build(), outages, maintenance);
    }

    private static Outage outage(
        String id, SplittableRandom random, Instant from, long span, Duration deadline) {
      Instant began = minute(from, random.nextLong(span));
      Instant detected = random.nextInt(4) == 0 ? null : began;
      Instant reported =
          detected == null || random.nextBoolean()
              ? began.plus(Duration.ofMinutes(random.nextInt(4000)))
              : null;
      if (detected != null && deadline != null && random.nextBoolean()) {
        // Around the report deadline: a minute early, exactly on it, a minute late.
        reported = began.plus(deadline).plus(Duration.ofMinutes(random.nextInt(3) - 1));
      }
      Instant earliest = detected != null ? detected : reported;
      Instant restored =
          random.nextInt(5) == 0 ? null : earliest.plus(Duration.ofMinutes(random.nextInt(2000)));
      String cause = List.of("", "power", "force-majeure").get(random.nextInt(3));
      String service = random.nextInt(4) == 0 ? "web" : "net";
      return new Outage(id, service, detected, reported, restored, cause);
    }

    private static Instant minute(Instant from, long minutes) {
      return from.plus(Duration.ofMinutes(minutes));
    }
  }

  /** The rules applied minute by minute, with no interval arithmetic. */
  static final class Reference {
    final Scenario s;
    long downMinutes;
    long maintenanceMinutes;
    final TreeSet<LocalDate> datesWithDowntime = new TreeSet<>();
    final Map<String, Long> minutesByOutage = new HashMap<>();
    final List<String> countedIds = new ArrayList<>();
    final List<Instant[]> counted = new ArrayList<>();

    Reference(Scenario s) {
      this.s = s;
      for (Outage o : s.outages) {
        decide(o);
      }
      Instant t = s.period.range().startInclusive();
      while (t.isBefore(s.period.range().endExclusive()) && t.isBefore(s.asOf)) {
        step(t);
        t = t.plus(Duration.ofMinutes(1));
      }
    }

    private void decide(Outage o) {
      AvailabilityCommitment c = s.commitment;
      Instant detected = known(o.detectedAt());
      Instant reported = known(o.reportedAt());
      Instant restored = known(o.restoredAt());
      if (detected == null && reported == null) {
        return;
      }
      if (c.service().isPresent() && !c.service().get().equals(o.service())) {
        return;
      }
      if (c.excludedCauses().contains(o.cause())) {
        return;
      }
      Instant began = detected == null ? reported : detected;
      if (reported != null && reported.isBefore(began)) {
        began = reported;
      }
      if (c.reportDeadline().isPresent()) {
        Instant due = began.plus(c.reportDeadline().get());
        if (reported == null || reported.isAfter(due)) {
          return;
        }
      }
      Instant start =
          c.countFrom() == CountFrom.DETECTION
              ? (detected != null ? detected : reported)
              : (reported != null ? reported : detected);
      Instant end = restored != null ? restored : s.asOf;
      countedIds.add(o.id());
      counted.add(new Instant[] {start, end});
      minutesByOutage.put(o.id(), 0L);
    }

    private Instant known(Instant t) {
      return t == null || t.isAfter(s.asOf) ? null : t;
    }

    private void step(Instant t) {
      boolean approved = maintained(t, true);
      if (approved) {
        maintenanceMinutes++;
      }
      boolean down = false;
      for (int i = 0; i < counted.size(); i++) {
        Instant[] r = counted.get(i);
        if (!approved && !t.isBefore(r[0]) && t.isBefore(r[1])) {
          down = true;
          minutesByOutage.merge(countedIds.get(i), 1L, Long::sum);
        }
      }
      if (!approved && s.commitment.unapprovedMaintenanceIsDowntime() && maintained(t, false)) {
        down = true;
      }
      if (down) {
        downMinutes++;
        datesWithDowntime.add(t.atZone(s.period.zone()).toLocalDate());
      }
    }

    private boolean maintained(Instant t, boolean approved) {
      return s.maintenance.stream()
          .anyMatch(m -> m.approvedByCustomer() == approved && m.range().contains(t));
    }

    java.util.Optional<Fraction> availability() {
      long p = s.period.length().toMinutes();
      long base =
          s.commitment.denominator() == Denominator.WHOLE_PERIOD ? p : p - maintenanceMinutes;
      return base == 0
          ? java.util.Optional.empty()
          : java.util.Optional.of(Fraction.of(base - downMinutes, base));
    }

    long outagesWithTime() {
      return minutesByOutage.values().stream().filter(v -> v > 0).count();
    }
  }
}

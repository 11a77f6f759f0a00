package dev.pledge.guarantee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pledge.calendar.BusinessCalendar;
import dev.pledge.period.ReportingPeriod;
import dev.pledge.yaml.InvalidDefinitionException;
import dev.pledge.yaml.Problem;
import dev.pledge.yaml.Sources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuaranteeFileTests {

  @TempDir Path dir;

  private static final String MINIMAL =
      """
      id: net-2026
      provider: {id: example-telecom}
      valid: {from: 2026-01-01}
      zone: Asia/Shanghai
      severities: {sev1: System down, sev2: Degraded}
      commitments:
        - id: restore
          kind: restore
          targets: {sev1: 2h, sev2: 4h}
      """;

  private Guarantee parse(String yaml) {
    return GuaranteeFile.parse(yaml, "g.yaml", dir);
  }

  private List<String> problems(String yaml) {
    try {
      parse(yaml);
    } catch (InvalidDefinitionException e) {
      return e.problems().stream().map(Problem::toString).toList();
    }
    throw new AssertionError("expected problems in:\n" + yaml);
  }

  @Test
  void readsTheExampleMailGuarantee() {
    Guarantee g = GuaranteeFile.read(Path.of("..", "examples", "guarantees", "mail.yaml"));
    assertThat(g.id()).isEqualTo("mail-2026");
    assertThat(g.title().in("zh")).isEqualTo("企业邮箱服务保证书");
    assertThat(g.commitments())
        .extracting(Commitment::id)
        .contains("connectivity", "delivery-delay", "anti-spam");
    assertThat(g.fee()).isPresent();
    Commitment.TicketClock antiSpam =
        (Commitment.TicketClock) g.commitment("anti-spam").orElseThrow();
    assertThat(antiSpam.scope().types()).containsExactly("complaint");
    assertThat(antiSpam.clockFor("sev1").orElseThrow().workingDays()).hasValue(1);
  }

  @Test
  void perSeverityTargetsAndTheDefault24x7Clock() {
    Guarantee g = parse(MINIMAL);
    Commitment.TicketClock restore = (Commitment.TicketClock) g.commitments().get(0);
    assertThat(restore.clockFor("sev1").orElseThrow().target()).isEqualTo(Duration.ofHours(2));
    assertThat(restore.clockFor("sev2").orElseThrow().target()).isEqualTo(Duration.ofHours(4));
    assertThat(restore.clockFor("sev3")).isEmpty();
    assertThat(restore.clockFor("sev1").orElseThrow().calendar().isAllDay()).isTrue();
  }

  @Test
  void readsTargetsInWorkingDays() {
    Guarantee g =
        parse(
            """
            id: it-2026
            provider: {id: example-it}
            valid: {from: 2026-01-01}
            zone: Asia/Shanghai
            calendars: {office: {week: {weekdays: [09:00-17:30]}}}
            default_calendar: office
            severities: {p1: Critical, p2: Normal}
            commitments:
              - {id: reply, kind: complaint_reply, target: 1 working day}
              - {id: repair, kind: resolve, targets: {p1: 8h, p2: 15 working days}}
            """);
    Commitment.TicketClock reply = (Commitment.TicketClock) g.commitment("reply").orElseThrow();
    assertThat(reply.clockFor(null).orElseThrow().workingDays()).hasValue(1);
    Commitment.TicketClock repair = (Commitment.TicketClock) g.commitment("repair").orElseThrow();
    assertThat(repair.clockFor("p2").orElseThrow().workingDays()).hasValue(15);
    assertThat(repair.clockFor("p1").orElseThrow().target()).isEqualTo(Duration.ofHours(8));
  }

  @Test
  void readsCategoryTargetsAndRefusesBadOnes() {
    Guarantee g =
        parse(
            """
            id: mail-2026
            provider: {id: example-telecom}
            valid: {from: 2026-01-01}
            zone: Asia/Shanghai
            commitments:
              - id: provisioning
                kind: provisioning
                target: 24h
                category_targets:
                  new-domain: {target: 48h, name: {zh: 新域名开通, en: a new domain is set up}}
                  migration: 3 working days
            """);
    Commitment.TicketClock p = (Commitment.TicketClock) g.commitment("provisioning").orElseThrow();
    assertThat(p.clockFor(null, "New_Domain").orElseThrow().target())
        .isEqualTo(Duration.ofHours(48));
    assertThat(p.clockFor(null, "MIGRATION").orElseThrow().workingDays()).hasValue(3);
    assertThat(p.clockFor(null, "renewal").orElseThrow().target()).isEqualTo(Duration.ofHours(24));
    assertThat(p.clockFor(null, null).orElseThrow().target()).isEqualTo(Duration.ofHours(24));
    assertThat(p.byCategory().get(0).name().orElseThrow().in("zh")).isEqualTo("新域名开通");
    assertThat(
            problems(
                """
                id: mail-2026
                provider: {id: example-telecom}
                valid: {from: 2026-01-01}
                zone: Asia/Shanghai
                commitments:
                  - id: provisioning
                    kind: provisioning
                    target: 24h
                    category_targets:
                      new-domain: {targt: 48h}
                      New_Domain: 48h
                      migration: 0m
                """))
        .containsExactly(
            "commitments[0].category_targets.new-domain.targt: unknown key 'targt'; did you mean"
                + " 'target'? Valid keys: target, name (line 10, column 20)",
            "commitments[0].category_targets.new-domain.target: 'target' is required: the"
                + " category's target, e.g. 48h (line 10, column 19)",
            "commitments[0].category_targets.New_Domain: category 'New_Domain' is given twice;"
                + " categories compare without case, '-' or '_' (line 11, column 7)",
            "commitments[0].category_targets.migration: a duration of 0 s is not allowed: it must"
                + " be more than zero (line 12, column 18)");
  }

  @Test
  void refusesUnknownAndZeroWorkingDayTargetsWithTheFormsAccepted() {
    List<String> problems =
        problems(
            """
            id: it-2026
            provider: {id: example-it}
            valid: {from: 2026-01-01}
            zone: Asia/Shanghai
            commitments:
              - id: reply
                kind: complaint_reply
                target: 2 workdays
              - id: repair
                kind: resolve
                target: 0 working days
            """);
    assertThat(problems)
        .containsExactly(
            "commitments[0].target: '2 workdays' is not a duration such as 5m, 2h or 1h30m, or"
                + " whole working days such as 1 working day or 15 working days (days of counted"
                + " time are ambiguous: write hours such as 48h, or working days as '2 working"
                + " days') (line 8, column 13)",
            "commitments[1].target: a target of 0 working days is not allowed: give from 1 to"
                + " 2500 working days (line 11, column 13)");
  }

  @Test
  void reportsEveryProblemAtOnceWithLines() {
    List<String> problems =
        problems(
            """
            id: net-2026
            provider: {id: example-telecom}
            valid: {from: 2026-01-01}
            zone: Asia/Shanghai
            severities: {sev1: System down}
            commitmnets: []
            commitments:
              - id: restore
                kind: restore
                targets: {p1: 2h, sev1: 0m}
              - id: restore
                kind: availabilty
              - id: uptime
                kind: availability
                min_percent: 99.9
                remedies:
                  - credit: [{below: 99.9, percent: 10}]
            """);
    assertThat(problems)
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains("unknown key 'commitmnets'; did you mean 'commitments'?")
                    .contains("line 6"))
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains("severity 'p1' is not defined in this guarantee")
                    .contains("Defined: sev1")
                    .contains("line 10"))
        .anySatisfy(p -> assertThat(p).contains("a duration of 0 s is not allowed"))
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains("kind 'availabilty' is not known; did you mean 'availability'?")
                    .contains("line 12"))
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains("a credit is a share of the fee: give the guarantee a 'fee'"));
  }

  @Test
  void aVersionTakesEffectOnTheFirstDayOfAReportingPeriod() {
    Guarantee always = parse(MINIMAL);
    assertThat(always.effectiveFrom()).isEmpty();
    assertThat(always.isInEffectOn(LocalDate.of(1970, 1, 1))).isTrue();

    Guarantee g = parse(MINIMAL.replace("zone:", "effective_from: 2027-01-01\nzone:"));
    assertThat(g.effectiveFrom()).hasValue(LocalDate.of(2027, 1, 1));
    assertThat(g.isInEffectOn(LocalDate.of(2026, 12, 31))).isFalse();
    assertThat(g.isInEffectOn(LocalDate.of(2027, 1, 1))).isTrue();
    // A period ending on the date is an earlier version's; one ending after it is this one's.
    assertThat(g.isInEffectDuring(ReportingPeriod.parse("2026-12", g.zone()))).isFalse();
    assertThat(g.isInEffectDuring(ReportingPeriod.parse("2027-01", g.zone()))).isTrue();
    assertThat(g.isInEffectDuring(ReportingPeriod.parse("2026", g.zone()))).isFalse();
  }

  @Test
  void aPeriodWhollyOutsideTheValidityIsRefusedAndOneOverlappingItPartlyIsNot() {
    Guarantee g =
        parse(MINIMAL.replace("{from: 2026-01-01}", "{from: 2026-03-15, to: 2026-10-10}"));
    for (String outside :
        new String[] {"2026-02", "2025-Q4", "2025", "2026-11", "2027-Q1", "9999"}) {
      assertThatThrownBy(() -> g.checkValidDuring(ReportingPeriod.parse(outside, g.zone())))
          .as(outside)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "period "
                  + outside
                  + " is outside the guarantee's validity, 2026-03-15 to 2026-10-10;"
                  + " nothing was promised then");
    }
    // Partly inside, on either edge: the whole period is evaluated.
    for (String partly : new String[] {"2026-03", "2026-10", "2026-Q1", "2026-Q4", "2026"}) {
      g.checkValidDuring(ReportingPeriod.parse(partly, g.zone()));
    }
    // Both dates are inclusive.
    Guarantee oneDay =
        parse(MINIMAL.replace("{from: 2026-01-01}", "{from: 2026-01-31, to: 2026-03-01}"));
    oneDay.checkValidDuring(ReportingPeriod.parse("2026-01", g.zone()));
    oneDay.checkValidDuring(ReportingPeriod.parse("2026-03", g.zone()));
    // Without an end, every period from the start on.
    Guarantee open = parse(MINIMAL);
    open.checkValidDuring(ReportingPeriod.parse("9999", g.zone()));
    assertThatThrownBy(() -> open.checkValidDuring(ReportingPeriod.parse("2025-12", g.zone())))
        .hasMessageContaining("outside the guarantee's validity, from 2026-01-01;");
  }

  @Test
  void refusesAnEffectiveDateInsideAReportingPeriodNamingTheStartsAround() {
    assertThat(problems(MINIMAL.replace("zone:", "effective_from: 2027-01-15\nzone:")))
        .containsExactly(
            "effective_from: effective_from 2027-01-15 is not the start of a monthly reporting"
                + " period; use 2027-01-01 or 2027-02-01 (line 4, column 17)");
    String quarterly =
        MINIMAL.replace("zone:", "effective_from: 2027-02-01\nzone:")
            + """
              - id: uptime
                kind: availability
                window: quarter
                min_percent: 99.9
            """;
    assertThat(problems(quarterly))
        .singleElement()
        .asString()
        .contains("effective_from 2027-02-01 is not the start of a quarterly reporting period")
        .contains("commitment 'uptime' is measured per quarter")
        .contains("use 2027-01-01 or 2027-04-01")
        .contains("line 4");
    assertThat(parse(quarterly.replace("2027-02-01", "2027-04-01")).effectiveFrom())
        .hasValue(LocalDate.of(2027, 4, 1));
    assertThat(problems(MINIMAL.replace("zone:", "effective_from: next year\nzone:")))
        .singleElement()
        .asString()
        .startsWith("effective_from: 'next year' is not a date like 2026-01-01");
  }

  @Test
  void rejectsACreditScheduleWithAGap() {
    assertThat(
            problems(
                """
                id: net
                provider: {id: p}
                valid: {from: 2026-01-01}
                zone: UTC
                fee: 100.00 USD
                commitments:
                  - id: uptime
                    kind: availability
                    min_percent: 99.9
                    remedies:
                      - credit:
                          - {from: 99.0, below: 99.9, percent: 10}
                          - {below: 98.0, percent: 50}
                """))
        .anySatisfy(p -> assertThat(p).contains("gap [98.0, 99.0)").contains("line 12"));
  }

  @Test
  void rejectsDuplicateIdsUnknownCalendarAndMissingTarget() {
    List<String> problems =
        problems(
            """
            id: net
            provider: {id: p}
            valid: {from: 2026-01-01, to: 2025-12-31}
            zone: UTC
            calendars: {office: {week: {weekdays: [09:00-17:00]}}}
            commitments:
              - {id: a, kind: response, calendar: ofice, target: 1h}
              - {id: a, kind: resolve, calendar: office}
            """);
    assertThat(problems)
        .anySatisfy(p -> assertThat(p).contains("'to' 2025-12-31 is before 'from' 2026-01-01"))
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains(
                        "calendar 'ofice' is not defined in this guarantee; did you mean 'office'?"))
        .anySatisfy(p -> assertThat(p).contains("give either 'target: 2h'"));
  }

  @Test
  void customerGuaranteeExtendsATierTemplate() throws IOException {
    Files.writeString(
        dir.resolve("standard.yaml"),
        """
        template: true
        provider: {id: example-it, name: Example IT Services}
        zone: Asia/Shanghai
        calendars: {office: {week: {weekdays: [09:00-17:00]}}}
        default_calendar: office
        severities: {p1: Critical, p2: Normal}
        commitments:
          - {id: response, kind: response, target: 2h}
          - {id: resolve, kind: resolve, target: 4h}
        """);
    Files.writeString(
        dir.resolve("acme.yaml"),
        """
        extends: standard.yaml
        id: acme-advanced
        customer: {id: acme}
        valid: {from: 2026-01-01}
        commitments:
          - {id: response, target: 1h}
        """);
    Guarantee g = GuaranteeFile.read(dir.resolve("acme.yaml"));
    assertThat(g.provider().id()).isEqualTo("example-it");
    Commitment.TicketClock response =
        (Commitment.TicketClock) g.commitment("response").orElseThrow();
    assertThat(response.clockFor("p1").orElseThrow().target()).isEqualTo(Duration.ofHours(1));
    Commitment.TicketClock resolve = (Commitment.TicketClock) g.commitment("resolve").orElseThrow();
    assertThat(resolve.clockFor("p2").orElseThrow().target()).isEqualTo(Duration.ofHours(4));
  }

  @Test
  void templatesAndHolidaySchedulesMayComeFromStoredTexts() {
    Sources stored =
        Sources.of(
            Map.of(
                "standard",
                """
                template: true
                provider: {id: example-it}
                zone: Asia/Shanghai
                calendars:
                  office: {week: {weekdays: [09:00-17:00]}, holiday_schedules: [founders.csv]}
                default_calendar: office
                commitments:
                  - {id: response, kind: response, target: 2h}
                """,
                "founders.csv",
                "date,kind,name\n2026-10-09,holiday,Founders' day\n"),
            "the stored templates");
    Guarantee g =
        GuaranteeFile.parse(
            "extends: standard\nid: acme\nvalid: {from: 2026-01-01}\n", "acme.yaml", stored);

    BusinessCalendar office = g.calendars().get("office").calendar();
    // Friday 9 October 2026 is a working weekday made a holiday by the stored schedule.
    assertThat(office.isOpen(Instant.parse("2026-10-09T02:00:00Z"))).isFalse();
    assertThat(office.isOpen(Instant.parse("2026-10-08T02:00:00Z"))).isTrue();
    assertThat(g.commitment("response")).isPresent();
    assertThatThrownBy(
            () ->
                GuaranteeFile.parse(
                    "extends: premium\nid: acme\nvalid: {from: 2026-01-01}\n", "acme.yaml", stored))
        .hasMessageContaining("template 'premium' not found (looked among the stored templates)");
  }

  @Test
  void unreadableDefaultCalendarIsAProblemNotACrash() {
    assertThat(
            problems(
                """
                id: x
                provider: {id: p}
                valid: {from: 2026-01-01}
                zone: UTC
                calendars: {office: no-such-file.yaml}
                default_calendar: office
                commitments:
                  - {id: response, kind: response, target: 2h}
                """))
        .anySatisfy(p -> assertThat(p).contains("calendar 'office' is neither 24x7"))
        .noneSatisfy(p -> assertThat(p).contains("commitments"));
  }

  @Test
  void problemsInATemplateNameTheTemplate() throws IOException {
    Files.writeString(
        dir.resolve("base.yaml"),
        "provider: {id: p}\nzone: UTC\ncommitments:\n  - {id: response, kind: response, target: 2x}\n");
    Files.writeString(
        dir.resolve("child.yaml"), "extends: base.yaml\nid: c\nvalid: {from: 2026-01-01}\n");
    assertThatThrownBy(() -> GuaranteeFile.read(dir.resolve("child.yaml")))
        .hasMessageContaining("'2x' is not a duration")
        .hasMessageContaining("base.yaml line 4");
  }

  @Test
  void readsObligations() {
    Guarantee g = GuaranteeFile.read(Path.of("..", "examples", "guarantees", "mail.yaml"));
    Commitment.Obligation backup =
        (Commitment.Obligation) g.commitment("incremental-backup").orElseThrow();
    assertThat(backup.terms().id()).isEqualTo("incremental-backup");
    assertThat(
            problems(
                """
                id: x
                provider: {id: p}
                valid: {from: 2026-01-01}
                zone: UTC
                commitments:
                  - {id: report, kind: obligation, recurrence: fortnightly, due: {day_of_nxt_month: 5}}
                """))
        .anySatisfy(p -> assertThat(p).contains("'fortnightly' is not daily, weekly, monthly"))
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains("unknown key 'day_of_nxt_month'; did you mean 'day_of_next_month'?"));
  }
}

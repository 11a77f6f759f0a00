package dev.pledge.cli;

import static dev.pledge.cli.CalendarCommandTests.pledge;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Each example guarantee evaluated on its October 2026 of events, against the report worked out by
 * hand in docs/examples.md.
 */
class ExampleMonthsTests {

  private static String evaluate(String guarantee, String... events) {
    return run(guarantee, "--format=text", events);
  }

  private static String explain(String guarantee, String id, String... events) {
    return run(guarantee, "--explain=" + id, events);
  }

  private static String run(String guarantee, String option, String... events) {
    String[] args = new String[6 + events.length];
    args[0] = "evaluate";
    args[1] = "../examples/guarantees/" + guarantee;
    args[2] = "--period";
    args[3] = "2026-10";
    args[4] = "--events";
    for (int i = 0; i < events.length; i++) {
      args[5 + i] = "../examples/months/" + events[i];
    }
    args[args.length - 1] = option;
    CalendarCommandTests.Run r = pledge(args);
    assertThat(r.exitCode()).as(r.err()).isZero();
    return r.out();
  }

  @Test
  void dataCentreNetwork() {
    String report = evaluate("datacenter-network.yaml", "idc-network-2026-10.jsonl");
    assertThat(report)
        // 50 counted minutes of 44 640: A from its report (30), D reported exactly at 120 h (20);
        // B force majeure and C reported after 144 h are dropped.
        .contains("availability ≥ 99.9 %: 99.8880 % — breached")
        .contains("downtime ≤ 44 min: 50 min — breached")
        .contains("the period's fee 8000.00 CNY is waived")
        // NW-101 7 min and NW-102 10 min met, NW-103 20 min breached; NW-100 is September's,
        // NW-104 is force majeure.
        .contains("on time ≥ 100 %: 66.6667 % (2 of 3) — breached")
        .contains("tickets: 2 met, 1 breached, 0 in progress, 1 excluded");
  }

  @Test
  void enterpriseMail() {
    String report =
        evaluate(
            "mail.yaml",
            "mail-2026-10.jsonl",
            "mail-2026-10-delays.csv",
            "mail-2026-10-backups.csv");
    assertThat(report)
        // One outage: detected 02:00, reported 02:10, restored 02:40.
        .contains("connectivity — Connectivity: met")
        .contains("availability ≥ 99.9 %: 99.9328 % — met")
        .contains("availability ≥ 99.99 %: 99.9104 % — breached")
        .contains("service time extended by 2 × counted downtime 40 min = 1 h 20 min")
        .contains("downtime ≤ 1 h 40 min: 40 min — met")
        .contains("maintenance ≤ 1 h 40 min: 1 h — met")
        // 238 samples of 20 s and two of 3 700 s: 12 160 / 240.
        .contains("average ≤ 60 s: 50.6667 s — met")
        .contains("values over 3600 s ≤ 2: 2 — met")
        .contains("billing ≤ 0.00003: 0.00002500 — met")
        // REQ-1 in 23 h (met), REQ-2 in 26 h (breached), REQ-3 a new domain in 46 h of its 48 h
        // (met).
        .contains("provisioning — Provisioning: breached")
        .contains("on time ≥ 100 %: 66.6667 % (2 of 3) — breached")
        // SPAM-1: Friday 17:00-18:00, Monday 09:00-12:00 and 13:30-15:00 = 5 h 30 min; within 1
        // working day, Friday not counted, is by Monday's close.
        .contains("anti-spam — Anti-spam response: met")
        // No backup was taken in the night to 15 October.
        .contains("occurrences on time = 31 of 31: 30 of 31 (1 missed) — breached")
        .contains("occurrences on time = 10 of 10: 10 of 10 — met");
  }

  @Test
  void itOperationsOnTheAdvancedTier() {
    String report = evaluate("it-operations.yaml", "it-operations-2026-10.jsonl");
    assertThat(report)
        // IT-4's response took 1 h 30 min of a 1 h target.
        .contains("response — Response: breached")
        .contains("on time ≥ 100 %: 75.0000 % (3 of 4) — breached")
        // IT-2: 30 min on Friday and 6 h on the worked Saturday, 10 October.
        .contains("IT-2  resolve  p1  breached  6 h 30 min of 4 h, due 2026-10-10T12:30+08:00")
        .contains("dispatch — Dispatch: met")
        .contains("escalation — Escalation: met")
        .contains("third-party-repair — Third-party repair: met")
        // Ratings 5, 4, 3, 5: three of four satisfied.
        .contains("satisfaction ≥ 95 %: 75.0000 % — breached")
        // September's summary, due by 5 October, came on 9 October.
        .contains("occurrences on time = 1 of 1: 0 of 1 (1 late) — breached");
  }

  @Test
  void workingDayTargetsAreExplainedInWorkingDays() {
    String spam =
        explain(
            "mail.yaml",
            "SPAM-1",
            "mail-2026-10.jsonl",
            "mail-2026-10-delays.csv",
            "mail-2026-10-backups.csv");
    // Reported Friday 16 October 17:00; Friday is not counted, so the working day is Monday 19th,
    // closing at 18:00: Friday 17:00-18:00 and Monday's 7 h 30 min = 8 h 30 min.
    assertThat(spam)
        .contains(
            "elapsed 5 h 30 min of 1 working day (8 h 30 min of counted time from the start)"
                + " (64.71 %), due 2026-10-19T18:00+08:00, breach after 2026-10-20T09:00+08:00");
    String repair = explain("it-operations.yaml", "IT-2", "it-operations-2026-10.jsonl");
    // Escalated Friday 9 October 16:45; the 15 working days are Saturday 10th (worked), 12-16,
    // 19-23 and 26-29 October: due Thursday 29th 17:00; 15 min + 15 × 8 h of counted time.
    assertThat(repair)
        .contains(
            "elapsed 6 h 15 min of 15 working days (120 h 15 min of counted time from the start)"
                + " (5.20 %), due 2026-10-29T17:00+08:00, breach after 2026-10-30T09:00+08:00");
  }

  @Test
  void theJsonReportGivesTheWorkingDaysAndTheCountedTimeTheyCameTo() {
    String json = run("it-operations.yaml", "--format=json", "it-operations-2026-10.jsonl");
    assertThat(json)
        .contains(
            "{\"ticket\":\"IT-2\",\"commitment\":\"third-party-repair\",\"severity\":\"p1\","
                + "\"verdict\":\"met\",\"state\":\"STOPPED\",\"cycles\":1,"
                + "\"started\":\"2026-10-09T16:45+08:00\",\"stopped\":\"2026-10-10T15:00+08:00\","
                + "\"target\":\"PT120H15M\",\"working_days\":15,\"elapsed\":\"PT6H15M\",");
  }

  @Test
  void afterSalesSupport() {
    String report = evaluate("after-sales.yaml", "after-sales-2026-10.jsonl");
    assertThat(report)
        .contains("AS-2  on-site  sev1  breached  1 h 20 min of 1 h")
        .contains("AS-2  restore  sev1  breached  3 h 30 min of 2 h")
        .contains("tickets: 2 met, 1 breached, 0 in progress, 1 excluded")
        .contains("solution — Solution: met")
        .contains("complaint-closure — Complaint closure: met")
        // Ratings 5, 4, 5, 4: exactly 4.5 is met.
        .contains("average rating ≥ 4.5 of 5: 4.5000 — met");
  }
}

package dev.pledge.cli;

import static dev.pledge.cli.CalendarCommandTests.pledge;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pledge check} lists every commitment by the kind its file names, and the effective date.
 */
class CheckCommandTests {

  private static final String NETWORK = "../examples/guarantees/datacenter-network.yaml";

  @Test
  void listsEachCommitmentWithItsOwnKind() {
    CalendarCommandTests.Run r = pledge("check", "../examples/guarantees/mail.yaml");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("mail-2026 v1 — Enterprise Mail Service Guarantee: OK")
        .contains("11 commitments:")
        .contains("    connectivity  availability  Connectivity\n")
        .contains("    failure-budget  downtime_budget  Failure minutes\n")
        .contains("    maintenance-budget  maintenance_budget  Maintenance minutes\n")
        .contains("    trouble-free-days  trouble_free_days  Trouble-free days\n")
        .contains("    delivery-delay  latency  Mail delivery delay\n")
        .contains("    billing-errors  ratio  Billing error rate\n")
        .contains("    provisioning  provisioning  Provisioning\n")
        .contains("    anti-spam  response  Anti-spam response\n")
        .contains("    incremental-backup  obligation  Daily incremental backup\n");
  }

  @Test
  void printsTheDateAVersionTakesEffectWhenItHasOne(@TempDir Path dir) throws IOException {
    CalendarCommandTests.Run always = pledge("check", NETWORK);
    assertThat(always.out()).doesNotContain("effective from");
    CalendarCommandTests.Run r =
        pledge("check", EvaluateCommandTests.effectiveFrom(dir, "2026-11-01"));
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains(
            "  zone Asia/Shanghai, valid 2026-01-01 to 2026-12-31\n  effective from 2026-11-01\n");
  }

  @Test
  void refusesAnEffectiveDateInsideAMonthSayingWhichDatesToUse(@TempDir Path dir)
      throws IOException {
    CalendarCommandTests.Run r =
        pledge("check", EvaluateCommandTests.effectiveFrom(dir, "2026-11-15"));
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err())
        .contains(
            "effective_from 2026-11-15 is not the start of a monthly reporting period; use 2026-11-01 or 2026-12-01")
        .contains("line ");
  }

  @Test
  void aTierTemplatesCommitmentsKeepTheirKindsThroughExtends() {
    CalendarCommandTests.Run r = pledge("check", "../examples/guarantees/it-operations.yaml");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("    third-party-repair  ticket_clock  Third-party repair\n")
        .contains("    satisfaction  rating  Customer satisfaction\n")
        .contains("    monthly-summary  obligation  Monthly service summary\n");
  }
}

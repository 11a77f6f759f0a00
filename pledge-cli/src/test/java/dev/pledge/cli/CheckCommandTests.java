package dev.pledge.cli;

import static dev.pledge.cli.CalendarCommandTests.pledge;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code pledge check} lists every commitment by the kind its file names. */
class CheckCommandTests {

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
  void aTierTemplatesCommitmentsKeepTheirKindsThroughExtends() {
    CalendarCommandTests.Run r = pledge("check", "../examples/guarantees/it-operations.yaml");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("    third-party-repair  ticket_clock  Third-party repair\n")
        .contains("    satisfaction  rating  Customer satisfaction\n")
        .contains("    monthly-summary  obligation  Monthly service summary\n");
  }
}

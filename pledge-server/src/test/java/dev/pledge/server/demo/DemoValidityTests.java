package dev.pledge.server.demo;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pledge.guarantee.Guarantee;
import dev.pledge.guarantee.GuaranteeFile;
import dev.pledge.period.ReportingPeriod;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The demo's guarantees are valid over its history, whatever year the server starts in. */
class DemoValidityTests {

  @Test
  void aDemoStartedInFebruary2027HasItsReportsForTheMonthsBefore() throws IOException {
    String example = bundled("datacenter-network.yaml");
    Guarantee asWritten = parse(example);
    Guarantee demo = parse(DemoData.validFrom(example, YearMonth.of(2026, 11)));

    for (YearMonth month : new YearMonth[] {YearMonth.of(2026, 12), YearMonth.of(2027, 1)}) {
      ReportingPeriod period = ReportingPeriod.ofMonth(month, demo.zone());
      assertThatCode(() -> demo.checkValidDuring(period)).doesNotThrowAnyException();
    }
    // The example as written is valid for 2026 alone: its January 2027 would be refused.
    assertThatThrownBy(
            () ->
                asWritten.checkValidDuring(
                    ReportingPeriod.ofMonth(YearMonth.of(2027, 1), asWritten.zone())))
        .hasMessageContaining("nothing was promised then");
  }

  private static Guarantee parse(String yaml) {
    return GuaranteeFile.parse(yaml, "datacenter-network.yaml", Path.of("none"));
  }

  private static String bundled(String file) throws IOException {
    try (InputStream in =
        DemoValidityTests.class.getClassLoader().getResourceAsStream("demo/guarantees/" + file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}

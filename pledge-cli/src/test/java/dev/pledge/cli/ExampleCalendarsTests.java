package dev.pledge.cli;

import static dev.pledge.cli.CalendarCommandTests.pledge;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The calendars shipped in examples/ load and answer as their comments say. */
class ExampleCalendarsTests {

  private static final Path EXAMPLES = Path.of("..", "examples", "calendars");

  @Test
  void everyExampleCalendarLoads() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(EXAMPLES)) {
      files = s.filter(p -> p.toString().endsWith(".yaml")).toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(3);
    for (Path f : files) {
      CalendarCommandTests.Run r = pledge("calendar", "windows", f.toString(), "2026-11-23");
      assertThat(r.exitCode()).as(f + ": " + r.err()).isZero();
    }
  }

  @Test
  void shanghaiOfficeSkipsNationalDayWithTheBundledSchedule() {
    CalendarCommandTests.Run r =
        pledge(
            "calendar",
            "due",
            EXAMPLES.resolve("shanghai-office.yaml").toString(),
            "2026-09-30T16:00",
            "4h",
            "--json");
    assertThat(r.out()).contains("\"due\" : \"2026-10-08T11:00:00+08:00\"");
  }
}

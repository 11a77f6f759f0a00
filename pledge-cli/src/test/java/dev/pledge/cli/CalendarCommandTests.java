package dev.pledge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code pledge calendar} from the outside: exit code and text. */
class CalendarCommandTests {

  @TempDir Path dir;

  record Run(int exitCode, String out, String err) {}

  static Run pledge(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = PledgeCommand.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private Path calendar(String yaml) throws IOException {
    Path p = dir.resolve("calendar.yaml");
    Files.writeString(p, yaml);
    return p;
  }

  private Path office() throws IOException {
    return calendar(
        """
        name: office
        zone: Asia/Shanghai
        week: {weekdays: [09:00-12:00, 13:30-18:00]}
        holidays: [{from: 2026-10-01, to: 2026-10-07, name: National Day}]
        """);
  }

  @Test
  void dueAcrossTheWeekendInText() throws IOException {
    Run r = pledge("calendar", "due", office().toString(), "2026-11-20T17:30+08:00", "2h");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains("due             2026-11-23T10:30:00+08:00  Mon")
        .contains("breach_after    2026-11-23T10:30:00+08:00  Mon");
  }

  @Test
  void dueOnAClosingTimeInJson() throws IOException {
    Run r = pledge("calendar", "due", office().toString(), "2026-11-20T16:00", "2h", "--json");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains("\"start\" : \"2026-11-20T16:00:00+08:00\"")
        .contains("\"target_seconds\" : 7200")
        .contains("\"due\" : \"2026-11-20T18:00:00+08:00\"")
        .contains("\"breach_after\" : \"2026-11-23T09:00:00+08:00\"");
  }

  @Test
  void dueSkipsAHolidayWeek() throws IOException {
    Run r =
        pledge("calendar", "due", office().toString(), "2026-09-30T16:00+08:00", "4h", "--json");
    assertThat(r.out()).contains("\"due\" : \"2026-10-08T11:00:00+08:00\"");
  }

  @Test
  void betweenInJsonAndText() throws IOException {
    Run json =
        pledge(
            "calendar",
            "between",
            office().toString(),
            "2026-11-20T10:00+08:00",
            "2026-11-23T10:00+08:00",
            "--json");
    assertThat(json.exitCode()).isZero();
    assertThat(json.out())
        .contains("\"business_time\" : \"PT7H30M\"")
        .contains("\"business_seconds\" : 27000");
    Run text =
        pledge("calendar", "between", office().toString(), "2026-11-20T10:00", "2026-11-23T10:00");
    assertThat(text.out()).contains("business_time     7 h 30 min");
  }

  @Test
  void windowsShowTheShortSpringForwardNight() throws IOException {
    Path nights = calendar("zone: Europe/Berlin\nweek: {every_day: [22:00-06:00]}\n");
    Run r = pledge("calendar", "windows", nights.toString(), "2026-03-28");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains("2026-03-28  2026-03-28T22:00:00+01:00 .. 2026-03-29T06:00:00+02:00  7 h");
  }

  @Test
  void malformedCalendarFileIsBadInputWithLineAndColumn() throws IOException {
    Path bad = calendar("zone: Asia/Shanghai\nweek:\n  weekdays: [09:00-18:60]\n");
    Run r = pledge("calendar", "due", bad.toString(), "2026-11-20T10:00", "2h");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err())
        .contains("calendar.yaml: 1 problem")
        .contains("week.weekdays[0]: '09:00-18:60' is not working hours")
        .contains("line 3, column 14");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void badArgumentsAreBadInputNamingTheArgument() throws IOException {
    String cal = office().toString();
    assertThat(pledge("calendar", "due", cal, "tomorrow", "2h").err())
        .contains("START 'tomorrow' is not a date-time");
    assertThat(pledge("calendar", "due", cal, "2026-11-20T10:00", "2d").err())
        .contains("TARGET '2d' is not a duration");
    assertThat(pledge("calendar", "due", cal, "2026-11-20T10:00", "2d").exitCode()).isEqualTo(2);
    Run reversed = pledge("calendar", "between", cal, "2026-11-21T10:00", "2026-11-20T10:00");
    assertThat(reversed.exitCode()).isEqualTo(2);
    assertThat(reversed.err()).contains("TO 2026-11-20T10:00 is before FROM 2026-11-21T10:00");
    Run missing =
        pledge("calendar", "due", dir.resolve("none.yaml").toString(), "2026-11-20T10:00", "2h");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("does not exist");
    assertThat(pledge("calendar", "due", cal).exitCode()).isEqualTo(2);
  }

  @Test
  void calendarWithoutWorkingTimeFails() throws IOException {
    Path never = calendar("zone: UTC\nweek: {}\n");
    Run r = pledge("calendar", "due", never.toString(), "2026-11-20T10:00Z", "1h");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("no working time");
  }
}

package dev.pledge.calendar.holiday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pledge.calendar.Holiday;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ICalendarHolidaysTests {

  @Test
  void importsGermanPublicHolidaysFor2026() throws Exception {
    HolidaySchedule s = ICalendarHolidays.read(resource("german-holidays.ics"), 2026, 2026);
    assertThat(s.name()).isEqualTo("german-holidays");
    assertThat(s.holidays())
        .containsExactly(
            holiday("2026-01-01", "Neujahr"), //  RRULE:FREQ=YEARLY from 2020
            holiday("2026-04-03", "Karfreitag"), // one-off, Easter is 5 April 2026
            holiday("2026-04-06", "Ostermontag"),
            holiday("2026-05-01", "Tag der Arbeit"), // yearly from 2020
            holiday("2026-05-14", "Christi Himmelfahrt"), // Easter + 39
            holiday("2026-05-25", "Pfingstmontag"), // Easter + 50
            holiday("2026-10-03", "Tag der Deutschen Einheit"), // yearly, BYMONTH/BYMONTHDAY repeat
            holiday("2026-12-25", "Weihnachten"), // 25 to 27 December, DTEND exclusive
            holiday("2026-12-26", "Weihnachten"));
    assertThat(s.workdays()).isEmpty();
  }

  @Test
  void repeatsYearlyEventsOnlyWithinTheYearsAskedFor() throws Exception {
    HolidaySchedule s = ICalendarHolidays.read(resource("german-holidays.ics"), 2027, 2028);
    assertThat(dates(s))
        .containsExactly(
            "2027-01-01",
            "2027-05-01",
            "2027-10-03",
            "2027-12-25",
            "2027-12-26", // no Easter:
            "2028-01-01",
            "2028-05-01",
            "2028-10-03",
            "2028-12-25",
            "2028-12-26"); // 2026 only
  }

  // docs/holidays.md, "Importing iCalendar files"
  @Test
  void importsACompanyShutdownAcrossTheYearEnd() throws Exception {
    HolidaySchedule s = ICalendarHolidays.read(resource("company-shutdown.ics"), 2026, 2027);
    assertThat(s.holidays())
        .containsExactly(
            holiday("2026-07-31", "Inventur"), //  Friday 08:00 to Saturday 12:00: two dates;
            holiday("2026-08-01", "Inventur"), //  the VALARM's own SUMMARY is ignored
            holiday("2026-09-18", "Betriebsausflug"), // 07:00Z-15:00Z, the date written
            // the cancelled Brückentag (15 May) and the VTODO (1 June) are not holidays;
            // Gründungstag recurs yearly, but EXDATE drops 2026
            holiday("2026-12-24", "Betriebsruhe"), // DTSTART 20261224, DTEND 20270102
            holiday("2026-12-25", "Betriebsruhe"),
            holiday("2026-12-26", "Betriebsruhe"),
            holiday("2026-12-27", "Betriebsruhe"),
            holiday("2026-12-28", "Betriebsruhe"),
            holiday("2026-12-29", "Betriebsruhe"),
            holiday("2026-12-30", "Betriebsruhe"),
            holiday("2026-12-31", "Betriebsruhe"),
            holiday("2027-01-01", "Betriebsruhe"), // the last date before DTEND
            holiday("2027-06-12", "Gründungstag"));
  }

  @Test
  void unfoldsLinesAndUndoesEscapes() throws Exception {
    HolidaySchedule s = ICalendarHolidays.read(resource("folded-and-escaped.ics"), 2026, 2026);
    assertThat(s.holidays())
        .containsExactly(
            holiday(
                "2026-01-05",
                "Quarterly review, planning; and a long name that a calendar program folded onto a"
                    + " second line"),
            holiday("2026-01-06", "Back\\slash\nsecond line"),
            holiday(
                "2026-01-07", "Folded with a tab"), // folded inside DTSTART's name, and by a tab
            holiday("2026-01-08", "公司年会")); //           quoted ':' in a parameter; lower case
  }

  @Test
  void restoresACharacterFoldedInTheMiddleOfItsUtf8Bytes() {
    byte[] name = "公司".getBytes(StandardCharsets.UTF_8); // E5 85 AC E5 8F B8
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.writeBytes(ascii("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260301\r\n"));
    file.writeBytes(ascii("SUMMARY:"));
    file.writeBytes(Arrays.copyOfRange(name, 0, 2)); // split after two of 公's three bytes
    file.writeBytes(ascii("\r\n "));
    file.writeBytes(Arrays.copyOfRange(name, 2, name.length));
    file.writeBytes(ascii("\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"));
    HolidaySchedule s = ICalendarHolidays.parse("x", "x", file.toByteArray(), 2026, 2026);
    assertThat(s.holidays()).containsExactly(holiday("2026-03-01", "公司"));
  }

  @Test
  void acceptsBareLineFeedsAndJoinsTheNamesOfEventsOnTheSameDate() {
    String text =
        """
        BEGIN:VCALENDAR
        BEGIN:VEVENT
        DTSTART;VALUE=DATE:20261224
        DTEND;VALUE=DATE:20261227
        SUMMARY:Weihnachten
        END:VEVENT
        BEGIN:VEVENT
        DTSTART;VALUE=DATE:20261226
        SUMMARY:Betriebsruhe
        END:VEVENT
        END:VCALENDAR
        """;
    assertThat(ICalendarHolidays.parse("x", text, 2026, 2026).holidays())
        .containsExactly(
            holiday("2026-12-24", "Weihnachten"),
            holiday("2026-12-25", "Weihnachten"),
            holiday("2026-12-26", "Weihnachten / Betriebsruhe"));
  }

  /** One event per row (properties separated by '|'), imported for 2024-2028. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      value = {
        "no DTEND: one day#DTSTART;VALUE=DATE:20260105#2026-01-05",
        "DTEND is exclusive#DTSTART;VALUE=DATE:20260105|DTEND;VALUE=DATE:20260106#2026-01-05",
        "DTEND = DTSTART: one day#DTSTART;VALUE=DATE:20260105|DTEND;VALUE=DATE:20260105#2026-01-05",
        "three days#DTSTART;VALUE=DATE:20260105|DTEND;VALUE=DATE:20260108"
            + "#2026-01-05 2026-01-06 2026-01-07",
        "date without VALUE=DATE#DTSTART:20260105#2026-01-05",
        "office hours: one date#DTSTART:20260105T090000|DTEND:20260105T170000#2026-01-05",
        "night shift: two dates#DTSTART:20260105T220000|DTEND:20260106T060000"
            + "#2026-01-05 2026-01-06",
        "ends at midnight: one date#DTSTART:20260105T090000|DTEND:20260106T000000#2026-01-05",
        "date-time without DTEND#DTSTART;TZID=Asia/Shanghai:20260105T090000#2026-01-05",
        "UTC: the date written#DTSTART:20260105T230000Z|DTEND:20260105T235900Z#2026-01-05",
        "DURATION in days#DTSTART;VALUE=DATE:20260105|DURATION:P3D#2026-01-05 2026-01-06 2026-01-07",
        "DURATION in weeks#DTSTART;VALUE=DATE:20260105|DURATION:P1W#2026-01-05 2026-01-06"
            + " 2026-01-07 2026-01-08 2026-01-09 2026-01-10 2026-01-11",
        "DURATION in hours#DTSTART:20260105T120000|DURATION:PT36H#2026-01-05 2026-01-06",
        "yearly#DTSTART;VALUE=DATE:20250610|RRULE:FREQ=YEARLY"
            + "#2025-06-10 2026-06-10 2027-06-10 2028-06-10",
        "started before the range#DTSTART;VALUE=DATE:19991231|RRULE:FREQ=YEARLY;COUNT=26"
            + "#2024-12-31",
        "COUNT#DTSTART;VALUE=DATE:20240610|RRULE:FREQ=YEARLY;COUNT=3"
            + "#2024-06-10 2025-06-10 2026-06-10",
        "UNTIL is inclusive#DTSTART;VALUE=DATE:20240610|RRULE:FREQ=YEARLY;UNTIL=20260610"
            + "#2024-06-10 2025-06-10 2026-06-10",
        "UNTIL date-time#DTSTART:20240610T090000|RRULE:FREQ=YEARLY;UNTIL=20260610T080000Z"
            + "#2024-06-10 2025-06-10",
        "INTERVAL#DTSTART;VALUE=DATE:20240610|RRULE:FREQ=YEARLY;INTERVAL=2"
            + "#2024-06-10 2026-06-10 2028-06-10",
        "29 February: leap years only, COUNT counts them#DTSTART;VALUE=DATE:20240229"
            + "|RRULE:FREQ=YEARLY;COUNT=2#2024-02-29 2028-02-29",
        "EXDATE#DTSTART;VALUE=DATE:20240610|RRULE:FREQ=YEARLY;COUNT=3|EXDATE;VALUE=DATE:20250610"
            + "#2024-06-10 2026-06-10",
        "EXDATE list and date-time#DTSTART:20240610T090000|RRULE:FREQ=YEARLY"
            + "|EXDATE:20250610T090000,20260610T090000#2024-06-10 2027-06-10 2028-06-10",
        "EXDATE of the only date#DTSTART;VALUE=DATE:20260610|EXDATE;VALUE=DATE:20260610#",
        "RDATE adds dates#DTSTART;VALUE=DATE:20260610|RDATE;VALUE=DATE:20270704,20280101"
            + "#2026-06-10 2027-07-04 2028-01-01",
        "multi-day and yearly#DTSTART;VALUE=DATE:20261231|DTEND;VALUE=DATE:20270102"
            + "|RRULE:FREQ=YEARLY;COUNT=2#2026-12-31 2027-01-01 2027-12-31 2028-01-01",
        "cancelled#DTSTART;VALUE=DATE:20260610|STATUS:CANCELLED#",
        "outside the years#DTSTART;VALUE=DATE:20230610|DTEND;VALUE=DATE:20230612#",
      })
  void expandsEventsByTheRules(String rule, String properties, String expected) {
    HolidaySchedule s = ICalendarHolidays.parse("x", event(properties.split("\\|")), 2024, 2028);
    List<String> want = expected == null ? List.of() : List.of(expected.split(" "));
    assertThat(dates(s)).as(rule).containsExactlyElementsOf(want);
  }

  @Test
  void anOverrideReplacesOneOccurrence() {
    String text =
        calendar(
            "BEGIN:VEVENT",
            "UID:sommerfest@acme.test",
            "DTSTART;VALUE=DATE:20250620",
            "RRULE:FREQ=YEARLY",
            "SUMMARY:Sommerfest",
            "END:VEVENT",
            "BEGIN:VEVENT",
            "UID:sommerfest@acme.test",
            "RECURRENCE-ID;VALUE=DATE:20260620",
            "DTSTART;VALUE=DATE:20260619",
            "SUMMARY:Sommerfest (vorgezogen)",
            "END:VEVENT");
    assertThat(ICalendarHolidays.parse("x", text, 2025, 2027).holidays())
        .containsExactly(
            holiday("2025-06-20", "Sommerfest"),
            holiday("2026-06-19", "Sommerfest (vorgezogen)"),
            holiday("2027-06-20", "Sommerfest"));
  }

  @Test
  void aCancelledOverrideDropsOneOccurrence() {
    String text =
        calendar(
            "BEGIN:VEVENT",
            "UID:sommerfest@acme.test",
            "DTSTART;VALUE=DATE:20250620",
            "RRULE:FREQ=YEARLY;COUNT=3",
            "SUMMARY:Sommerfest",
            "END:VEVENT",
            "BEGIN:VEVENT",
            "UID:sommerfest@acme.test",
            "RECURRENCE-ID;VALUE=DATE:20260620",
            "DTSTART;VALUE=DATE:20260620",
            "STATUS:CANCELLED",
            "END:VEVENT");
    assertThat(dates(ICalendarHolidays.parse("x", text, 2025, 2028)))
        .containsExactly("2025-06-20", "2027-06-20");
  }

  // docs/holidays.md, "Errors"
  @Test
  void reportsEveryProblemWithItsLineAndProperty() {
    String text =
        calendar(
            "BEGIN:VEVENT", //                              line 2
            "DTSTART;VALUE=DATE:2026-13-01", //              line 3
            "SUMMARY:Smarch", //                             line 4
            "END:VEVENT", //                                 line 5
            "BEGIN:VEVENT", //                               line 6
            "DTSTART;VALUE=DATE:20260105", //                line 7
            "DTEND;VALUE=DATE:20260101", //                  line 8
            "RRULE:FREQ=MONTHLY;BYDAY=MO", //                line 9
            "END:VEVENT", //                                 line 10
            "BEGIN:VEVENT", //                               line 11
            "SUMMARY:No start", //                           line 12
            "END:VEVENT"); //                                line 13
    assertThatThrownBy(() -> ICalendarHolidays.parse("acme.ics", text, 2026, 2026))
        .isInstanceOf(HolidayFileException.class)
        .hasMessage(
            """
            acme.ics has 5 problems:
              line 3: DTSTART '2026-13-01' is not a date (YYYYMMDD)
              line 8: DTEND 20260101 is before DTSTART 20260105
              line 9: RRULE part BYDAY is not supported; only FREQ=YEARLY (the same date every \
            year) with COUNT, UNTIL or INTERVAL
              line 9: RRULE FREQ=MONTHLY is not supported; only FREQ=YEARLY (the same date every \
            year) with COUNT, UNTIL or INTERVAL
              line 11: the VEVENT that begins on this line has no DTSTART""");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      value = {
        "date-time#DTSTART:20260105T250000#line 3: DTSTART '20260105T250000' is not a date-time"
            + " (YYYYMMDDTHHMMSS)",
        "VALUE#DTSTART;VALUE=PERIOD:20260105/P1D#line 3: DTSTART VALUE=PERIOD is not supported;"
            + " use VALUE=DATE or VALUE=DATE-TIME",
        "two starts#DTSTART:20260105|DTSTART:20260106#line 4: a second DTSTART in the VEVENT that"
            + " begins on line 2; an event has one",
        "DTEND and DURATION#DTSTART:20260105|DTEND:20260106|DURATION:P1D#line 4: the event has"
            + " both DTEND and DURATION; keep one",
        "bad DURATION#DTSTART:20260105|DURATION:3 days#line 4: DURATION '3 days' is not a duration"
            + " such as P1D or PT8H",
        "negative DURATION#DTSTART:20260105|DURATION:-P1D#line 4: DURATION '-P1D' is negative; an"
            + " event cannot end first",
        "COUNT and UNTIL#DTSTART:20260105|RRULE:FREQ=YEARLY;COUNT=2;UNTIL=20300101#line 4: RRULE"
            + " has both COUNT and UNTIL; keep one",
        "COUNT=0#DTSTART:20260105|RRULE:FREQ=YEARLY;COUNT=0#line 4: RRULE COUNT='0' is not a whole"
            + " number from 1",
        "no FREQ#DTSTART:20260105|RRULE:COUNT=2#line 4: RRULE has no FREQ; only FREQ=YEARLY (the"
            + " same date every year) with COUNT, UNTIL or INTERVAL",
        "BYMONTH elsewhere#DTSTART:20260105|RRULE:FREQ=YEARLY;BYMONTH=3#line 4: RRULE"
            + " BYMONTH/BYMONTHDAY differ from DTSTART's date 2026-01-05; only FREQ=YEARLY (the"
            + " same date every year) with COUNT, UNTIL or INTERVAL",
        "bad UNTIL#DTSTART:20260105|RRULE:FREQ=YEARLY;UNTIL=soon#line 4: RRULE UNTIL 'soon' is not"
            + " a date (YYYYMMDD)",
        "bad EXDATE#DTSTART:20260105|EXDATE:20260105,2026-01-06#line 4: EXDATE '2026-01-06' is not"
            + " a date (YYYYMMDD)",
        "RDATE PERIOD#DTSTART:20260105|RDATE;VALUE=PERIOD:20260105T090000Z/PT1H#line 4: RDATE"
            + " VALUE=PERIOD is not supported; list dates",
        "no colon#DTSTART:20260105|SUMMARY Holiday#line 4: 'SUMMARY Holiday' is not an iCalendar"
            + " line (NAME:value)",
      })
  void explainsWhatIsWrongWithAnEvent(String problem, String properties, String message) {
    assertThatThrownBy(
            () -> ICalendarHolidays.parse("x", event(properties.split("\\|")), 2026, 2026))
        .as(problem)
        .hasMessage("x: " + message);
  }

  @Test
  void explainsBrokenStructure() {
    assertThatThrownBy(() -> ICalendarHolidays.parse("x", "BEGIN:VEVENT\nEND:VEVENT\n", 2026, 2026))
        .hasMessage(
            """
            x has 2 problems:
              line 1: the VEVENT that begins on this line has no DTSTART
              line 1: there is no BEGIN:VCALENDAR; this is not an iCalendar file""");
    assertThatThrownBy(
            () ->
                ICalendarHolidays.parse(
                    "x", "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20260101\n", 2026, 2026))
        .hasMessage(
            """
            x has 2 problems:
              line 1: BEGIN:VCALENDAR has no END:VCALENDAR
              line 2: BEGIN:VEVENT has no END:VEVENT""");
    assertThatThrownBy(
            () ->
                ICalendarHolidays.parse(
                    "x", calendar("BEGIN:VEVENT", "DTSTART:20260101", "END:VTODO"), 2026, 2026))
        .hasMessage(
            """
            x has 2 problems:
              line 4: END:VTODO has no BEGIN:VTODO before it
              line 5: END:VCALENDAR comes before END:VEVENT of the BEGIN:VEVENT on line 2""");
    assertThatThrownBy(
            () ->
                ICalendarHolidays.parse(
                    "x",
                    "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20260101\nEND:VCALENDAR\n",
                    2026,
                    2026))
        .hasMessage(
            "x: line 4: END:VCALENDAR comes before END:VEVENT of the BEGIN:VEVENT on line 2");
  }

  @Test
  void rejectsBytesThatAreNotUtf8() {
    byte[] latin1 =
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20260101\nSUMMARY:Brückentag\nEND:VEVENT\nEND:VCALENDAR\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> ICalendarHolidays.parse("x", "x", latin1, 2026, 2026))
        .hasMessage("x: line 4: the line is not valid UTF-8; save the file as UTF-8");
  }

  @Test
  void namesTheFileInErrors(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("acme.ics");
    Files.writeString(file, event("DTSTART;VALUE=DATE:20261301"));
    assertThatThrownBy(() -> ICalendarHolidays.read(file, 2026, 2026))
        .hasMessage("acme.ics: line 3: DTSTART '20261301' is not a date (YYYYMMDD)");
  }

  @Test
  void checksTheYearsAskedFor() {
    String text = event("DTSTART:20260101");
    assertThatThrownBy(() -> ICalendarHolidays.parse("x", text, 2027, 2026))
        .hasMessage("firstYear 2027 is after lastYear 2026; swap them");
    assertThatThrownBy(() -> ICalendarHolidays.parse("x", text, 0, 2026))
        .hasMessage("years 0..2026 must lie within 1..9999");
  }

  static String event(String... properties) {
    String[] lines = new String[properties.length + 2];
    lines[0] = "BEGIN:VEVENT";
    System.arraycopy(properties, 0, lines, 1, properties.length);
    lines[lines.length - 1] = "END:VEVENT";
    return calendar(lines);
  }

  static String calendar(String... lines) {
    return "BEGIN:VCALENDAR\r\n" + String.join("\r\n", lines) + "\r\nEND:VCALENDAR\r\n";
  }

  static Holiday holiday(String date, String name) {
    return new Holiday(LocalDate.parse(date), name);
  }

  private static List<String> dates(HolidaySchedule s) {
    return s.holidays().stream().map(h -> h.date().toString()).toList();
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(ICalendarHolidaysTests.class.getResource(name).toURI());
  }
}

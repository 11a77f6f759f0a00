package dev.pledge.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.pledge.clock.TimelineEventType;
import dev.pledge.period.Outage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventReaderTests {

  private static final String OUTAGE =
      "{\"kind\": \"outage\", \"id\": \"%s\", \"service\": \"mail\", \"detected_at\": \"%s\"}";

  private static String outage(String id, String detectedAt) {
    return String.format(OUTAGE, id, detectedAt);
  }

  /** The problems of a file read strictly, one string each. */
  private static List<String> problems(String name, String text) {
    EventFileException e =
        catchThrowableOfType(EventFileException.class, () -> Collected.read(name, text));
    assertThat(e).as("refused").isNotNull();
    return e.problems().stream().map(EventProblem::toString).toList();
  }

  private static Collected skipping(String name, String text, EventReadSummary[] summary) {
    Collected c = new Collected();
    summary[0] = EventReader.skippingBadLines().read(Collected.input(name, text), c);
    return c;
  }

  // ---- strict reading

  @Test
  void aFileWithOneBadLineDeliversNothing() {
    String text =
        outage("O-1", "2026-10-03T10:00Z")
            + "\n"
            + outage("O-2", "2026-10-03 10:00") // the bad line, in the middle
            + "\n"
            + outage("O-3", "2026-10-03T12:00Z")
            + "\n";
    Collected c = new Collected();
    assertThatThrownBy(() -> EventReader.strict().read(Collected.input("e.jsonl", text), c))
        .isInstanceOf(EventFileException.class)
        .hasMessageStartingWith("e.jsonl: 1 problem; nothing was read");
    assertThat(c.all).isEmpty();
  }

  @Test
  void readingFilesTogetherDeliversNothingIfAnyHasAProblem() {
    Collected c = new Collected();
    List<EventInput> inputs =
        List.of(
            Collected.input("good.jsonl", outage("O-1", "2026-10-03T10:00Z")),
            Collected.input("bad.csv", "id,service,detected_at\nO-2,mail,yesterday\n"));
    EventFileException e =
        catchThrowableOfType(
            EventFileException.class, () -> EventReader.strict().readAll(inputs, c));
    assertThat(e.problems())
        .containsExactly(
            new EventProblem(
                "bad.csv",
                2,
                "detected_at",
                "'yesterday' is not an instant with an offset, e.g. 2026-10-03T10:00+08:00"));
    assertThat(c.all).isEmpty();
  }

  @Test
  void strictInOnePassDeliversAsItReadsAndStillRefusesTheFile() {
    String text = outage("O-1", "2026-10-03T10:00Z") + "\n" + outage("O-2", "soon") + "\n";
    Collected c = new Collected();
    assertThatThrownBy(
            () -> EventReader.strictInOnePass().read(Collected.input("e.jsonl", text), c))
        .isInstanceOf(EventFileException.class);
    assertThat(c.outages).extracting(o -> o.id()).containsExactly("O-1"); // to be thrown away
  }

  @Test
  void problemsBeyondAHundredAreCounted() {
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= 250; i++) {
      text.append(outage("O-" + i, "never")).append('\n');
    }
    EventFileException e =
        catchThrowableOfType(
            EventFileException.class, () -> Collected.read("e.jsonl", text.toString()));
    assertThat(e.problems()).hasSize(100);
    assertThat(e.problems().get(99).line()).isEqualTo(100);
    assertThat(e.unlistedProblems()).isEqualTo(150);
    assertThat(e.getMessage())
        .startsWith("e.jsonl: 250 problems; nothing was read")
        .endsWith("\n  and 150 more");
  }

  // ---- JSONL

  @Test
  void blankLinesCommentsAndAByteOrderMarkAreSkipped() {
    String text =
        "\uFEFF# October\n\n   \n  # indented comment\n" + outage("O-1", "2026-10-03T10:00Z");
    assertThat(Collected.read("e.jsonl", text).outages).hasSize(1);
  }

  @Test
  void lineNumbersCountEveryPhysicalLine() {
    String text = "# one\n\n" + outage("O-1", "x") + "\r\n\r\n" + outage("O-2", "y") + "\n";
    assertThat(problems("e.jsonl", text))
        .extracting(p -> p.substring(0, p.indexOf(':')))
        .containsExactly("e.jsonl line 3", "e.jsonl line 5");
  }

  @Test
  void nullAndBlankValuesAreAbsent() {
    String text =
        "{\"kind\": \"outage\", \"id\": \"O-1\", \"service\": \"mail\","
            + " \"detected_at\": \"2026-10-03T10:00Z\", \"restored_at\": null, \"cause\": \"  \"}";
    var o = Collected.read("e.jsonl", text).outages.get(0);
    assertThat(o.isOpen()).isTrue();
    assertThat(o.cause()).isEmpty();
    assertThat(problems("e.jsonl", text.replace("\"O-1\"", "null")))
        .containsExactly("e.jsonl line 1: field 'id': is required: an outage needs id, service");
  }

  @Test
  void numbersMayBeStringsAndIdsMayBeNumbers() {
    String text =
        "{\"kind\": \"count\", \"id\": 20261031, \"at\": \"2026-10-31T23:59Z\", \"metric\": \"e\","
            + " \"count\": \"2\", \"out_of\": 120000}";
    var s = Collected.read("e.jsonl", text).counts.get(0);
    assertThat(s.id()).isEqualTo("20261031");
    assertThat(s.count()).isEqualTo(2);
    assertThat(s.outOf()).isEqualTo(120_000);
  }

  @Test
  void valuesOfTheWrongJsonTypeAreNamed() {
    String text =
        "{\"kind\": \"count\", \"id\": \"c\", \"at\": 20261031, \"metric\": [\"e\"],"
            + " \"count\": 2.5, \"out_of\": true}";
    assertThat(problems("e.jsonl", text))
        .containsExactly(
            "e.jsonl line 1: field 'at': expected an instant in quotes, e.g."
                + " \"2026-10-03T10:00+08:00\", found the number 20261031",
            "e.jsonl line 1: field 'metric': expected text, found an array",
            "e.jsonl line 1: field 'count': 2.5 is not a whole number, e.g. 120000",
            "e.jsonl line 1: field 'out_of': expected a whole number, found true");
  }

  @Test
  void aFieldGivenTwiceAndAMissingKindAreProblems() {
    assertThat(problems("e.jsonl", "{\"kind\": \"rating\", \"kind\": \"rating\"}\n{\"id\": 1}"))
        .containsExactly(
            "e.jsonl line 1: field 'kind': is given twice",
            "e.jsonl line 1: field 'id': is required: a rating needs id, at, score, scale",
            "e.jsonl line 1: field 'at': is required: a rating needs id, at, score, scale",
            "e.jsonl line 1: field 'score': is required: a rating needs id, at, score, scale",
            "e.jsonl line 1: field 'scale': is required: a rating needs id, at, score, scale",
            "e.jsonl line 2: field 'kind': is required: one of ticket, ticket_event, outage,"
                + " maintenance, measurement, rating, count, fulfilment");
  }

  @Test
  void aLineThatIsNotOneObjectIsAProblem() {
    assertThat(problems("e.jsonl", "[1, 2]\n{\"kind\": \"rating\"} {}\n{\"kind\": \"rating\",}"))
        .containsExactly(
            "e.jsonl line 1: expected a JSON object {...}; each line holds one",
            "e.jsonl line 2: the line goes on after its JSON object; put one object on each line",
            "e.jsonl line 3: not valid JSON at column 19: Unexpected character ('}' (code 125)):"
                + " was expecting double-quote to start property name");
  }

  @Test
  void timelineEntriesAreCheckedOneByOne() {
    String text =
        "{\"kind\": \"ticket\", \"id\": \"T-1\", \"service\": \"mail\", \"type\": \"incident\","
            + " \"timeline\": [{\"at\": \"2026-10-03T10:00Z\", \"event\": \"reported\"},"
            + " {\"at\": \"2026-10-03T11:00Z\", \"evnt\": \"resolved\"},"
            + " {\"event\": \"closed\"}, \"closed\","
            + " {\"at\": \"2026-10-03T12:00Z\", \"event\": \"closed\", \"at\": \"2026-10-03T12:00Z\"}]}";
    assertThat(problems("e.jsonl", text))
        .containsExactly(
            "e.jsonl line 1: field 'timeline[1].evnt': unknown field for a timeline event;"
                + " did you mean 'event'? Valid fields: at, event, reason",
            "e.jsonl line 1: field 'timeline[2].at': is required: a timeline event needs at and"
                + " event",
            "e.jsonl line 1: field 'timeline[3]': expected a timeline event {\"at\": ...,"
                + " \"event\": ...}",
            "e.jsonl line 1: field 'timeline[4].at': is given twice");
  }

  @Test
  void aWholeTicketMayHaveAnEmptyTimelineAndTypesIgnoreCase() {
    String text =
        "{\"kind\": \"ticket\", \"id\": \"T-1\", \"service\": \"mail\", \"type\": \"Complaint\"}\n"
            + "{\"kind\": \"ticket\", \"id\": \"T-2\", \"service\": \"mail\", \"type\": \"request\","
            + " \"timeline\": [{\"at\": \"2026-10-03T10:00Z\", \"event\": \"On-Site\"}]}";
    Collected c = Collected.read("e.jsonl", text);
    assertThat(c.tickets.get(0).type()).isEqualTo(TicketType.COMPLAINT);
    assertThat(c.tickets.get(0).timeline().events()).isEmpty();
    assertThat(c.tickets.get(1).timeline().events().get(0).type())
        .isEqualTo(TimelineEventType.ON_SITE);
  }

  @Test
  void aTicketsRatingNeedsAllThreeFieldsAndItsIdOnce() {
    String ticket =
        "{\"kind\": \"ticket\", \"id\": \"T-1\", \"service\": \"mail\", \"type\": \"incident\","
            + " \"rating\": 4, \"rating_scale\": 5%s}";
    assertThat(problems("e.jsonl", String.format(ticket, "")))
        .containsExactly(
            "e.jsonl line 1: field 'rated_at': is missing: a ticket's rating needs rating,"
                + " rating_scale and rated_at together");
    String rated = String.format(ticket, ", \"rated_at\": \"2026-10-04T10:00Z\"");
    String alsoALine =
        "{\"kind\": \"rating\", \"id\": \"T-1\", \"at\": \"2026-10-04T10:00Z\", \"score\": 4,"
            + " \"scale\": 5}";
    assertThat(problems("e.jsonl", rated + "\n" + alsoALine))
        .containsExactly(
            "e.jsonl line 2: field 'id': 'T-1' is already the id of a rating on line 1");
  }

  @Test
  void anOutageNeedsABeginningBeforeItsEnd() {
    String text =
        "{\"kind\": \"outage\", \"id\": \"O-1\", \"service\": \"mail\"}\n"
            + "{\"kind\": \"outage\", \"id\": \"O-2\", \"service\": \"mail\","
            + " \"reported_at\": \"2026-10-03T10:00+08:00\", \"restored_at\": \"2026-10-03T01:00Z\"}";
    assertThat(problems("e.jsonl", text))
        .containsExactly(
            "e.jsonl line 1: field 'detected_at': an outage needs detected_at or reported_at (or"
                + " both): when a monitor detected it or the customer reported it",
            "e.jsonl line 2: field 'restored_at': 2026-10-03T01:00:00Z is before the outage began"
                + " at 2026-10-03T02:00:00Z");
  }

  @Test
  void aRatingOnItsOwnStaysOnItsScale() {
    String rating =
        "{\"kind\": \"rating\", \"id\": \"%s\", \"at\": \"2026-10-04T10:00Z\", \"score\": %s,"
            + " \"scale\": %s}";
    String text =
        String.format(rating, "r-1", "-1", "5")
            + "\n"
            + String.format(rating, "r-2", "1", "0")
            + "\n"
            + String.format(rating, "r-3", "5", "5");
    assertThat(problems("e.jsonl", text))
        .containsExactly(
            "e.jsonl line 1: field 'score': -1 is below 0, the worst score",
            "e.jsonl line 2: field 'scale': 0 is not above 0: give the best score possible, e.g. 5");
  }

  @Test
  void coveringIsADateOrAPeriod() {
    String f =
        "{\"kind\": \"fulfilment\", \"id\": \"f\", \"obligation\": \"report\","
            + " \"at\": \"2026-11-03T10:00Z\", \"covering\": \"October\"}";
    assertThat(problems("e.jsonl", f))
        .containsExactly(
            "e.jsonl line 1: field 'covering': 'October' is not a date (2026-10-05), a month"
                + " (2026-10), a quarter (2026-Q4) or a year (2026)");
  }

  // ---- tickets as rows

  private static String row(String ticket, String at, String event, String more) {
    return "{\"kind\": \"ticket_event\", \"ticket\": \""
        + ticket
        + "\", \"at\": \""
        + at
        + "\", \"event\": \""
        + event
        + "\""
        + more
        + "}\n";
  }

  private static final String MAIL = ", \"service\": \"mail\", \"type\": \"incident\"";

  @Test
  void rowsGatherIntoOneTicketAcrossLinesOfOtherKinds() {
    String text =
        row("T-1", "2026-10-03T10:00Z", "reported", MAIL)
            + outage("O-1", "2026-10-03T09:58Z")
            + "\n"
            + row("T-1", "2026-10-03T10:05Z", "acknowledged", "")
            + row("T-2", "2026-10-03T11:00Z", "reported", MAIL);
    Collected c = Collected.read("e.jsonl", text);
    assertThat(c.all).extracting(EventWriter::kind).containsExactly("outage", "ticket", "ticket");
    assertThat(c.tickets.get(0).timeline().events()).hasSize(2);
  }

  @Test
  void rowsOutOfTimeOrderAreSortedAndSameInstantsKeepRowOrder() {
    String text =
        row("T-1", "2026-10-03T10:05Z", "resolved", MAIL)
            + row("T-1", "2026-10-03T10:00Z", "reported", "")
            + row("T-1", "2026-10-03T10:05Z", "closed", "");
    assertThat(Collected.read("e.jsonl", text).tickets.get(0).timeline().events())
        .extracting(e -> e.type())
        .containsExactly(
            TimelineEventType.REPORTED, TimelineEventType.RESOLVED, TimelineEventType.CLOSED);
  }

  @Test
  void aWholeTicketLineEndsTheRowsBeforeIt() {
    String whole =
        "{\"kind\": \"ticket\", \"id\": \"T-2\", \"service\": \"mail\", \"type\": \"incident\"}\n";
    String text =
        row("T-1", "2026-10-03T10:00Z", "reported", MAIL)
            + whole
            + row("T-1", "2026-10-03T10:05Z", "acknowledged", "");
    assertThat(problems("e.jsonl", text))
        .containsExactly(
            "e.jsonl line 3: field 'ticket': 'T-1' is already the id of a ticket on line 1; a"
                + " ticket is given once, and its rows must follow each other");
  }

  @Test
  void eachEventIsDeliveredWithTheLineItStartsOnATicketInRowsWithItsFirst() {
    String whole =
        "{\"kind\": \"ticket\", \"id\": \"T-2\", \"service\": \"mail\", \"type\": \"incident\"}\n";
    String text =
        "# October\n"
            + outage("O-1", "2026-10-03T09:00Z")
            + "\n\n"
            + row("T-1", "2026-10-03T10:00Z", "reported", MAIL)
            + outage("O-2", "2026-10-03T09:58Z")
            + "\n"
            + row("T-1", "2026-10-03T10:05Z", "acknowledged", "")
            + whole;
    Collected c = Collected.read("e.jsonl", text);
    // T-1 is complete, and delivered, only when T-2 ends it: after O-2, yet from line 4.
    assertThat(c.all)
        .extracting(EventWriter::kind)
        .containsExactly("outage", "outage", "ticket", "ticket");
    assertThat(c.readFrom)
        .containsExactly("e.jsonl line 2", "e.jsonl line 5", "e.jsonl line 4", "e.jsonl line 7");
  }

  // ---- CSV

  @Test
  void columnsComeInAnyOrderInAnyCaseAndCellsAreStripped() {
    String text = " Unit ,VALUE,metric,at,id\ns , 12.50 ,mail-delay,2026-10-03T10:00Z,m-1\n";
    var m = Collected.read("m.csv", text).measurements.get(0);
    assertThat(m.value()).isEqualTo(new java.math.BigDecimal("12.50"));
    assertThat(m.unit()).isEqualTo("s");
    assertThat(m.at()).isEqualTo(Instant.parse("2026-10-03T10:00:00Z"));
  }

  @Test
  void aTicketsCategoryIsReadFromLinesAndRowsAndIsEmptyWhenAbsent() {
    Collected jsonl =
        Collected.read(
            "t.jsonl",
            """
            {"kind": "ticket", "id": "REQ-1", "service": "mail", "type": "request", "category": "new-domain"}
            {"kind": "ticket", "id": "REQ-2", "service": "mail", "type": "request"}
            """);
    assertThat(jsonl.tickets).extracting(Ticket::category).containsExactly("new-domain", "");
    Collected csv =
        Collected.read(
            "t.csv",
            "ticket,at,event,service,type,category\n"
                + "REQ-3,2026-10-22T10:00+08:00,reported,mail,request,\n"
                + "REQ-3,2026-10-24T08:00+08:00,resolved,,,New-Domain\n");
    assertThat(csv.tickets).extracting(Ticket::category).containsExactly("New-Domain");
    assertThat(
            problems(
                "t.csv",
                "ticket,at,event,service,type,category\n"
                    + "REQ-4,2026-10-22T10:00+08:00,reported,mail,request,new-domain\n"
                    + "REQ-4,2026-10-24T08:00+08:00,resolved,,,renewal\n"))
        .hasSize(1)
        .first()
        .asString()
        .contains("category");
  }

  @Test
  void anEmptyFileAndAHeaderAloneHoldNoEvents() {
    assertThat(Collected.read("e.csv", "").all).isEmpty();
    assertThat(Collected.read("e.csv", "id,at,score,scale\r\n").all).isEmpty();
    assertThat(Collected.read("e.jsonl", "").all).isEmpty();
  }

  @Test
  void aHeaderMustTellItsKind() {
    assertThat(problems("e.csv", "id,at,metric\n"))
        .containsExactly(
            "e.csv line 1: the header fits measurement files and count files equally; name all"
                + " the columns of one kind: the columns of each kind are ticket: ticket, at, event,"
                + " reason, service, type, severity, customer, asset, cause, category, reported_via,"
                + " rating, rating_scale, rated_at; outage: id, service, detected_at, reported_at,"
                + " restored_at, cause; maintenance: id, start, end, approved; measurement: id,"
                + " at, metric, value, unit; rating: id, at, score, scale; count: id, at, metric,"
                + " count, out_of; fulfilment: id, obligation, at, covering, note");
    assertThat(problems("e.csv", "name,date\n"))
        .hasSize(1)
        .first()
        .asString()
        .startsWith("e.csv line 1: the first line must be a header naming the columns;");
    assertThat(problems("e.csv", "id,start,end,approved,approved,\n"))
        .containsExactly(
            "e.csv line 1: field 'approved': the column appears twice",
            "e.csv line 1: column 6 has no name");
  }

  @Test
  void aRowMustHaveAsManyFieldsAsTheHeader() {
    String text = "id,start,end,approved\nMW-1,2026-10-03T10:00Z,2026-10-03T11:00Z\n";
    assertThat(problems("e.csv", text))
        .containsExactly(
            "e.csv line 2: has 3 fields but the header has 4 columns; quote a value that holds a"
                + " comma");
  }

  @Test
  void rowsStartingAfterAQuotedLineBreakHaveTheirOwnLineNumbers() {
    String text =
        "id,obligation,at,note\n"
            + "f-1,report,2026-11-03T10:00Z,\"first line\nsecond line\"\n"
            + "f-2,report,soon,\n";
    assertThat(problems("e.csv", text))
        .containsExactly(
            "e.csv line 4: field 'at': 'soon' is not an instant with an offset, e.g."
                + " 2026-10-03T10:00+08:00");
  }

  @Test
  void aCsvRecordIsDeliveredWithThePhysicalLineItStartsOn() {
    String text =
        "id,obligation,at,note\n"
            + "f-1,report,2026-11-03T10:00Z,\"first line\nsecond line\"\n"
            + "f-2,report,2026-11-04T10:00Z,\n";
    assertThat(Collected.read("e.csv", text).readFrom)
        .containsExactly("e.csv line 2", "e.csv line 4");
  }

  @Test
  void instantsBefore1970OrAfterTheYear9999AreProblemsWithTheirLine() {
    String text =
        outage("O-1", "1970-01-01T00:00Z")
            + "\n"
            + outage("O-2", "1969-12-31T23:59:59Z")
            + "\n"
            + outage("O-3", "9999-12-31T23:59:59Z")
            + "\n"
            // Year 9999 in its own offset, but 10000-01-01T00:59Z in UTC.
            + outage("O-4", "9999-12-31T23:59-01:00")
            + "\n";
    String range = "; write one from 1970-01-01T00:00:00Z to 9999-12-31T23:59:59Z";
    assertThat(problems("e.jsonl", text))
        .containsExactly(
            "e.jsonl line 2: field 'detected_at': '1969-12-31T23:59:59Z' is outside the instants"
                + " kept"
                + range,
            "e.jsonl line 4: field 'detected_at': '9999-12-31T23:59-01:00' is outside the"
                + " instants kept"
                + range);
    assertThat(problems("e.csv", "id,service,detected_at\nO-1,mail,0001-01-01T00:00Z\n"))
        .containsExactly(
            "e.csv line 2: field 'detected_at': '0001-01-01T00:00Z' is outside the instants kept"
                + range);
  }

  @Test
  void instantsAtTheEdgesOfTheRangeAreRead() throws Exception {
    String text =
        outage("O-1", "1970-01-01T00:00Z") + "\n" + outage("O-2", "9999-12-31T23:59:59Z") + "\n";
    Collected c = Collected.read("e.jsonl", text);
    assertThat(c.outages)
        .extracting(Outage::detectedAt)
        .containsExactly(Instant.EPOCH, Instant.parse("9999-12-31T23:59:59Z"));
  }

  @Test
  void textThatIsNotUtf8IsAProblem() {
    byte[] bytes =
        "id,obligation,at\nf-1,r\u00e9port,2026-11-03T10:00Z\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    EventFileException e =
        catchThrowableOfType(
            EventFileException.class,
            () ->
                EventReader.strict()
                    .read(EventInput.of("e.csv", EventFormat.CSV, bytes), new Collected()));
    assertThat(e.problems().get(0).toString())
        .isEqualTo("e.csv line 2: field 'obligation': is not UTF-8 text; save the file as UTF-8");
  }

  // ---- skipping bad lines

  @Test
  void skippingDeliversTheGoodLinesAndListsTheBadOnes() {
    EventReadSummary[] s = new EventReadSummary[1];
    String text =
        outage("O-1", "2026-10-03T10:00Z")
            + "\n"
            + outage("O-2", "later")
            + "\n"
            + outage("O-1", "2026-10-03T11:00Z")
            + "\n";
    Collected c = skipping("e.jsonl", text, s);
    assertThat(c.outages).extracting(o -> o.id()).containsExactly("O-1");
    assertThat(s[0].delivered(EventKind.OUTAGE)).isEqualTo(1);
    assertThat(s[0].skippedLines()).isEqualTo(2);
    assertThat(s[0].warnings())
        .extracting(EventProblem::line, EventProblem::field)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2L, "detected_at"),
            org.assertj.core.groups.Tuple.tuple(3L, "id"));
  }

  @Test
  void anUnreadableLineSkipsTheTicketsOnEitherSide() {
    EventReadSummary[] s = new EventReadSummary[1];
    String text =
        row("T-1", "2026-10-03T10:00Z", "reported", MAIL)
            + "{\"kind\": \"ticket_event\", \"ticket\": \"T-?\", \"at\": \n" // broken: whose?
            + row("T-2", "2026-10-03T10:00Z", "reported", MAIL)
            + row("T-2", "2026-10-03T10:30Z", "resolved", "")
            + row("T-3", "2026-10-03T10:00Z", "reported", MAIL);
    Collected c = skipping("e.jsonl", text, s);
    assertThat(c.tickets).extracting(Ticket::id).containsExactly("T-3");
    assertThat(s[0].skippedLines()).isEqualTo(4); // the broken line and the three rows around it
    assertThat(s[0].warnings())
        .extracting(EventProblem::toString)
        .containsExactly(
            "e.jsonl line 1: field 'ticket': ticket 'T-1' (line 1) is skipped whole: a line next"
                + " to its rows could not be read and may have been one of them",
            "e.jsonl line 2: the line ends before its JSON value does; write each object whole on"
                + " one line",
            "e.jsonl line 3: field 'ticket': ticket 'T-2' (lines 3-4) is skipped whole: a line"
                + " next to its rows could not be read and may have been one of them");
  }

  @Test
  void aCsvFileWithABadHeaderIsSkippedWhole() {
    EventReadSummary[] s = new EventReadSummary[1];
    Collected c = skipping("e.csv", "identifier,when\nx,y\n\nz,w\n", s);
    assertThat(c.all).isEmpty();
    assertThat(s[0].skippedLines()).isEqualTo(2);
    assertThat(s[0].warnings()).hasSize(1);
  }

  @Test
  void strictReadingReportsNoWarnings() {
    EventReadSummary s =
        EventReader.strict()
            .read(Collected.input("e.jsonl", outage("O-1", "2026-10-03T10:00Z")), new Collected());
    assertThat(s.hasWarnings()).isFalse();
    assertThat(s.skippedLines()).isZero();
    assertThat(s.deliveredTotal()).isEqualTo(1);
  }

  @Test
  void linesAndRecordsLongerThan16MegabytesAreCutNotKept() {
    EventReadSummary[] s = new EventReadSummary[1];
    String huge = "x".repeat(17 << 20);
    String jsonl =
        "{\"kind\": \"outage\", \"id\": \"" + huge + "\"}\n" + outage("O-1", "2026-10-03T10:00Z");
    assertThat(skipping("e.jsonl", jsonl, s).outages).hasSize(1);
    assertThat(s[0].warnings())
        .extracting(EventProblem::toString)
        .containsExactly(
            "e.jsonl line 1: the line is longer than 16 MB; each line holds one event");
    String csv = "id,obligation,at,note\nf-1,report,2026-11-03T10:00Z,\"" + huge + "\n";
    skipping("e.csv", csv, s);
    assertThat(s[0].warnings())
        .extracting(EventProblem::toString)
        .containsExactly("e.csv line 2: the record is longer than 16 MB; is a quote left open?");
  }

  // ---- files

  @Test
  void filesAreReadByTheirNameAndGzipWhenTheNameSaysSo(@TempDir Path dir) throws IOException {
    Path plain = Files.writeString(dir.resolve("a.ndjson"), outage("O-1", "2026-10-03T10:00Z"));
    Path zipped = dir.resolve("b.csv.gz");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(
          "id,service,detected_at\nO-2,mail,2026-10-03T11:00Z\n".getBytes(StandardCharsets.UTF_8));
    }
    Files.write(zipped, bytes.toByteArray());
    Collected c = new Collected();
    EventReader.strict().readAll(List.of(EventInput.of(plain), EventInput.of(zipped)), c);
    assertThat(c.outages).extracting(o -> o.id()).containsExactly("O-1", "O-2");
  }

  @Test
  void aFileNameMustSayItsFormat() {
    assertThatThrownBy(() -> EventInput.of(Path.of("events.txt")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "events file 'events.txt' must end in .jsonl, .ndjson or .csv (optionally .gz), which"
                + " says its format");
  }

  @Test
  void aMissingFileIsAnInputOutputError(@TempDir Path dir) {
    assertThatThrownBy(
            () -> EventReader.strict().read(dir.resolve("missing.jsonl"), new Collected()))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("cannot read ")
        .hasMessageContaining("missing.jsonl");
  }
}

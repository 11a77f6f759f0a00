package dev.pledge.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.pledge.clock.TimelineEvent;
import dev.pledge.clock.TimelineEventType;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * docs/event-formats.md tells the truth: its example files are the files in examples/events, they
 * read as the page says, and every error message it shows is the message Pledge gives.
 */
class EventFormatsDocTests {

  private static final Path DOC = Path.of("..", "docs", "event-formats.md");
  private static final Path EXAMPLES = Path.of("..", "examples", "events");
  private static final Pattern BLOCK =
      Pattern.compile(
          "<!-- (example|input|output) (\\S+) -->\\n```[a-z]*\\n(.*?)```", Pattern.DOTALL);

  private static Map<String, String> blocks(String tag) throws IOException {
    Matcher m = BLOCK.matcher(Files.readString(DOC));
    Map<String, String> found = new LinkedHashMap<>();
    while (m.find()) {
      if (m.group(1).equals(tag)) {
        found.put(m.group(2), m.group(3));
      }
    }
    return found;
  }

  private static Collected example(String name) {
    Collected c = new Collected();
    EventReader.strict().read(EXAMPLES.resolve(name), c);
    return c;
  }

  private static Instant at(String text) {
    return Instant.parse(text);
  }

  @Test
  void everyExampleOnThePageIsTheFileInExamples() throws IOException {
    Map<String, String> examples = blocks("example");
    assertThat(examples).hasSize(9);
    for (Map.Entry<String, String> e : examples.entrySet()) {
      assertThat(e.getValue())
          .as(e.getKey())
          .isEqualTo(Files.readString(Path.of("..", e.getKey())));
    }
  }

  @Test
  void everyErrorMessageOnThePageIsTheOneGiven() throws IOException {
    Map<String, String> inputs = blocks("input");
    Map<String, String> outputs = blocks("output");
    assertThat(inputs.keySet()).containsExactlyElementsOf(outputs.keySet()).hasSize(4);
    for (String name : inputs.keySet()) {
      String expected = outputs.get(name).strip();
      assertThat(outcome(name, inputs.get(name))).as(name).isEqualTo(expected);
    }
  }

  /** The exception's message, or for the skipping example the summary, as the page shows it. */
  private static String outcome(String name, String text) {
    if (name.startsWith("skipping")) {
      EventReadSummary s =
          EventReader.skippingBadLines().read(Collected.input(name, text), new Collected());
      return "delivered: "
          + s.delivered()
          + "; skipped lines: "
          + s.skippedLines()
          + s.warnings().stream().map(w -> "\n  " + w).collect(Collectors.joining());
    }
    EventFileException e =
        catchThrowableOfType(EventFileException.class, () -> Collected.read(name, text));
    assertThat(e).as(name + " is refused").isNotNull();
    return e.getMessage();
  }

  @Test
  void wholeTicketsReadWithTheirTimelinesAndRating() {
    Collected c = example("tickets.jsonl");
    assertThat(c.tickets).extracting(Ticket::id).containsExactly("INC-1042", "REQ-77");
    Ticket inc = c.tickets.get(0);
    assertThat(inc.type()).isEqualTo(TicketType.INCIDENT);
    assertThat(inc.severity()).isEqualTo("sev1");
    assertThat(inc.customer()).isEqualTo("acme");
    assertThat(inc.asset()).isEqualTo("mx-01");
    assertThat(inc.reportedVia()).isEqualTo("phone");
    assertThat(inc.timeline().events()).hasSize(6);
    assertThat(inc.timeline().events().get(2))
        .isEqualTo(
            TimelineEvent.of(at("2026-10-05T01:30:00Z"), TimelineEventType.PAUSED, "customer"));
    assertThat(inc.rating().score()).isEqualByComparingTo("4");
    assertThat(inc.rating().scaleMax()).isEqualByComparingTo("5");
    assertThat(inc.rating().id()).isEqualTo("INC-1042");
    Ticket req = c.tickets.get(1);
    assertThat(req.type()).isEqualTo(TicketType.SERVICE_REQUEST);
    assertThat(req.timeline().events()).hasSize(2);
    assertThat(req.isRated()).isFalse();
  }

  @Test
  void ticketRowsGatherIntoTickets() {
    Collected c = example("tickets.csv");
    assertThat(c.tickets).extracting(Ticket::id).containsExactly("INC-2001", "CPL-5");
    Ticket inc = c.tickets.get(0);
    assertThat(inc.timeline().events()).hasSize(5);
    assertThat(inc.timeline().events().get(2).reason())
        .isEqualTo("waiting for the customer, who is on leave");
    assertThat(inc.severity()).isEqualTo("sev1");
    Ticket complaint = c.tickets.get(1);
    assertThat(complaint.type()).isEqualTo(TicketType.COMPLAINT);
    assertThat(complaint.severity()).isEmpty();
    assertThat(complaint.service()).isEqualTo("billing");
  }

  @Test
  void mixedKindsReadEachAndTheRowTicketArrivesLast() {
    Collected c = example("events.jsonl");
    assertThat(c.all).hasSize(7);
    assertThat(c.all.get(6)).isInstanceOf(Ticket.class);
    assertThat(c.tickets.get(0).timeline().events()).hasSize(5);
    assertThat(c.tickets.get(0).reportedVia()).isEqualTo("monitor");
    assertThat(c.outages.get(0).began()).isEqualTo(at("2026-10-07T14:12:00Z"));
    assertThat(c.maintenance.get(0).approvedByCustomer()).isTrue();
    assertThat(c.measurements.get(0).value()).isEqualByComparingTo("12.5");
    assertThat(c.ratings.get(0).scaleMax()).isEqualByComparingTo("10");
    assertThat(c.counts.get(0).outOf()).isEqualTo(120_000);
    assertThat(c.fulfilments.get(0).covering()).isEqualTo("2026-10");
  }

  @Test
  void csvExamplesReadAsThePageSays() {
    Collected outages = example("outages.csv");
    assertThat(outages.outages.get(0).restoredAt())
        .isEqualTo(outages.outages.get(0).detectedAt().plusSeconds(42 * 60));
    assertThat(outages.outages.get(1).isOpen()).isTrue();
    assertThat(outages.outages.get(1).cause()).isEqualTo("customer-equipment");
    assertThat(example("maintenance.csv").maintenance)
        .extracting(w -> w.approvedByCustomer())
        .containsExactly(true, false);
    assertThat(example("measurements.csv").measurements.get(1).at())
        .isEqualTo(at("2026-10-09T02:00:09.250Z"));
    assertThat(example("ratings.csv").ratings.get(1).score()).isEqualTo(new BigDecimal("3.5"));
    assertThat(example("counts.csv").counts.get(0).count()).isEqualTo(38);
    assertThat(example("fulfilments.csv").fulfilments.get(1).note())
        .isEqualTo("fail-over drill, 14 minutes");
  }

  @Test
  void everyExampleFileReadsTogetherWithoutClashingIds() throws IOException {
    try (var files = Files.list(EXAMPLES)) {
      var inputs = files.sorted().map(EventInput::of).toList();
      EventReadSummary s = EventReader.strict().readAll(inputs, new Collected());
      assertThat(s.delivered(EventKind.TICKET)).isEqualTo(5);
    }
    assertThatThrownBy(
            () ->
                EventReader.strict()
                    .readAll(
                        java.util.List.of(
                            EventInput.of(EXAMPLES.resolve("tickets.jsonl")),
                            EventInput.of(EXAMPLES.resolve("tickets.jsonl"))),
                        new Collected()))
        .isInstanceOf(EventFileException.class)
        .hasMessageContaining("'INC-1042' is already the id of a ticket on line 2 of");
  }
}

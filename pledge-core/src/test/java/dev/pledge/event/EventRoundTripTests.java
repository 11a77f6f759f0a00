package dev.pledge.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pledge.testing.PropertyCheck;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Random events written as a writer following docs/event-formats.md would, read back equal. */
class EventRoundTripTests {

  @Test
  void jsonlReadsBackWhatWasWritten() {
    PropertyCheck.forAll(
        300,
        r -> {
          RandomEvents g = new RandomEvents(r);
          EventWriter w = new EventWriter(r);
          boolean rows = r.nextBoolean();
          List<Object> events = new ArrayList<>();
          StringBuilder file = new StringBuilder();
          for (int i = 0; i < 1 + r.nextInt(30); i++) {
            Object e = g.any(false);
            events.add(e);
            boolean asRows = rows && e instanceof Ticket t && !t.timeline().events().isEmpty();
            for (String line : w.jsonl(e, asRows)) {
              file.append(noise(r)).append(line).append(r.nextInt(5) == 0 ? "\r\n" : "\n");
            }
          }
          assertReadsBack("events.jsonl", file.toString(), events, r);
        });
  }

  @Test
  void longFilesReadBackAcrossEveryBufferBoundary() {
    PropertyCheck.forAll(
        6,
        r -> {
          RandomEvents g = new RandomEvents(r);
          EventWriter w = new EventWriter(r);
          List<Object> events = new ArrayList<>();
          StringBuilder jsonl = new StringBuilder();
          while (jsonl.length() < 300_000) {
            Object e = g.any(true);
            events.add(e);
            w.jsonl(e, r.nextBoolean()).forEach(line -> jsonl.append(line).append('\n'));
          }
          assertReadsBack("long.jsonl", jsonl.toString(), events, r);
          List<Object> tickets = new ArrayList<>();
          for (int i = 0; i < 2_000; i++) {
            tickets.add(g.ticket(true));
          }
          assertReadsBack("long.csv", w.csv(tickets), tickets, r);
        });
  }

  @Test
  void csvReadsBackWhatWasWritten() {
    PropertyCheck.forAll(
        300,
        r -> {
          RandomEvents g = new RandomEvents(r);
          List<Function<RandomEvents, Object>> kinds =
              List.of(
                  x -> x.ticket(true),
                  RandomEvents::outage,
                  RandomEvents::maintenance,
                  RandomEvents::measurement,
                  x -> x.rating(x.id("r")),
                  RandomEvents::count,
                  RandomEvents::fulfilment);
          Function<RandomEvents, Object> kind = kinds.get(r.nextInt(kinds.size()));
          List<Object> events = new ArrayList<>();
          for (int i = 0; i < 1 + r.nextInt(20); i++) {
            events.add(kind.apply(g));
          }
          assertReadsBack("events.csv", new EventWriter(r).csv(events), events, r);
        });
  }

  /** Blank lines and comments, now and then, between the lines. */
  private static String noise(SplittableRandom r) {
    return switch (r.nextInt(12)) {
      case 0 -> "\n";
      case 1 -> "  \t\n";
      case 2 -> "# a comment, with \"quotes\"\n";
      default -> "";
    };
  }

  private static void assertReadsBack(
      String name, String text, List<Object> events, SplittableRandom r) {
    Collected c = new Collected();
    byte[] bytes = bytes(text);
    EventInput input =
        new EventInput(name, EventFormat.ofFileName(name), () -> new Trickle(bytes, r));
    EventReadSummary summary = EventReader.strict().read(input, c);
    assertThat(summary.deliveredTotal()).as(text).isEqualTo(events.size());
    for (Class<?> kind : List.of(Ticket.class, Object.class)) {
      List<Object> expected = events.stream().filter(kind::isInstance).toList();
      List<Object> read = c.all.stream().filter(kind::isInstance).toList();
      if (kind == Ticket.class) {
        assertThat(read).as(text).isEqualTo(expected);
      } else {
        assertThat(read).as(text).containsExactlyInAnyOrderElementsOf(expected);
      }
    }
    assertThat(c.all.stream().filter(e -> !(e instanceof Ticket)).toList())
        .as("other kinds in file order")
        .isEqualTo(events.stream().filter(e -> !(e instanceof Ticket)).toList());
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}

package dev.pledge.bench;

import dev.pledge.event.EventFormat;
import dev.pledge.event.EventInput;
import dev.pledge.event.EventReader;
import dev.pledge.event.EventSink;
import dev.pledge.event.Ticket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Tickets read from in-memory event files, parsing included: each ticket has 10 timeline events
 * (reported, acknowledged, paused and resumed twice with a reason, dispatched, on site, restored,
 * resolved), a customer, an asset, a channel and a rating, with instants at +08:00. Scores are
 * tickets per second.
 *
 * <p>{@code *OnePass}: {@link EventReader#strictInOnePass()}, which reads once (skipping bad lines
 * costs the same). {@code *TwoPasses}: {@link EventReader#strict()}, the default, which reads
 * everything twice (check, then deliver) so that a file with a bad line delivers nothing to any
 * sink.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class EventReaderBenchmark {

  static final int TICKETS = 10_000;

  private static final String[] TYPES = {
    "reported", "acknowledged", "paused", "resumed", "dispatched",
    "on_site", "paused", "resumed", "restored", "resolved"
  };

  private EventInput wholeTickets;
  private EventInput ticketRows;
  private EventInput csvRows;
  private final Counter counter = new Counter();

  /** Counts tickets and keeps the last, so nothing read can be optimised away. */
  static final class Counter implements EventSink {
    long tickets;
    Ticket last;

    @Override
    public void ticket(Ticket ticket) {
      tickets++;
      last = ticket;
    }
  }

  @Setup
  public void setUp() {
    StringBuilder whole = new StringBuilder();
    StringBuilder rows = new StringBuilder();
    StringBuilder csv =
        new StringBuilder("ticket,at,event,reason,service,type,severity,customer,asset\n");
    SplittableRandom r = new SplittableRandom(42);
    for (int i = 0; i < TICKETS; i++) {
      writeTicket(r, "INC-" + (100_000 + i), whole, rows, csv);
    }
    wholeTickets = input("tickets.jsonl", EventFormat.JSONL, whole);
    ticketRows = input("ticket-events.jsonl", EventFormat.JSONL, rows);
    csvRows = input("tickets.csv", EventFormat.CSV, csv);
  }

  private static EventInput input(String name, EventFormat format, StringBuilder text) {
    return EventInput.of(name, format, text.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static void writeTicket(
      SplittableRandom r, String id, StringBuilder whole, StringBuilder rows, StringBuilder csv) {
    Instant t = BenchCalendars.YEAR_START.plusSeconds(60 * r.nextLong(360 * 24 * 60));
    String attributes =
        "\"service\":\"mail\",\"type\":\"incident\",\"severity\":\"sev"
            + (1 + r.nextInt(3))
            + "\",\"customer\":\"acme\",\"asset\":\"srv-"
            + r.nextInt(1000)
            + "\"";
    whole.append("{\"kind\":\"ticket\",\"id\":\"").append(id).append("\",").append(attributes);
    whole.append(",\"reported_via\":\"phone\",\"timeline\":[");
    for (int k = 0; k < TYPES.length; k++) {
      t = t.plusSeconds(60 * r.nextLong(5, 240) + r.nextInt(60));
      String at = format(t);
      String reason = TYPES[k].equals("paused") || TYPES[k].equals("resumed") ? "customer" : "";
      whole.append(k == 0 ? "" : ",").append("{\"at\":\"").append(at);
      whole.append("\",\"event\":\"").append(TYPES[k]).append('"');
      whole.append(reason.isEmpty() ? "" : ",\"reason\":\"" + reason + "\"").append('}');
      rows.append("{\"kind\":\"ticket_event\",\"ticket\":\"").append(id);
      rows.append("\",\"at\":\"").append(at).append("\",\"event\":\"").append(TYPES[k]);
      rows.append(reason.isEmpty() ? "\"" : "\",\"reason\":\"" + reason + "\"");
      rows.append(k == 0 ? "," + attributes : "").append("}\n");
      csv.append(id).append(',').append(at).append(',').append(TYPES[k]).append(',');
      csv.append(reason).append(k == 0 ? ",mail,incident,sev1,acme,srv-1\n" : ",,,,,\n");
    }
    String rated = format(t.plusSeconds(3600));
    whole.append("],\"rating\":").append(1 + r.nextInt(5));
    whole.append(",\"rating_scale\":5,\"rated_at\":\"").append(rated).append("\"}\n");
  }

  private static String format(Instant t) {
    return OffsetDateTime.ofInstant(t.truncatedTo(ChronoUnit.SECONDS), ZoneOffset.ofHours(8))
        .toString();
  }

  @Benchmark
  @OperationsPerInvocation(TICKETS)
  public long wholeTicketJsonlOnePass() {
    return read(EventReader.strictInOnePass(), wholeTickets);
  }

  @Benchmark
  @OperationsPerInvocation(TICKETS)
  public long wholeTicketJsonlTwoPasses() {
    return read(EventReader.strict(), wholeTickets);
  }

  @Benchmark
  @OperationsPerInvocation(TICKETS)
  public long ticketEventJsonlOnePass() {
    return read(EventReader.strictInOnePass(), ticketRows);
  }

  @Benchmark
  @OperationsPerInvocation(TICKETS)
  public long csvRowsOnePass() {
    return read(EventReader.strictInOnePass(), csvRows);
  }

  @Benchmark
  @OperationsPerInvocation(TICKETS)
  public long csvRowsTwoPasses() {
    return read(EventReader.strict(), csvRows);
  }

  private long read(EventReader reader, EventInput input) {
    counter.tickets = 0;
    reader.read(input, counter);
    if (counter.tickets != TICKETS) {
      throw new IllegalStateException("read " + counter.tickets + " tickets of " + TICKETS);
    }
    return counter.tickets;
  }
}

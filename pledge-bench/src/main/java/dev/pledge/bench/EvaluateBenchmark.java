package dev.pledge.bench;

import dev.pledge.evaluation.GuaranteeEvaluation;
import dev.pledge.evaluation.GuaranteeReport;
import dev.pledge.evaluation.TicketClockResult;
import dev.pledge.evaluation.TicketFacts;
import dev.pledge.event.EventFormat;
import dev.pledge.event.EventInput;
import dev.pledge.event.EventReader;
import dev.pledge.event.EventSink;
import dev.pledge.event.Ticket;
import dev.pledge.guarantee.Guarantee;
import dev.pledge.guarantee.GuaranteeFile;
import dev.pledge.period.ReportingPeriod;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What {@code pledge evaluate} does for each ticket, end to end: whole-ticket JSONL parsed from
 * memory by {@link EventReader} and fed to a {@link GuaranteeEvaluation} of an example guarantee
 * for October 2026, whose clocks are counted and reported. The tickets are {@link
 * GenerateTickets}'s (10 timeline events, sev1 or sev2, two pauses, spread over the month). Scores
 * are tickets per second, parsing included.
 *
 * <p>The guarantees are read from {@code examples/guarantees}, relative to the directory the
 * benchmark runs in (the repository root); {@code -Dpledge.guarantees=DIR} reads them elsewhere.
 * {@code datacenter-network.yaml} has one ticket clock (a 15-minute response); {@code
 * after-sales.yaml} has two for sev1 and sev2 incidents (on site, restore).
 *
 * <p>{@code evaluateParsed}: the evaluation alone, on tickets parsed in the set-up. {@code
 * *OnePass}: {@link EventReader#strictInOnePass()}. {@code *TwoPasses}: {@link
 * EventReader#strict()}, which checks the whole input before delivering any of it — what {@code
 * pledge evaluate} uses, so that bad input writes no partial report.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class EvaluateBenchmark {

  static final int TICKETS = 10_000;

  @Param({"datacenter-network.yaml", "after-sales.yaml"})
  public String guarantee;

  private Guarantee loaded;
  private ReportingPeriod october;
  private Instant asOf;
  private EventInput tickets;
  private List<TicketFacts> parsed;
  private final ClockCounter clocks = new ClockCounter();

  /** Counts the ticket clocks and their breaches, so no evaluation can be optimised away. */
  static final class ClockCounter implements Consumer<TicketClockResult> {
    long clocks;
    long breached;

    @Override
    public void accept(TicketClockResult r) {
      clocks++;
      if (r.clock().verdict() == dev.pledge.clock.ClockVerdict.BREACHED) {
        breached++;
      }
    }
  }

  @Setup
  public void setUp() {
    Path dir = Path.of(System.getProperty("pledge.guarantees", "examples/guarantees"));
    loaded = GuaranteeFile.read(dir.resolve(guarantee));
    october = ReportingPeriod.ofMonth(YearMonth.of(2026, 10), loaded.zone());
    asOf = october.range().endExclusive();
    String service = loaded.services().get(0).id();
    SplittableRandom r = new SplittableRandom(42);
    StringBuilder jsonl = new StringBuilder(TICKETS * 1024);
    for (int i = 0; i < TICKETS; i++) {
      GenerateTickets.appendTicket(r, i, service, jsonl);
    }
    byte[] bytes = jsonl.toString().getBytes(StandardCharsets.UTF_8);
    tickets = EventInput.of("tickets.jsonl", EventFormat.JSONL, bytes);
    parsed = new ArrayList<>();
    EventReader.strictInOnePass().read(tickets, facts(parsed::add));
    evaluate(EventReader.strictInOnePass());
    if (clocks.clocks < TICKETS) {
      throw new IllegalStateException(
          guarantee + " measured " + clocks.clocks + " clocks on " + TICKETS + " tickets");
    }
  }

  @Benchmark
  @OperationsPerInvocation(TICKETS)
  public GuaranteeReport evaluateOnePass() {
    return evaluate(EventReader.strictInOnePass());
  }

  @Benchmark
  @OperationsPerInvocation(TICKETS)
  public GuaranteeReport evaluateTwoPasses() {
    return evaluate(EventReader.strict());
  }

  /** The evaluation alone, on tickets parsed beforehand: what is left when parsing is free. */
  @Benchmark
  @OperationsPerInvocation(TICKETS)
  public GuaranteeReport evaluateParsed() {
    clocks.clocks = 0;
    GuaranteeEvaluation evaluation = new GuaranteeEvaluation(loaded, october, asOf, clocks);
    for (TicketFacts t : parsed) {
      evaluation.ticket(t);
    }
    return evaluation.report();
  }

  private GuaranteeReport evaluate(EventReader reader) {
    clocks.clocks = 0;
    GuaranteeEvaluation evaluation = new GuaranteeEvaluation(loaded, october, asOf, clocks);
    reader.read(tickets, facts(evaluation::ticket));
    return evaluation.report();
  }

  /**
   * Hands each ticket on as {@code pledge evaluate} does; the generated tickets have no ratings.
   */
  private static EventSink facts(Consumer<TicketFacts> to) {
    return new EventSink() {
      @Override
      public void ticket(Ticket t) {
        to.accept(
            new TicketFacts(
                t.id(),
                t.service(),
                t.type().fileName(),
                t.severity().isEmpty() ? null : t.severity(),
                t.cause().isEmpty() ? null : t.cause(),
                t.timeline()));
      }
    };
  }
}

package dev.pledge.cli;

import dev.pledge.evaluation.EvaluationSink;
import dev.pledge.evaluation.GuaranteeEvaluation;
import dev.pledge.evaluation.TicketClockResult;
import dev.pledge.event.EventInput;
import dev.pledge.event.EventReadSummary;
import dev.pledge.event.EventReader;
import dev.pledge.event.EventSink;
import dev.pledge.guarantee.Guarantee;
import dev.pledge.period.ReportingPeriod;
import dev.pledge.report.CsvReportWriter;
import dev.pledge.report.HtmlReportWriter;
import dev.pledge.report.JsonReportWriter;
import dev.pledge.report.ReportWriter;
import dev.pledge.report.TextReportWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pledge evaluate}: a guarantee measured on a period of events, with the evidence. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Evaluates a guarantee for a period on event files (formats: docs/event-formats.md):"
          + " every ticket's clocks, every commitment's clauses and verdict, and the remedies owed.",
      "Exit code 0 whatever the verdict; 2 for bad input (nothing is evaluated from a file with"
          + " errors unless --skip-bad-lines)."
    })
final class EvaluateCommand implements Callable<Integer> {

  enum Format {
    text,
    json,
    csv,
    html
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "GUARANTEE", description = "the guarantee file (YAML)")
  Path file;

  @Option(
      names = "--events",
      arity = "1..*",
      required = true,
      paramLabel = "FILE",
      description = "event files, .jsonl or .csv (several allowed)")
  List<Path> events = new ArrayList<>();

  @Option(
      names = "--period",
      required = true,
      description = "a month (2026-10), quarter (2026-Q4) or year (2026) in the guarantee's zone")
  String period;

  @Option(
      names = "--as-of",
      paramLabel = "INSTANT",
      description = "evaluate as known at this instant (default: the end of the period)")
  String asOf;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text, json, csv or html (default: ${DEFAULT-VALUE})")
  Format format;

  @Option(
      names = "--explain",
      paramLabel = "ID",
      description = "explain one commitment or one ticket: the intervals counted, paused, excluded")
  String explain;

  @Option(names = "--skip-bad-lines", description = "evaluate the good lines of a file with errors")
  boolean skipBadLines;

  @Override
  public Integer call() {
    Guarantee g = CheckCommand.load(file);
    ReportingPeriod p = period(g);
    Instant at =
        asOf == null ? p.range().endExclusive() : InstantArgument.parse("--as-of", asOf, g.zone());
    List<EventInput> inputs = inputs();
    PrintWriter out = spec.commandLine().getOut();
    if (explain != null) {
      return new Explainer(g, p, at, explain, out).run(reader(), inputs);
    }
    if (format == Format.json || format == Format.csv) {
      return spooled(g, p, at, inputs, out);
    }
    // Text and HTML keep what they print until the end, so a bad line prints nothing.
    report(g, p, at, inputs, writer(g, p, at, out));
    return 0;
  }

  private void report(
      Guarantee g, ReportingPeriod p, Instant at, List<EventInput> inputs, ReportWriter writer) {
    GuaranteeEvaluation evaluation = new GuaranteeEvaluation(g, p, at, writer::ticket);
    EventReadSummary summary = reader().readAll(inputs, sink(evaluation));
    writer.finish(evaluation.report());
    warnings(summary);
  }

  /**
   * JSON and CSV write each ticket as it is evaluated; they go to a file first and reach standard
   * output only when every event file was read without error, so a bad line still prints nothing
   * while memory stays bounded.
   */
  private int spooled(
      Guarantee g, ReportingPeriod p, Instant at, List<EventInput> inputs, PrintWriter out) {
    Path spool = null;
    try {
      spool = Files.createTempFile("pledge-report-", "." + format);
      try (PrintWriter file =
          new PrintWriter(Files.newBufferedWriter(spool, StandardCharsets.UTF_8))) {
        report(g, p, at, inputs, writer(g, p, at, file));
      }
      try (Reader in = Files.newBufferedReader(spool, StandardCharsets.UTF_8)) {
        in.transferTo(out);
      }
      out.flush();
      return 0;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write the report through a temporary file: " + e.getMessage(), e);
    } finally {
      deleteQuietly(spool);
    }
  }

  private static void deleteQuietly(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException ignored) {
        // A temporary file left behind is harmless; the report itself is complete.
      }
    }
  }

  private ReportingPeriod period(Guarantee g) {
    ReportingPeriod p;
    try {
      p = ReportingPeriod.parse(period, g.zone());
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "--period '"
              + period
              + "' is not a period: write a month (2026-10), a quarter (2026-Q4) or a year (2026)");
    }
    if (!g.isInEffectDuring(p)) {
      throw new IllegalArgumentException(
          "--period "
              + p.label()
              + " ends before "
              + g.id()
              + " v"
              + g.version()
              + " takes effect on "
              + g.effectiveFrom().orElseThrow()
              + " (effective_from): evaluate it with the version in effect then");
    }
    g.checkValidDuring(p);
    return p;
  }

  private List<EventInput> inputs() {
    List<EventInput> inputs = new ArrayList<>();
    for (Path e : events) {
      if (!Files.isRegularFile(e)) {
        throw new IllegalArgumentException("--events file '" + e + "' does not exist");
      }
      inputs.add(EventInput.of(e));
    }
    return inputs;
  }

  private EventReader reader() {
    // One strict pass is safe: an evaluation in memory is thrown away when the read throws.
    return skipBadLines ? EventReader.skippingBadLines() : EventReader.strictInOnePass();
  }

  private void warnings(EventReadSummary summary) {
    if (summary.hasWarnings()) {
      PrintWriter err = spec.commandLine().getErr();
      summary.warnings().forEach(w -> err.println("skipped: " + w));
      err.flush();
    }
  }

  private ReportWriter writer(Guarantee g, ReportingPeriod p, Instant at, PrintWriter out) {
    return switch (format) {
      case text -> new TextReportWriter(out, g.zone());
      case json -> new JsonReportWriter(out, g, p, at);
      case csv -> new CsvReportWriter(out, g.zone());
      case html -> new HtmlReportWriter(out, g.zone());
    };
  }

  /** Feeds what the reader delivers into an evaluation. */
  static EventSink sink(GuaranteeEvaluation e) {
    return new EvaluationSink(e);
  }

  /** Collects one ticket's clocks while evaluating, for {@code --explain}. */
  static final class TicketCollector implements java.util.function.Consumer<TicketClockResult> {
    final String ticketId;
    final List<TicketClockResult> found = new ArrayList<>();

    TicketCollector(String ticketId) {
      this.ticketId = ticketId;
    }

    @Override
    public void accept(TicketClockResult r) {
      if (r.ticketId().equals(ticketId) || r.commitmentId().equals(ticketId)) {
        found.add(r);
      }
    }
  }
}

package dev.pledge.server.report;

import dev.pledge.evaluation.GuaranteeEvaluation;
import dev.pledge.guarantee.Guarantee;
import dev.pledge.period.ReportingPeriod;
import dev.pledge.report.CsvReportWriter;
import dev.pledge.report.JsonReportWriter;
import dev.pledge.report.ReportWriter;
import dev.pledge.server.guarantee.GuaranteeService;
import dev.pledge.server.guarantee.StoredGuarantee;
import dev.pledge.server.record.CustomerScope;
import dev.pledge.server.record.MeasuredRecords;
import dev.pledge.server.system.ApiException;
import dev.pledge.server.system.Caller;
import dev.pledge.server.system.Instants;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A period report: the guarantee evaluated by the core's {@link GuaranteeEvaluation} on everything
 * stored for it, written by the core's report writers — the same document {@code pledge evaluate
 * --format json|csv} prints for the same events. Nothing is cached: a corrected timestamp changes
 * the next report.
 */
@RestController
class ReportController {

  private static final MediaType CSV = new MediaType("text", "csv");

  private final CustomerScope scope;
  private final GuaranteeService guarantees;
  private final MeasuredRecords records;
  private final Clock clock;
  private final Timer computation;

  ReportController(
      CustomerScope scope,
      GuaranteeService guarantees,
      MeasuredRecords records,
      Clock clock,
      MeterRegistry meters) {
    this.scope = scope;
    this.guarantees = guarantees;
    this.records = records;
    this.clock = clock;
    this.computation =
        Timer.builder("pledge.report.computation")
            .description("Time to evaluate a period and write its report, reading records included")
            .register(meters);
  }

  /**
   * @param asOf the instant the evaluation knows events up to (with its offset); by default now, or
   *     the end of the period once it is over
   * @param format {@code json} or {@code csv}; without it, {@code Accept: text/csv} asks for CSV
   */
  @GetMapping("/api/customers/{customer}/reports/{period}")
  @Transactional(readOnly = true)
  ResponseEntity<String> report(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String customer,
      @PathVariable String period,
      @RequestParam(required = false) String guarantee,
      @RequestParam(name = "as_of", required = false) String asOf,
      @RequestParam(required = false) String format,
      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
    scope.check(customer, caller);
    if (guarantee == null || guarantee.isBlank()) {
      throw ApiException.badInput("guarantee", "guarantee is missing; say which one to report on");
    }
    StoredGuarantee stored =
        guarantees
            .latest(guarantee)
            .filter(g -> customer.equals(g.customerId()))
            .orElseThrow(() -> ApiException.notFound("no guarantee '" + guarantee + "' is stored"));
    Guarantee g = guarantees.parse(stored);
    ReportingPeriod p = period(period, g);
    Instant at = asOf(asOf, p);
    boolean csv = csv(format, accept);
    StringWriter text = new StringWriter();
    PrintWriter out = new PrintWriter(text);
    ReportWriter writer =
        csv ? new CsvReportWriter(out, g.zone()) : new JsonReportWriter(out, g, p, at);
    computation.record(
        () -> {
          GuaranteeEvaluation evaluation = new GuaranteeEvaluation(g, p, at, writer::ticket);
          records.feed(customer, stored.id(), evaluation);
          writer.finish(evaluation.report());
        });
    out.flush();
    return ResponseEntity.ok()
        .contentType(csv ? CSV : MediaType.APPLICATION_JSON)
        .body(text.toString());
  }

  private static ReportingPeriod period(String text, Guarantee g) {
    try {
      return ReportingPeriod.parse(text, g.zone());
    } catch (RuntimeException e) {
      throw ApiException.badInput(
          "period",
          "period '"
              + text
              + "' is not a period: write a month (2026-10), a quarter (2026-Q4) or a year"
              + " (2026)");
    }
  }

  private Instant asOf(String text, ReportingPeriod p) {
    if (text == null) {
      Instant now = clock.instant();
      Instant end = p.range().endExclusive();
      return now.isBefore(end) ? now : end;
    }
    // An unencoded '+' of an offset arrives as a space.
    return Instants.parse("as_of", text.replace(' ', '+'));
  }

  private static boolean csv(String format, String accept) {
    if (format != null) {
      return switch (format.strip().toLowerCase(Locale.ROOT)) {
        case "csv" -> true;
        case "json" -> false;
        default ->
            throw ApiException.badInput(
                "format", "format '" + format + "' is not one; write json or csv");
      };
    }
    return accept != null && accept.toLowerCase(Locale.ROOT).contains("text/csv");
  }
}

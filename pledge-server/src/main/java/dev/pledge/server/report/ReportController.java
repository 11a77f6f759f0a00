package dev.pledge.server.report;

import dev.pledge.server.system.ApiException;
import dev.pledge.server.system.Caller;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.nio.charset.StandardCharsets;
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

  private final PeriodReports reports;

  ReportController(PeriodReports reports) {
    this.reports = reports;
  }

  /**
   * @param asOf the instant the evaluation knows events up to (with its offset); by default now, or
   *     the end of the period once it is over
   * @param format {@code json}, {@code csv} or {@code html}; without it, {@code Accept: text/csv}
   *     asks for CSV
   */
  @ApiResponse(
      responseCode = "200",
      description = "The period report, as JSON, CSV or HTML",
      content = {
        @Content(
            mediaType = "application/json",
            schema = @Schema(ref = "#/components/schemas/PeriodReport")),
        @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
        @Content(mediaType = "text/html", schema = @Schema(type = "string"))
      })
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
    PeriodReports.Format f = format(format, accept);
    String body = reports.write(caller, customer, guarantee, period, asOf, f);
    MediaType type =
        switch (f) {
          case CSV -> CSV;
          case HTML -> new MediaType("text", "html", StandardCharsets.UTF_8);
          case JSON -> MediaType.APPLICATION_JSON;
        };
    return ResponseEntity.ok().contentType(type).body(body);
  }

  private static PeriodReports.Format format(String format, String accept) {
    if (format != null) {
      return switch (format.strip().toLowerCase(Locale.ROOT)) {
        case "csv" -> PeriodReports.Format.CSV;
        case "json" -> PeriodReports.Format.JSON;
        case "html" -> PeriodReports.Format.HTML;
        default ->
            throw ApiException.badInput(
                "format", "format '" + format + "' is not one; write json, csv or html");
      };
    }
    return accept != null && accept.toLowerCase(Locale.ROOT).contains("text/csv")
        ? PeriodReports.Format.CSV
        : PeriodReports.Format.JSON;
  }
}

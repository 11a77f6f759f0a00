package dev.pledge.server.record;

import static org.springframework.http.HttpStatus.CREATED;

import dev.pledge.event.EventFileException;
import dev.pledge.event.EventFormat;
import dev.pledge.event.EventProblem;
import dev.pledge.server.audit.Audit;
import dev.pledge.server.system.ApiException;
import dev.pledge.server.system.Caller;
import dev.pledge.server.system.Idempotency;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Imports an event file, JSONL or CSV exactly as {@code pledge evaluate} reads it
 * (docs/event-formats.md), for one customer and one of its guarantees. Strict: a file with any
 * problem stores nothing and is answered 422 with every problem, its line and field.
 */
@RestController
class ImportController {

  private final CustomerScope scope;
  private final EventFiles files;
  private final Writes writes;
  private final Audit audit;

  ImportController(CustomerScope scope, EventFiles files, Writes writes, Audit audit) {
    this.scope = scope;
    this.files = files;
    this.writes = writes;
    this.audit = audit;
  }

  /**
   * What an import stored: how many records of each kind, and the guarantee versions its tickets
   * are measured against.
   */
  record ImportView(
      String customer,
      String guarantee,
      List<Integer> guaranteeVersions,
      Map<String, Integer> stored) {}

  @PostMapping("/api/customers/{customer}/imports")
  @ApiResponse(
      responseCode = "201",
      description = "What the file stored, by kind",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ImportView.class)))
  ResponseEntity<String> importEvents(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String customer,
      @RequestParam(required = false) String guarantee,
      @RequestParam(required = false) String format,
      @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
      @RequestHeader(name = Writes.KEY, required = false) Optional<String> key,
      @RequestBody(required = false) byte[] body) {
    if (caller.customer()) {
      // Imports carry ticket ids, which are unique across the server: "already stored" would
      // tell a customer another customer's ticket ids.
      throw ApiException.forbidden(
          "imports are the provider's: a token bound to a customer may not import; open tickets"
              + " with POST /api/tickets and report outages with POST"
              + " /api/customers/{customer}/outages");
    }
    EventFormat f = formatOf(format, contentType);
    byte[] content = body == null ? new byte[0] : body;
    String request =
        "POST /api/customers/" + customer + "/imports?guarantee=" + guarantee + "&format=" + f;
    return writes.once(
        caller,
        key,
        request,
        // Latin-1 reads one character per byte, so two different bodies never hash alike.
        Idempotency.sha256(new String(content, StandardCharsets.ISO_8859_1)),
        CREATED,
        () -> {
          scope.check(customer, caller);
          EventFiles.Stored s = files.store(customer, guarantee, f, content);
          ImportView v = new ImportView(customer, s.guarantee(), s.guaranteeVersions(), s.stored());
          // The file itself is not logged: what it stored is, by kind and count.
          audit.record(caller, customer, "events.import", "guarantee", s.guarantee(), null, v);
          return v;
        });
  }

  /** The {@code format} parameter, or else the content type: CSV or JSON Lines. */
  private static EventFormat formatOf(String format, String contentType) {
    if (format != null) {
      return switch (format.strip().toLowerCase(Locale.ROOT)) {
        case "jsonl", "ndjson" -> EventFormat.JSONL;
        case "csv" -> EventFormat.CSV;
        default ->
            throw ApiException.badInput(
                "format", "format '" + format + "' is not one; write jsonl or csv");
      };
    }
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    if (type.startsWith("text/csv")) {
      return EventFormat.CSV;
    }
    if (type.startsWith("application/jsonl")
        || type.startsWith("application/x-ndjson")
        || type.startsWith("application/x-jsonlines")) {
      return EventFormat.JSONL;
    }
    throw ApiException.badInput(
        "format",
        "say the file's format: Content-Type text/csv or application/jsonl, or ?format=csv or"
            + " ?format=jsonl");
  }

  @ExceptionHandler(EventFileException.class)
  ResponseEntity<ProblemDetail> unreadable(EventFileException e) {
    return refused(e.getMessage(), e.problems(), e.unlistedProblems());
  }

  @ExceptionHandler(EventImport.Refused.class)
  ResponseEntity<ProblemDetail> unstorable(EventImport.Refused e) {
    return refused(e.getMessage(), e.problems, 0);
  }

  /** 422 with each problem's line (0: not tied to one line), field, message and full text. */
  private static ResponseEntity<ProblemDetail> refused(
      String detail, List<EventProblem> problems, long unlisted) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, detail);
    problem.setTitle("Invalid events");
    problem.setProperty(
        "problems",
        problems.stream()
            .map(
                p -> {
                  Map<String, Object> entry = new LinkedHashMap<>();
                  entry.put("line", p.line());
                  entry.put("field", p.field());
                  entry.put("message", p.message());
                  entry.put("text", p.toString());
                  return entry;
                })
            .toList());
    if (unlisted > 0) {
      problem.setProperty("unlisted_problems", unlisted);
    }
    return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}

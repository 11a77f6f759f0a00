package dev.pledge.server.ticket;

import dev.pledge.server.system.Caller;
import dev.pledge.server.system.Idempotency;
import dev.pledge.server.system.StoredAnswer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tickets and timeline events. Both writes are committed before the answer leaves, and are done
 * once per {@code Idempotency-Key}: a retried request gets the first answer again.
 */
@RestController
@RequestMapping("/api/tickets")
class TicketController {

  private static final String KEY = "Idempotency-Key";

  private final TicketService tickets;
  private final Idempotency idempotency;
  private final JsonMapper json;

  TicketController(TicketService tickets, Idempotency idempotency, JsonMapper json) {
    this.tickets = tickets;
    this.idempotency = idempotency;
    this.json = json;
  }

  /** A ticket with its timeline in the order it was recorded. */
  record TicketWithTimeline(TicketView ticket, List<EventView> timeline) {}

  @GetMapping("/{id}")
  TicketWithTimeline get(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
    return new TicketWithTimeline(
        TicketView.of(tickets.ticket(id, caller)),
        tickets.timeline(id).stream().map(EventView::of).toList());
  }

  @PostMapping
  @Operation(summary = "Open a ticket under a stored guarantee")
  @ApiResponse(
      responseCode = "201",
      description = "The ticket, opened",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = TicketView.class)))
  ResponseEntity<String> open(
      @AuthenticationPrincipal Caller caller,
      @RequestHeader(name = KEY, required = false) Optional<String> key,
      @RequestBody TicketRequest request) {
    String fingerprint = "POST /api/tickets\n" + json.writeValueAsString(request);
    return idempotency
        .once(
            caller.idempotencyScope(),
            key,
            fingerprint,
            () -> created(tickets.open(request, caller)))
        .toResponse();
  }

  @PostMapping("/{id}/events")
  @Operation(
      summary = "Record a timeline event",
      description =
          "What happened to the ticket (acknowledged, restored, resolved, closed, paused with a"
              + " reason, ...), when, with its offset, and why; its SLA clocks follow from its"
              + " timeline.")
  @ApiResponse(
      responseCode = "201",
      description = "The event, recorded",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = EventView.class)))
  ResponseEntity<String> record(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @RequestHeader(name = KEY, required = false) Optional<String> key,
      @RequestBody EventRequest request) {
    String fingerprint = "POST /api/tickets/" + id + "/events\n" + json.writeValueAsString(request);
    return idempotency
        .once(
            caller.idempotencyScope(),
            key,
            fingerprint,
            () -> created(tickets.record(id, request, caller)))
        .toResponse();
  }

  @PostMapping("/{id}/events/{seq}/corrections")
  @Operation(
      summary = "Correct an event's instant",
      description =
          "Moves a recorded event to the instant it really happened; clocks, notices and reports"
              + " follow. The event as it was is kept in the audit log.")
  @ApiResponse(
      responseCode = "200",
      description = "The event, corrected",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = EventView.class)))
  ResponseEntity<String> correct(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @PathVariable int seq,
      @RequestHeader(name = KEY, required = false) Optional<String> key,
      @RequestBody CorrectionRequest request) {
    String fingerprint =
        "POST /api/tickets/"
            + id
            + "/events/"
            + seq
            + "/corrections\n"
            + json.writeValueAsString(request);
    return idempotency
        .once(
            caller.idempotencyScope(),
            key,
            fingerprint,
            () ->
                new StoredAnswer(
                    HttpStatus.OK.value(),
                    json.writeValueAsString(tickets.correct(id, seq, request, caller))))
        .toResponse();
  }

  private StoredAnswer created(Object view) {
    return new StoredAnswer(HttpStatus.CREATED.value(), json.writeValueAsString(view));
  }
}

package dev.pledge.server.record;

import static org.springframework.http.HttpStatus.CREATED;

import dev.pledge.clock.TimelineEventType;
import dev.pledge.guarantee.Guarantee;
import dev.pledge.server.audit.Audit;
import dev.pledge.server.guarantee.GuaranteeService;
import dev.pledge.server.record.Requests.CommentRequest;
import dev.pledge.server.record.Requests.SeverityRequest;
import dev.pledge.server.system.ApiException;
import dev.pledge.server.system.Caller;
import dev.pledge.server.ticket.StoredEvent;
import dev.pledge.server.ticket.StoredTicket;
import dev.pledge.server.ticket.TicketService;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Comments and severity changes on a ticket, kept on its timeline as {@code commented} and {@code
 * severity_changed} events. The engine drives no clock with either: a ticket's clocks use the
 * severity it was opened with, so a change is recorded for the people reading the ticket, and the
 * figures do not move.
 */
@RestController
@RequestMapping("/api/tickets/{ticket}")
class TicketNoteController {

  private final TicketService tickets;
  private final GuaranteeService guarantees;
  private final Writes writes;
  private final Audit audit;
  private final Clock clock;

  TicketNoteController(
      TicketService tickets, GuaranteeService guarantees, Writes writes, Audit audit, Clock clock) {
    this.tickets = tickets;
    this.guarantees = guarantees;
    this.writes = writes;
    this.audit = audit;
    this.clock = clock;
  }

  /** An event of the timeline as answered. */
  record NoteView(String ticket, int seq, Instant at, String event, String reason) {
    static NoteView of(StoredEvent e) {
      return new NoteView(
          e.ticket(), e.seq(), e.at(), e.type().name().toLowerCase(Locale.ROOT), e.reason());
    }
  }

  @PostMapping("/comments")
  @ApiResponse(
      responseCode = "201",
      description = "The comment, on the ticket's timeline",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = NoteView.class)))
  ResponseEntity<String> comment(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String ticket,
      @RequestHeader(name = Writes.KEY, required = false) Optional<String> key,
      @RequestBody CommentRequest r) {
    return writes.once(
        caller,
        key,
        "POST /api/tickets/" + ticket + "/comments",
        r,
        CREATED,
        () -> {
          Instant at = atOrNow(r.at());
          String text = Fields.required("text", r.text(), 500);
          NoteView note =
              NoteView.of(tickets.record(ticket, at, TimelineEventType.COMMENTED, text, caller));
          return logged(caller, "ticket.comment", note);
        });
  }

  @PostMapping("/severity")
  @ApiResponse(
      responseCode = "201",
      description = "The severity change, on the ticket's timeline",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = NoteView.class)))
  ResponseEntity<String> severity(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String ticket,
      @RequestHeader(name = Writes.KEY, required = false) Optional<String> key,
      @RequestBody SeverityRequest r) {
    return writes.once(
        caller,
        key,
        "POST /api/tickets/" + ticket + "/severity",
        r,
        CREATED,
        () -> {
          StoredTicket t = tickets.ticket(ticket, caller);
          Instant at = atOrNow(r.at());
          String severity = defined(t, Fields.required("severity", r.severity(), 100));
          NoteView note =
              NoteView.of(
                  tickets.record(ticket, at, TimelineEventType.SEVERITY_CHANGED, severity, caller));
          return logged(caller, "ticket.severity", note);
        });
  }

  /** An event appended to a ticket's timeline is logged as a creation: nothing was overwritten. */
  private NoteView logged(Caller caller, String action, NoteView note) {
    String customer = tickets.ticket(note.ticket(), caller).customer();
    audit.record(caller, customer, action, "ticket", note.ticket(), null, note);
    return note;
  }

  private Instant atOrNow(String at) {
    return at == null || at.isBlank() ? clock.instant() : Fields.instant("at", at);
  }

  /** The new severity must be one the ticket's guarantee defines, as when it was opened. */
  private String defined(StoredTicket t, String severity) {
    Guarantee g =
        guarantees
            .version(t.guarantee(), t.guaranteeVersion())
            .map(guarantees::parse)
            .orElseThrow();
    if (!g.severities().isEmpty() && !g.severities().containsKey(severity)) {
      throw ApiException.badInput(
          "severity",
          "severity '"
              + severity
              + "' is not defined in guarantee '"
              + g.id()
              + "'; defined: "
              + g.severities().keySet().stream().sorted().collect(Collectors.joining(", ")));
    }
    return severity;
  }
}

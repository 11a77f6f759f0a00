package dev.pledge.server.record;

import static org.springframework.http.HttpStatus.CREATED;

import dev.pledge.server.record.Requests.CommentRequest;
import dev.pledge.server.record.Requests.SeverityRequest;
import dev.pledge.server.record.Views.NoteView;
import dev.pledge.server.system.Caller;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.Optional;
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
 * severity_changed} events by {@link TicketNotes}, which the portal's ticket page uses too.
 */
@RestController
@RequestMapping("/api/tickets/{ticket}")
class TicketNoteController {

  private final TicketNotes notes;
  private final Writes writes;

  TicketNoteController(TicketNotes notes, Writes writes) {
    this.notes = notes;
    this.writes = writes;
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
        () -> notes.comment(ticket, r, caller));
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
        () -> notes.severity(ticket, r, caller));
  }
}

package dev.pledge.server.notice;

import dev.pledge.server.audit.Audit;
import dev.pledge.server.system.Caller;
import dev.pledge.server.system.Idempotency;
import dev.pledge.server.system.StoredAnswer;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * An organisation's recipients of notices. A customer sees and changes only its own; the provider's
 * managers, any organisation's. A webhook's secret is never shown again after it is given.
 */
@RestController
@RequestMapping("/api/organisations/{organisation}/recipients")
class RecipientController {

  private final Recipients recipients;
  private final Idempotency idempotency;
  private final JsonMapper json;
  private final Audit audit;

  RecipientController(
      Recipients recipients, Idempotency idempotency, JsonMapper json, Audit audit) {
    this.recipients = recipients;
    this.idempotency = idempotency;
    this.json = json;
    this.audit = audit;
  }

  record RecipientView(
      String id,
      String organisation,
      String channel,
      String address,
      String locale,
      String zone,
      String calendar,
      boolean warnings,
      boolean breaches,
      int escalationMinutes,
      Instant createdAt) {
    static RecipientView of(Recipient r) {
      return new RecipientView(
          r.id(),
          r.organisation(),
          r.channel(),
          r.address(),
          r.locale(),
          r.zone(),
          r.calendarYaml(),
          r.warnings(),
          r.breaches(),
          r.escalationMinutes(),
          r.createdAt());
    }
  }

  @GetMapping
  @Transactional(readOnly = true)
  List<RecipientView> list(
      @AuthenticationPrincipal Caller caller, @PathVariable String organisation) {
    return recipients.of(organisation, caller).stream().map(RecipientView::of).toList();
  }

  @PostMapping
  @ApiResponse(
      responseCode = "201",
      description = "The recipient, added (never a webhook's secret)",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = RecipientView.class)))
  ResponseEntity<String> add(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String organisation,
      @RequestHeader(name = "Idempotency-Key", required = false) Optional<String> key,
      @RequestBody RecipientRequest request) {
    String fingerprint =
        "POST /api/organisations/"
            + organisation
            + "/recipients\n"
            + json.writeValueAsString(request);
    return idempotency
        .once(
            caller.idempotencyScope(),
            key,
            fingerprint,
            () -> {
              // The view has no secret: the log never holds a webhook's signing secret.
              RecipientView added = RecipientView.of(recipients.add(organisation, request, caller));
              audit.record(
                  caller, organisation, "recipient.add", "recipient", added.id(), null, added);
              return new StoredAnswer(201, json.writeValueAsString(added));
            })
        .toResponse();
  }

  /** Answers the removed recipient; a retry with the same {@code Idempotency-Key} gets it again. */
  @DeleteMapping("/{id}")
  @ApiResponse(
      responseCode = "200",
      description = "The recipient, removed",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = RecipientView.class)))
  ResponseEntity<String> remove(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String organisation,
      @PathVariable String id,
      @RequestHeader(name = "Idempotency-Key", required = false) Optional<String> key) {
    return idempotency
        .once(
            caller.idempotencyScope(),
            key,
            "DELETE /api/organisations/" + organisation + "/recipients/" + id,
            () -> {
              RecipientView removed = RecipientView.of(recipients.remove(organisation, id, caller));
              audit.record(
                  caller, organisation, "recipient.remove", "recipient", id, removed, null);
              return new StoredAnswer(200, json.writeValueAsString(removed));
            })
        .toResponse();
  }
}

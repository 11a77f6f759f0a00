package dev.pledge.server.breach;

import dev.pledge.server.system.Caller;
import dev.pledge.server.system.Idempotency;
import dev.pledge.server.system.StoredAnswer;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Breach cases: a customer reads its own; the provider's roles read all and work them (PATCH, once
 * per {@code Idempotency-Key}, committed before the answer).
 */
@RestController
@RequestMapping("/api/breach-cases")
class BreachCaseController {

  private final BreachCases cases;
  private final Idempotency idempotency;
  private final JsonMapper json;

  BreachCaseController(BreachCases cases, Idempotency idempotency, JsonMapper json) {
    this.cases = cases;
    this.idempotency = idempotency;
    this.json = json;
  }

  @GetMapping
  List<BreachCase> list(
      @AuthenticationPrincipal Caller caller, @RequestParam(required = false) String status) {
    return cases.list(caller, status);
  }

  @GetMapping("/{id}")
  BreachCase get(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
    return cases.get(id, caller);
  }

  @PatchMapping("/{id}")
  @ApiResponse(
      responseCode = "200",
      description = "The breach case, as updated",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = BreachCase.class)))
  ResponseEntity<String> update(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @RequestHeader(name = "Idempotency-Key", required = false) Optional<String> key,
      @RequestBody BreachCaseRequest request) {
    String fingerprint = "PATCH /api/breach-cases/" + id + "\n" + json.writeValueAsString(request);
    return idempotency
        .once(
            caller.idempotencyScope(),
            key,
            fingerprint,
            () -> new StoredAnswer(200, json.writeValueAsString(cases.update(id, request, caller))))
        .toResponse();
  }
}

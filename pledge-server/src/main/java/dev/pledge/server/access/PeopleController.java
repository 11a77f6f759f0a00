package dev.pledge.server.access;

import dev.pledge.server.system.ApiException;
import dev.pledge.server.system.Caller;
import dev.pledge.server.system.Idempotency;
import dev.pledge.server.system.StoredAnswer;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Administrators add people who sign in to the web UI. The administrator sets the first password
 * and tells the person; the answer never holds it, nor does the stored answer a retry replays.
 */
@RestController
@RequestMapping("/api/people")
class PeopleController {

  private final People people;
  private final Idempotency idempotency;
  private final JsonMapper json;

  PeopleController(People people, Idempotency idempotency, JsonMapper json) {
    this.people = people;
    this.idempotency = idempotency;
    this.json = json;
  }

  record PersonRequest(
      String email,
      String displayName,
      String organisation,
      String role,
      String locale,
      String password) {}

  @PostMapping
  @ApiResponse(
      responseCode = "201",
      description = "The person, added (never the password)",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = People.Person.class)))
  ResponseEntity<String> create(
      @AuthenticationPrincipal Caller caller,
      @RequestHeader(name = "Idempotency-Key", required = false) Optional<String> key,
      @RequestBody PersonRequest r) {
    // The fingerprint holds the password's hash, never the password.
    String fingerprint =
        "POST /api/people\n"
            + json.writeValueAsString(
                new PersonRequest(
                    r.email(),
                    r.displayName(),
                    r.organisation(),
                    r.role(),
                    r.locale(),
                    r.password() == null ? null : Idempotency.sha256(r.password())));
    return idempotency
        .once(caller.idempotencyScope(), key, fingerprint, () -> created(r, caller))
        .toResponse();
  }

  record DisabledRequest(Boolean disabled) {}

  /** Disables a person at once (sign-in refused, open sessions ended), or enables them again. */
  @PatchMapping("/{id}")
  People.Person setDisabled(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @RequestBody DisabledRequest r) {
    if (r.disabled() == null) {
      throw ApiException.badInput("disabled", "disabled is missing; write true or false");
    }
    return people.setDisabled(id, r.disabled(), caller);
  }

  private StoredAnswer created(PersonRequest r, Caller caller) {
    People.Person person =
        people.create(
            r.email(),
            r.displayName(),
            TokenController.blankToNull(r.organisation()),
            TokenController.roleOf(r.role()),
            r.locale(),
            r.password(),
            caller);
    return new StoredAnswer(HttpStatus.CREATED.value(), json.writeValueAsString(person));
  }
}

package dev.pledge.server.access;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import dev.pledge.server.system.ApiException;
import dev.pledge.server.system.Caller;
import dev.pledge.server.system.Instants;
import dev.pledge.server.system.Role;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Administrators issue and revoke tokens; the plain token is in the answer and nowhere else. */
@RestController
@RequestMapping("/api/tokens")
class TokenController {

  private final ApiTokens tokens;

  TokenController(ApiTokens tokens) {
    this.tokens = tokens;
  }

  record TokenRequest(
      String organisation,
      @Schema(requiredMode = REQUIRED) String role,
      @Schema(requiredMode = REQUIRED) String name,
      String expiresAt) {}

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  ApiTokens.Issued issue(
      @AuthenticationPrincipal Caller caller, @RequestBody TokenRequest request) {
    return tokens.issue(
        blankToNull(request.organisation()),
        roleOf(request.role()),
        request.name(),
        request.expiresAt() == null ? null : Instants.parse("expires_at", request.expiresAt()),
        caller);
  }

  /** 204 once revoked (again, if it was); 404 for a token the caller may not revoke. */
  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void revoke(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
    tokens.revoke(id, caller);
  }

  static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  static Role roleOf(String text) {
    String known = Arrays.stream(Role.values()).map(Role::name).collect(Collectors.joining(", "));
    if (text == null || text.isBlank()) {
      throw ApiException.badInput("role", "role is missing; write one of " + known);
    }
    try {
      return Role.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiException.badInput(
          "role", "role '" + text + "' is not a role; write one of " + known);
    }
  }
}

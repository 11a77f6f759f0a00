package dev.pledge.server.access;

import dev.pledge.server.system.ApiException;
import dev.pledge.server.system.Role;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Administrators issue tokens; the plain token is in this answer and nowhere else. */
@RestController
@RequestMapping("/api/tokens")
class TokenController {

  private final ApiTokens tokens;

  TokenController(ApiTokens tokens) {
    this.tokens = tokens;
  }

  record TokenRequest(String organisation, String role, String name) {}

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  ApiTokens.Issued issue(@RequestBody TokenRequest request) {
    String organisation =
        request.organisation() == null || request.organisation().isBlank()
            ? null
            : request.organisation().strip();
    return tokens.issue(organisation, roleOf(request.role()), request.name());
  }

  private static Role roleOf(String text) {
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

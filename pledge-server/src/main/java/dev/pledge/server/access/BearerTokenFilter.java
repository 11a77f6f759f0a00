package dev.pledge.server.access;

import dev.pledge.server.system.Caller;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads {@code Authorization: Bearer <token>} and, if the token is one we issued, makes its holder
 * the request's {@link Caller}. Without a known, live token the request stays anonymous, and the
 * rules in {@link SecurityConfiguration} answer 401.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

  /** Request attribute telling the 401 answer why: no token, an unknown, expired or revoked one. */
  static final String REFUSED = BearerTokenFilter.class.getName() + ".refused";

  private static final String BEARER = "Bearer ";

  private final ApiTokens tokens;

  BearerTokenFilter(ApiTokens tokens) {
    this.tokens = tokens;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      request.setAttribute(
          REFUSED, "send an API token as 'Authorization: Bearer <token>' (README, Server)");
    } else {
      ApiTokens.Check check = tokens.check(header.substring(BEARER.length()).strip());
      Optional<Caller> caller = check.caller();
      if (caller.isPresent()) {
        SecurityContextHolder.getContext()
            .setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(
                    caller.get(),
                    null,
                    List.of(new SimpleGrantedAuthority("ROLE_" + caller.get().role().name()))));
      } else {
        request.setAttribute(REFUSED, check.refusal());
      }
    }
    chain.doFilter(request, response);
  }
}

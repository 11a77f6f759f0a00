package dev.pledge.server.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the session of a person disabled since they signed in, at their next request: a session
 * holds who signed in, not whether they still may, so this asks the database every time.
 */
final class DisabledPeopleFilter extends OncePerRequestFilter {

  private final People people;

  DisabledPeopleFilter(People people) {
    this.people = people;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null
        && auth.getPrincipal() instanceof SignedInPerson person
        && people.disabledNow(person.getUsername())) {
      HttpSession session = request.getSession(false);
      if (session != null) {
        session.invalidate();
      }
      SecurityContextHolder.clearContext();
      response.sendRedirect(request.getContextPath() + "/login?error");
      return;
    }
    chain.doFilter(request, response);
  }
}

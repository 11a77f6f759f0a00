package dev.pledge.server.access;

import java.time.Instant;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a person's email address and password, unless the name or the client address is being
 * throttled ({@link SignInThrottle}); counts each failure, whatever its reason.
 */
final class ThrottledSignIn implements AuthenticationProvider {

  /** Refused without checking the password: too many recent failures. */
  static final class Throttled extends AuthenticationException {
    private final Instant retryAfter;

    Throttled(Instant retryAfter) {
      super("too many failed sign-ins; try again after " + retryAfter);
      this.retryAfter = retryAfter;
    }

    Instant retryAfter() {
      return retryAfter;
    }
  }

  private final DaoAuthenticationProvider passwords;
  private final SignInThrottle throttle;

  ThrottledSignIn(People people, SignInThrottle throttle) {
    this.passwords = new DaoAuthenticationProvider(people);
    passwords.setPasswordEncoder(People.PASSWORDS);
    passwords.setUserDetailsPasswordService(people);
    this.throttle = throttle;
  }

  @Override
  public Authentication authenticate(Authentication attempt) {
    String login = People.normalise(attempt.getName());
    String address = addressOf(attempt);
    Optional<Instant> refused = throttle.refusedUntil(login, address);
    if (refused.isPresent()) {
      throw new Throttled(refused.get());
    }
    try {
      Authentication signedIn = passwords.authenticate(attempt);
      throttle.succeeded(login);
      return signedIn;
    } catch (AuthenticationException failed) {
      throttle.failed(login, address);
      throw failed;
    }
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }

  private static String addressOf(Authentication attempt) {
    return attempt.getDetails() instanceof WebAuthenticationDetails web
        ? web.getRemoteAddress()
        : "unknown";
  }
}

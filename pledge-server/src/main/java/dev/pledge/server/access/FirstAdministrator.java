package dev.pledge.server.access;

import dev.pledge.server.system.Role;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * On the first start, when no token exists, issues an administrator token, and when no person
 * exists, adds an administrator who signs in to the web UI with a random password; both are logged
 * once: the only way in to a new server. Only hashes are stored, so neither can be shown again. It
 * runs before the demo data ({@code @Order(100)}), whose people would otherwise leave a new server
 * with no administrator to sign in as.
 */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);

  private final ApiTokens tokens;
  private final People people;
  private final Environment environment;
  private final String email;
  private final SecureRandom random = new SecureRandom();

  FirstAdministrator(
      ApiTokens tokens,
      People people,
      Environment environment,
      @Value("${pledge.first-administrator.email:admin@localhost}") String email) {
    this.tokens = tokens;
    this.people = people;
    this.environment = environment;
    this.email = email;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (tokens.none()) {
      ApiTokens.Issued admin = tokens.issue(null, Role.ADMINISTRATOR, "first administrator");
      LOG.warn("Pledge administrator API token (shown once): {}", admin.token());
    }
    if (people.none()) {
      String password = password();
      people.create(email, "Administrator", null, Role.ADMINISTRATOR, "en", password);
      LOG.warn(
          "Pledge administrator sign-in (shown once): {} as {} with password {}",
          "http://localhost:" + environment.getProperty("local.server.port", "8080") + "/login",
          email,
          password);
    }
  }

  /** 18 random bytes as 24 URL-safe characters: 144 bits, well within bcrypt's 72 bytes. */
  private String password() {
    byte[] secret = new byte[18];
    random.nextBytes(secret);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
  }
}

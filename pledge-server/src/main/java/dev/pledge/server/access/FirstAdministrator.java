package dev.pledge.server.access;

import dev.pledge.server.system.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * On the first start, when no token exists, issues an administrator token and logs it once: the
 * only way in to a new server. Only its hash is stored, so a lost one cannot be shown again.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);

  private final ApiTokens tokens;

  FirstAdministrator(ApiTokens tokens) {
    this.tokens = tokens;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (tokens.none()) {
      ApiTokens.Issued admin = tokens.issue(null, Role.ADMINISTRATOR, "first administrator");
      LOG.warn("Pledge administrator API token (shown once): {}", admin.token());
    }
  }
}

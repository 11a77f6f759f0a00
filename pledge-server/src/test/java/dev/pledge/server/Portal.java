package dev.pledge.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pledge.server.access.People;
import dev.pledge.server.system.Role;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The web UI as the portal's tests use it: people who sign in, and what the audit log kept. */
final class Portal {

  private static final String PASSWORD = "a portal person's password";

  private final int port;
  private final People people;
  private final JdbcClient db;

  Portal(int port, People people, JdbcClient db) {
    this.port = port;
    this.people = people;
    this.db = db;
  }

  /** A new person of the role (at the organisation, or the provider's with null); the email. */
  String person(Role role, String organisation) {
    return person(role, organisation, "en");
  }

  /** A new person of the role who reads the pages in the language ({@code en}, {@code zh-CN}). */
  String person(Role role, String organisation, String language) {
    String email = "p-" + UUID.randomUUID() + "@example.com";
    people.create(email, "Ann", organisation, role, language, PASSWORD);
    return email;
  }

  /** A browser session the person has signed in to; it lands on the tickets. */
  WebSession signedIn(String email) {
    WebSession browser = new WebSession(port);
    assertThat(browser.signIn(email, PASSWORD).location()).endsWith("/tickets");
    return browser;
  }

  /** How many audit entries of the action concern the target. */
  int audited(String action, String target) {
    return db.sql("select count(*) from audit_entry where action = :a and target_id = :t")
        .param("a", action)
        .param("t", target)
        .query(Integer.class)
        .single();
  }
}

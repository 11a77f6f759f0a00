package dev.pledge.server.access;

import dev.pledge.server.system.ApiException;
import dev.pledge.server.system.Caller;
import dev.pledge.server.system.Idempotency;
import dev.pledge.server.system.Role;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens: issued once in plain text, kept only as their SHA-256. A token is 32 random bytes, so
 * an unsalted fast hash is safe here (there is no dictionary to try); people's passwords, when they
 * come, need a slow salted hash instead.
 */
@Repository
public class ApiTokens {

  private static final String PREFIX = "plg_";

  private final JdbcClient db;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  ApiTokens(JdbcClient db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** A token as issued: the plain text exists only in this answer. */
  public record Issued(
      String id, String organisation, Role role, String name, Instant createdAt, String token) {}

  /**
   * Issues a token for an organisation and role.
   *
   * @param organisation a customer organisation for {@link Role#CUSTOMER_USER}; for the other roles
   *     a known organisation or {@code null}
   * @throws ApiException naming the field when the organisation or name cannot be used
   */
  @Transactional
  public Issued issue(String organisation, Role role, String name) {
    if (name == null || name.isBlank()) {
      throw ApiException.badInput("name", "name is missing; say whose token this is");
    }
    Optional<String> kind = organisation == null ? Optional.empty() : kindOf(organisation);
    if (organisation != null && kind.isEmpty()) {
      throw ApiException.badInput(
          "organisation",
          "organisation '" + organisation + "' is not known; upload a guarantee that names it");
    }
    if (role == Role.CUSTOMER_USER && !kind.equals(Optional.of("customer"))) {
      throw ApiException.badInput(
          "organisation",
          "a CUSTOMER_USER token needs a customer organisation; '" + organisation + "' is not one");
    }
    byte[] secret = new byte[32];
    random.nextBytes(secret);
    String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    Issued issued =
        new Issued(
            UUID.randomUUID().toString(), organisation, role, name.strip(), clock.instant(), token);
    db.sql(
            """
            insert into api_token (id, organisation_id, role, token_hash, name, created_at)
            values (:id, :organisation, :role, :hash, :name, :createdAt)
            """)
        .param("id", issued.id())
        .param("organisation", organisation)
        .param("role", role.name())
        .param("hash", Idempotency.sha256(token))
        .param("name", issued.name())
        .param("createdAt", issued.createdAt().atOffset(java.time.ZoneOffset.UTC))
        .update();
    return issued;
  }

  /** Who holds this token, if it is one we issued. */
  Optional<Caller> caller(String token) {
    return db.sql(
            """
            select t.id, t.role, t.organisation_id, o.kind
            from api_token t left join organisation o on o.id = t.organisation_id
            where t.token_hash = :hash
            """)
        .param("hash", Idempotency.sha256(token))
        .query(
            (rs, n) -> {
              Role role = Role.valueOf(rs.getString("role"));
              String organisation = rs.getString("organisation_id");
              boolean customer =
                  role == Role.CUSTOMER_USER
                      || (role == Role.API_CLIENT && "customer".equals(rs.getString("kind")));
              return new Caller(rs.getString("id"), role, organisation, customer);
            })
        .optional();
  }

  boolean none() {
    return db.sql("select count(*) from api_token").query(Integer.class).single() == 0;
  }

  private Optional<String> kindOf(String organisation) {
    return db.sql("select kind from organisation where id = :id")
        .param("id", organisation)
        .query(String.class)
        .optional()
        .map(k -> k.toLowerCase(Locale.ROOT));
  }
}

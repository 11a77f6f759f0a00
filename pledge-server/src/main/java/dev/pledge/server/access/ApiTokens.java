package dev.pledge.server.access;

import dev.pledge.server.audit.Audit;
import dev.pledge.server.system.AfterCommit;
import dev.pledge.server.system.ApiException;
import dev.pledge.server.system.Caller;
import dev.pledge.server.system.Idempotency;
import dev.pledge.server.system.Instants;
import dev.pledge.server.system.Role;
import dev.pledge.server.system.Texts;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens: issued once in plain text, kept only as their SHA-256. A token is 32 random bytes, so
 * an unsalted fast hash is safe here (there is no dictionary to try); people's passwords get a slow
 * salted hash instead ({@link People}).
 */
@Repository
public class ApiTokens {

  private static final String PREFIX = "plg_";

  private final JdbcClient db;
  private final Clock clock;
  private final Memberships memberships;
  private final Audit audit;
  private final SecureRandom random = new SecureRandom();
  private final AcceptedTokens accepted;

  ApiTokens(
      JdbcClient db,
      Clock clock,
      Memberships memberships,
      Audit audit,
      @Value("${pledge.api.token-cache:1s}") Duration tokenCache) {
    this.db = db;
    this.clock = clock;
    this.memberships = memberships;
    this.audit = audit;
    this.accepted = new AcceptedTokens(tokenCache);
  }

  /** A token as issued: the plain text exists only in this answer. */
  public record Issued(
      String id,
      String organisation,
      Role role,
      String name,
      Instant createdAt,
      Instant expiresAt,
      String token) {

    /** What the audit log keeps of a token: everything but the token. */
    TokenView withoutToken() {
      return new TokenView(id, organisation, role, name, createdAt, expiresAt, null);
    }
  }

  /** A token as the audit log shows it: never its text nor its hash. */
  record TokenView(
      String id,
      String organisation,
      Role role,
      String name,
      Instant createdAt,
      Instant expiresAt,
      Instant revokedAt) {}

  /** Issues a token that does not expire, on the server's own account (logged as by system). */
  @Transactional
  public Issued issue(String organisation, Role role, String name) {
    return issue(organisation, role, name, null, null);
  }

  /**
   * Issues a token for an organisation and role.
   *
   * @param organisation a customer organisation for {@link Role#CUSTOMER_USER}; for the other roles
   *     a known organisation, or {@code null} for the provider's (when one is known)
   * @param expiresAt when the token stops working, or {@code null} for never
   * @param issuer the administrator issuing it, or {@code null} for the server itself
   * @throws ApiException naming the field when the organisation, name or expiry cannot be used
   */
  @Transactional
  public Issued issue(
      String organisation, Role role, String name, Instant expiresAt, Caller issuer) {
    if (name == null || name.isBlank()) {
      throw ApiException.badInput("name", "name is missing; say whose token this is");
    }
    Texts.fits("name", name.strip(), 200);
    Instant now = clock.instant();
    if (expiresAt != null && !expiresAt.isAfter(now)) {
      throw ApiException.badInput(
          "expires_at", "expires_at " + expiresAt + " has passed; give an instant in the future");
    }
    String bound = memberships.bind(organisation, role);
    byte[] secret = new byte[32];
    random.nextBytes(secret);
    String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    Issued issued =
        new Issued(UUID.randomUUID().toString(), bound, role, name.strip(), now, expiresAt, token);
    db.sql(
            """
            insert into api_token
              (id, organisation_id, role, token_hash, name, created_at, expires_at)
            values (:id, :organisation, :role, :hash, :name, :createdAt, :expiresAt)
            """)
        .param("id", issued.id())
        .param("organisation", bound)
        .param("role", role.name())
        .param("hash", Idempotency.sha256(token))
        .param("name", issued.name())
        .param("createdAt", Instants.utc(now))
        .param("expiresAt", expiresAt == null ? null : Instants.utc(expiresAt))
        .update();
    TokenView logged = issued.withoutToken();
    if (issuer == null) {
      audit.recordBySystem(bound, "token.issue", "token", issued.id(), null, logged);
    } else {
      audit.record(issuer, bound, "token.issue", "token", issued.id(), null, logged);
    }
    return issued;
  }

  /** Who holds a token, or why it is refused. */
  record Check(Optional<Caller> caller, String refusal) {}

  /**
   * Who holds this token, if it is one we issued that has neither expired nor been revoked. A token
   * accepted within the last {@code pledge.api.token-cache} is not looked up again ({@link
   * AcceptedTokens}).
   */
  Check check(String token) {
    String hash = Idempotency.sha256(token);
    Instant now = clock.instant();
    Optional<Caller> known = accepted.find(hash, now);
    if (known.isPresent()) {
      return new Check(known, null);
    }
    return db.sql(
            """
            select t.id, t.role, t.organisation_id, t.expires_at, t.revoked_at, o.kind
            from api_token t left join organisation o on o.id = t.organisation_id
            where t.token_hash = :hash
            """)
        .param("hash", hash)
        .query(
            (rs, n) -> {
              Instant revoked = instant(rs.getObject("revoked_at", OffsetDateTime.class));
              Instant expires = instant(rs.getObject("expires_at", OffsetDateTime.class));
              if (revoked != null) {
                return refused("the API token was revoked at " + revoked + "; ask for a new one");
              }
              if (expires != null && !now.isBefore(expires)) {
                return refused("the API token expired at " + expires + "; ask for a new one");
              }
              Role role = Role.valueOf(rs.getString("role"));
              boolean customer =
                  role == Role.CUSTOMER_USER
                      || (role == Role.API_CLIENT && "customer".equals(rs.getString("kind")));
              Caller caller =
                  new Caller(rs.getString("id"), role, rs.getString("organisation_id"), customer);
              accepted.accepted(hash, caller, expires);
              return new Check(Optional.of(caller), null);
            })
        .optional()
        .orElseGet(() -> refused("the API token is not known; ask an administrator for one"));
  }

  /**
   * Revokes a token: from now on it answers 401. An administrator bound to the provider (or to no
   * organisation) revokes any token; one bound to another organisation only that organisation's.
   * Revoking a revoked token changes nothing.
   *
   * @throws ApiException 404 when there is no such token the caller may revoke
   */
  @Transactional
  public void revoke(String id, Caller administrator) {
    TokenView before =
        view(id)
            .filter(t -> mayRevoke(administrator, t.organisation()))
            .orElseThrow(() -> ApiException.notFound("no API token '" + id + "' exists"));
    int revoked =
        db.sql("update api_token set revoked_at = :now where id = :id and revoked_at is null")
            .param("now", Instants.utc(clock.instant()))
            .param("id", id)
            .update();
    if (revoked > 0) {
      // Once committed: forgotten earlier, a request meanwhile could find it live and keep it.
      AfterCommit.run(() -> accepted.revoked(id));
      audit.record(
          administrator,
          before.organisation(),
          "token.revoke",
          "token",
          id,
          before,
          view(id).orElseThrow());
    }
  }

  private Optional<TokenView> view(String id) {
    return db.sql(
            """
            select id, organisation_id, role, name, created_at, expires_at, revoked_at
            from api_token where id = :id
            """)
        .param("id", id)
        .query(
            (rs, n) ->
                new TokenView(
                    rs.getString("id"),
                    rs.getString("organisation_id"),
                    Role.valueOf(rs.getString("role")),
                    rs.getString("name"),
                    instant(rs.getObject("created_at", OffsetDateTime.class)),
                    instant(rs.getObject("expires_at", OffsetDateTime.class)),
                    instant(rs.getObject("revoked_at", OffsetDateTime.class))))
        .optional();
  }

  private boolean mayRevoke(Caller administrator, String tokenOrganisation) {
    return memberships.providerSide(administrator.organisation())
        || administrator.organisation().equals(tokenOrganisation);
  }

  boolean none() {
    return db.sql("select count(*) from api_token").query(Integer.class).single() == 0;
  }

  private static Check refused(String why) {
    return new Check(Optional.empty(), why);
  }

  private static Instant instant(OffsetDateTime at) {
    return at == null ? null : at.toInstant();
  }
}

package dev.pledge.server.access;

import dev.pledge.server.audit.Audit;
import dev.pledge.server.system.ApiException;
import dev.pledge.server.system.Caller;
import dev.pledge.server.system.Instants;
import dev.pledge.server.system.Role;
import dev.pledge.server.system.Texts;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** People who sign in to the web UI, by email address and password. */
@Repository
public class People implements UserDetailsService, UserDetailsPasswordService {

  /**
   * bcrypt at cost 12 (2^12 rounds, about a quarter of a second a hash here): OWASP's password
   * storage cheat sheet asks for bcrypt with a work factor of at least 10 when Argon2id and scrypt
   * are not at hand, and Spring Security has bcrypt built in without another library (its Argon2
   * needs Bouncy Castle). bcrypt resists GPUs better than PBKDF2 at a bearable cost. Hashes carry
   * their algorithm ({@code {bcrypt}$2a$12$...}); the delegating encoder still reads Spring
   * Security's other built-in formats and re-hashes a weaker one when its owner signs in.
   */
  static final PasswordEncoder PASSWORDS = passwords();

  /** bcrypt reads at most 72 bytes; a longer password would be silently cut. */
  private static final int MAX_PASSWORD_BYTES = 72;

  private static final int MIN_PASSWORD_LENGTH = 12;

  private final JdbcClient db;
  private final Clock clock;
  private final Memberships memberships;
  private final Audit audit;

  People(JdbcClient db, Clock clock, Memberships memberships, Audit audit) {
    this.db = db;
    this.clock = clock;
    this.memberships = memberships;
    this.audit = audit;
  }

  /** A person as the API shows them: never the password or its hash. */
  public record Person(
      String id,
      String email,
      String displayName,
      String organisation,
      Role role,
      String locale,
      Instant createdAt,
      boolean disabled) {}

  /**
   * Adds a person who can sign in at once.
   *
   * @throws ApiException naming the field at fault; 409 when the email address is taken
   */
  @Transactional
  public Person create(
      String email,
      String displayName,
      String organisation,
      Role role,
      String locale,
      String password) {
    return create(email, displayName, organisation, role, locale, password, null);
  }

  /**
   * Adds a person, as {@link #create(String, String, String, Role, String, String)}, logged as
   * created by {@code creator} ({@code null}: by the server itself).
   */
  @Transactional
  public Person create(
      String email,
      String displayName,
      String organisation,
      Role role,
      String locale,
      String password,
      Caller creator) {
    String login = loginName(email);
    String name = Texts.required("display_name", displayName, 200);
    if (role == Role.API_CLIENT) {
      throw ApiException.badInput(
          "role", "API_CLIENT is for systems, not people; issue an API token instead");
    }
    String language = localeOf(locale);
    checkPassword(password);
    String bound = memberships.bind(organisation, role);
    if (find(login).isPresent()) {
      throw ApiException.conflict("email", "a person with email '" + login + "' already exists");
    }
    Person p =
        new Person(
            UUID.randomUUID().toString(),
            login,
            name,
            bound,
            role,
            language,
            clock.instant(),
            false);
    try {
      insert(p, password);
    } catch (DuplicateKeyException raced) {
      throw ApiException.conflict("email", "a person with email '" + login + "' already exists");
    }
    if (creator == null) {
      audit.recordBySystem(bound, "person.create", "person", p.id(), null, p);
    } else {
      audit.record(creator, bound, "person.create", "person", p.id(), null, p);
    }
    return p;
  }

  private void insert(Person p, String password) {
    db.sql(
            """
            insert into person (id, organisation_id, role, email, display_name, locale,
                                password_hash, created_at, disabled)
            values (:id, :organisation, :role, :email, :name, :locale, :hash, :createdAt, false)
            """)
        .param("id", p.id())
        .param("organisation", p.organisation())
        .param("role", p.role().name())
        .param("email", p.email())
        .param("name", p.displayName())
        .param("locale", p.locale())
        .param("hash", PASSWORDS.encode(password))
        .param("createdAt", Instants.utc(p.createdAt()))
        .update();
  }

  @Override
  public UserDetails loadUserByUsername(String email) {
    // The same exception whether or not the address is known; the sign-in page says only
    // "wrong email address or password".
    return find(normalise(email)).orElseThrow(() -> new UsernameNotFoundException("not known"));
  }

  /** Stores a re-hash made with the current algorithm, when a person signs in with an old one. */
  @Override
  public UserDetails updatePassword(UserDetails user, String newHash) {
    db.sql("update person set password_hash = :hash where email = :email")
        .param("hash", newHash)
        .param("email", user.getUsername())
        .update();
    return find(user.getUsername()).orElseThrow();
  }

  /**
   * Changes a signed-in person's password, who proves it is them with the current one.
   *
   * @throws ApiException naming {@code current_password} if it does not match, or {@code
   *     new_password} if the new one is too short or too long
   */
  @Transactional
  public void changePassword(String email, String current, String next, Caller caller) {
    SignedInPerson person = find(normalise(email)).orElseThrow();
    if (current == null || !PASSWORDS.matches(current, person.getPassword())) {
      throw ApiException.badInput("current_password", "the current password does not match");
    }
    try {
      checkPassword(next);
    } catch (ApiException e) {
      throw ApiException.badInput(
          "new_password", e.getMessage().replace("password", "new password"));
    }
    db.sql("update person set password_hash = :hash where email = :email")
        .param("hash", PASSWORDS.encode(next))
        .param("email", person.getUsername())
        .update();
    // Before and after say only that it changed: hashes never reach the log.
    audit.record(
        caller,
        person.getCaller().organisation(),
        "person.password",
        "person",
        person.id(),
        null,
        Map.of("password_changed", true));
  }

  /**
   * Disables a person, who can no longer sign in and whose open sessions end at their next request,
   * or enables them again. An administrator of the provider may do so for anyone, one of a customer
   * for that customer's people only; anyone else's id is answered as unknown.
   */
  @Transactional
  public Person setDisabled(String id, boolean disabled, Caller administrator) {
    Person before =
        person(id)
            .filter(
                p ->
                    memberships.providerSide(administrator.organisation())
                        || administrator.organisation().equals(p.organisation()))
            .orElseThrow(() -> ApiException.notFound("no person '" + id + "' exists"));
    if (before.disabled() == disabled) {
      return before;
    }
    db.sql("update person set disabled = :disabled where id = :id")
        .param("disabled", disabled)
        .param("id", id)
        .update();
    Person after = person(id).orElseThrow();
    audit.record(
        administrator,
        after.organisation(),
        disabled ? "person.disable" : "person.enable",
        "person",
        id,
        before,
        after);
    return after;
  }

  /** Whether the person signed in as {@code email} has been disabled (or removed) since. */
  boolean disabledNow(String email) {
    return find(email).map(p -> !p.isEnabled()).orElse(true);
  }

  private Optional<Person> person(String id) {
    return db.sql(
            """
            select id, email, display_name, organisation_id, role, locale, created_at, disabled
            from person where id = :id
            """)
        .param("id", id)
        .query(
            (rs, n) ->
                new Person(
                    rs.getString("id"),
                    rs.getString("email"),
                    rs.getString("display_name"),
                    rs.getString("organisation_id"),
                    Role.valueOf(rs.getString("role")),
                    rs.getString("locale"),
                    rs.getObject("created_at", java.time.OffsetDateTime.class).toInstant(),
                    rs.getBoolean("disabled")))
        .optional();
  }

  boolean none() {
    return db.sql("select count(*) from person").query(Integer.class).single() == 0;
  }

  private Optional<SignedInPerson> find(String email) {
    return db.sql(
            """
            select id, email, display_name, locale, role, organisation_id, disabled, password_hash
            from person where email = :email
            """)
        .param("email", email)
        .query(People::signedIn)
        .optional();
  }

  private static SignedInPerson signedIn(ResultSet rs, int n) throws SQLException {
    return new SignedInPerson(
        rs.getString("id"),
        rs.getString("email"),
        rs.getString("display_name"),
        rs.getString("locale"),
        Role.valueOf(rs.getString("role")),
        rs.getString("organisation_id"),
        rs.getBoolean("disabled"),
        rs.getString("password_hash"));
  }

  /** Login names are email addresses, compared without case or surrounding blanks. */
  static String normalise(String email) {
    return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
  }

  private static String loginName(String email) {
    String login = normalise(email);
    int at = login.indexOf('@');
    if (at < 1 || at == login.length() - 1 || login.contains(" ") || login.length() > 320) {
      throw ApiException.badInput(
          "email", "email '" + email + "' is not an email address; write e.g. ann@example.com");
    }
    return login;
  }

  private static String localeOf(String text) {
    if (text == null || text.isBlank()) {
      return "en";
    }
    String tag = Locale.forLanguageTag(text.strip().replace('_', '-')).toLanguageTag();
    if (!tag.equals("zh-CN") && !tag.equals("en")) {
      throw ApiException.badInput(
          "locale", "locale '" + text + "' is not offered; write zh-CN or en");
    }
    return tag;
  }

  private static void checkPassword(String password) {
    if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
      throw ApiException.badInput(
          "password", "password needs at least " + MIN_PASSWORD_LENGTH + " characters");
    }
    if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
      throw ApiException.badInput(
          "password", "password is longer than " + MAX_PASSWORD_BYTES + " bytes; shorten it");
    }
  }

  private static PasswordEncoder passwords() {
    // New hashes are bcrypt at cost 12; a bcrypt hash of a lower cost, or a PBKDF2 one in Spring
    // Security's format, is still read and is re-hashed when its owner signs in.
    return new DelegatingPasswordEncoder(
        "bcrypt",
        Map.of(
            "bcrypt",
            new BCryptPasswordEncoder(12),
            "pbkdf2@SpringSecurity_v5_8",
            Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
  }
}

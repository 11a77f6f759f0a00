package dev.pledge.server.notice;

import dev.pledge.calendar.CalendarFile;
import dev.pledge.calendar.NamedCalendar;
import dev.pledge.server.system.ApiException;
import dev.pledge.server.system.Caller;
import dev.pledge.server.system.Instants;
import dev.pledge.server.system.InvalidDefinitionInput;
import dev.pledge.yaml.InvalidDefinitionException;
import dev.pledge.yaml.Problem;
import dev.pledge.yaml.YamlNode;
import dev.pledge.yaml.YamlReader;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each organisation's recipients of notices. */
@Repository
class Recipients {

  static final List<String> LOCALES = List.of("en", "zh-CN");

  private static final int MAX_LOCAL_PART = 64;
  private static final int MAX_EMAIL = 254;

  private static final String COLUMNS =
      """
      id, organisation_id, channel, address, locale, zone, calendar_yaml, secret, warnings,
      breaches, escalation_minutes, created_at
      """;

  private final JdbcClient db;
  private final Clock clock;
  private final boolean privateWebhooks;

  Recipients(JdbcClient db, Clock clock, NoticeSettings settings) {
    this.db = db;
    this.clock = clock;
    this.privateWebhooks = settings.webhookPrivateAddresses();
  }

  /** The organisation's recipients; another customer's organisation answers 404, like none. */
  List<Recipient> of(String organisation, Caller caller) {
    visible(organisation, caller);
    return of(organisation);
  }

  List<Recipient> of(String organisation) {
    return db.sql(
            "select "
                + COLUMNS
                + " from notice_recipient where organisation_id = :o order by created_at, id")
        .param("o", organisation)
        .query(Recipients::row)
        .list();
  }

  Optional<Recipient> find(String id) {
    return db.sql("select " + COLUMNS + " from notice_recipient where id = :id")
        .param("id", id)
        .query(Recipients::row)
        .optional();
  }

  /** Checks the request whole, naming the field at fault, and stores it. */
  Recipient add(String organisation, RecipientRequest r, Caller caller) {
    visible(organisation, caller);
    String channel = required("channel", r.channel());
    String address = required("address", r.address());
    String secret = null;
    switch (channel) {
      case "email" -> checkEmail(address);
      case "webhook" -> {
        checkUrl(address);
        secret = required("secret", r.secret());
        if (secret.length() < 16) {
          throw ApiException.badInput(
              "secret", "secret is too short to sign with; use at least 16 random characters");
        }
      }
      default ->
          throw ApiException.badInput(
              "channel", "channel '" + channel + "' is not known; write email or webhook");
    }
    String locale = r.locale() == null ? "en" : r.locale().strip();
    if (!LOCALES.contains(locale)) {
      throw ApiException.badInput(
          "locale", "locale '" + locale + "' is not offered; write en or zh-CN");
    }
    String calendar = r.calendar() == null || r.calendar().isBlank() ? null : r.calendar();
    String zone = zone(r.zone());
    if (calendar != null) {
      zone = calendarZone(calendar);
    }
    unused(organisation, channel, address);
    int escalation = r.escalationMinutes() == null ? 0 : r.escalationMinutes();
    if (escalation < 0) {
      throw ApiException.badInput(
          "escalation_minutes", "escalation_minutes must be 0 (at once) or a positive number");
    }
    Recipient recipient =
        new Recipient(
            UUID.randomUUID().toString(),
            organisation,
            channel,
            address,
            locale,
            zone,
            calendar,
            secret,
            r.warnings() == null || r.warnings(),
            r.breaches() == null || r.breaches(),
            escalation,
            clock.instant());
    db.sql(
            """
            insert into notice_recipient (id, organisation_id, channel, address, locale, zone,
                calendar_yaml, secret, warnings, breaches, escalation_minutes, created_at)
            values (:id, :organisation, :channel, :address, :locale, :zone, :calendar, :secret,
                :warnings, :breaches, :escalation, :createdAt)
            """)
        .param("id", recipient.id())
        .param("organisation", organisation)
        .param("channel", channel)
        .param("address", address)
        .param("locale", locale)
        .param("zone", zone)
        .param("calendar", calendar)
        .param("secret", secret)
        .param("warnings", recipient.warnings())
        .param("breaches", recipient.breaches())
        .param("escalation", escalation)
        .param("createdAt", Instants.utc(recipient.createdAt()))
        .update();
    return recipient;
  }

  /** Removes a recipient and returns it; notices already in the outbox for it are still sent. */
  Recipient remove(String organisation, String id, Caller caller) {
    visible(organisation, caller);
    Recipient r =
        find(id)
            .filter(x -> x.organisation().equals(organisation))
            .orElseThrow(() -> ApiException.notFound("no recipient '" + id + "' exists"));
    db.sql("delete from notice_recipient where id = :id").param("id", id).update();
    return r;
  }

  private void visible(String organisation, Caller caller) {
    boolean known =
        db.sql("select count(*) from organisation where id = :id")
                .param("id", organisation)
                .query(Integer.class)
                .single()
            > 0;
    if (!known || !caller.maySee(organisation)) {
      throw ApiException.notFound("no organisation '" + organisation + "' exists");
    }
  }

  /**
   * A second row for the same address would send it every notice twice; the unique index keeps two
   * racing requests from both storing it.
   */
  private void unused(String organisation, String channel, String address) {
    boolean known =
        db.sql(
                    """
                select count(*) from notice_recipient
                where organisation_id = :o and channel = :channel and lower(address) = lower(:a)
                """)
                .param("o", organisation)
                .param("channel", channel)
                .param("a", address)
                .query(Integer.class)
                .single()
            > 0;
    if (known) {
      throw ApiException.conflict(
          "address",
          "address '"
              + address
              + "' is already a recipient of "
              + organisation
              + "; change that one rather than adding it twice");
    }
  }

  private static void checkEmail(String address) {
    InternetAddress parsed;
    try {
      parsed = new InternetAddress(address, true);
      parsed.validate();
    } catch (AddressException e) {
      throw ApiException.badInput(
          "address", "address '" + address + "' is not an email address: " + e.getMessage());
    }
    checkEmailLengths(parsed.getAddress());
  }

  /** The limits mail servers hold to (RFC 5321): 64 characters before the @, 254 in all. */
  private static void checkEmailLengths(String bare) {
    int local = bare.lastIndexOf('@');
    if (local > MAX_LOCAL_PART) {
      throw ApiException.badInput(
          "address",
          "address has "
              + local
              + " characters before the @; at most "
              + MAX_LOCAL_PART
              + " are delivered");
    }
    if (bare.length() > MAX_EMAIL) {
      throw ApiException.badInput(
          "address",
          "address is "
              + bare.length()
              + " characters long; at most "
              + MAX_EMAIL
              + " are delivered");
    }
  }

  private void checkUrl(String address) {
    URI uri;
    try {
      uri = URI.create(address);
      if (uri.getHost() == null
          || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
        throw new IllegalArgumentException("no http(s) scheme and host");
      }
    } catch (IllegalArgumentException e) {
      throw ApiException.badInput(
          "address", "address '" + address + "' is not an http(s) URL to POST notices to");
    }
    if (!privateWebhooks) {
      WebhookTargets.refusedAsWritten(uri)
          .ifPresent(
              why -> {
                throw ApiException.badInput(
                    "address",
                    "address '"
                        + address
                        + "' is refused: "
                        + why
                        + "; webhooks go to public addresses unless the server is configured"
                        + " with pledge.notices.webhook-private-addresses=true");
              });
    }
  }

  private static String zone(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return ZoneId.of(text.strip()).getId();
    } catch (DateTimeException e) {
      throw ApiException.badInput(
          "zone", "zone '" + text + "' is not an IANA time zone such as Asia/Shanghai or UTC");
    }
  }

  private static String calendarZone(String yaml) {
    try {
      return checkCalendar(yaml).calendar().zone().getId();
    } catch (InvalidDefinitionException e) {
      throw new InvalidDefinitionInput("Invalid calendar", "calendar", e);
    }
  }

  /**
   * Reads the working-hours calendar as {@code pledge calendar} would; problems come back with
   * their lines. The server reads no files, so holiday schedules other than the bundled {@code
   * china} are refused before parsing.
   */
  private static NamedCalendar checkCalendar(String yaml) {
    String source = "calendar";
    if (YamlReader.read(yaml, source) instanceof YamlNode.Mapping m
        && m.get("holiday_schedules").orElse(null) instanceof YamlNode.Sequence schedules) {
      for (YamlNode item : schedules.items()) {
        if (!(item instanceof YamlNode.Scalar s) || !s.text().trim().equals("china")) {
          throw new InvalidDefinitionException(
              source,
              List.of(
                  new Problem(
                      item.location(),
                      item.path(),
                      "the server reads no files; holiday_schedules may name only china, or"
                          + " list the holidays inline")));
        }
      }
    }
    return CalendarFile.parse(yaml, source, java.nio.file.Path.of("recipient-calendars-no-files"));
  }

  private static String required(String field, String value) {
    if (value == null || value.isBlank()) {
      throw ApiException.badInput(field, field + " is missing; it is required")
          .saying("problem.missing");
    }
    return value.strip();
  }

  private static Recipient row(ResultSet rs, int n) throws SQLException {
    return new Recipient(
        rs.getString("id"),
        rs.getString("organisation_id"),
        rs.getString("channel"),
        rs.getString("address"),
        rs.getString("locale"),
        rs.getString("zone"),
        rs.getString("calendar_yaml"),
        rs.getString("secret"),
        rs.getBoolean("warnings"),
        rs.getBoolean("breaches"),
        rs.getInt("escalation_minutes"),
        rs.getObject("created_at", java.time.OffsetDateTime.class).toInstant());
  }
}

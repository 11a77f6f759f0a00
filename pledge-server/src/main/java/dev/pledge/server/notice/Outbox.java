package dev.pledge.server.notice;

import dev.pledge.server.system.Caller;
import dev.pledge.server.system.Instants;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Notices on their way out. A row is written in the transaction that decided the notice, and sent
 * later by whichever node claims it: at least once (a node that dies after sending but before
 * marking it sent leaves it to be sent again), so receivers de-duplicate by its id.
 */
@Repository
class Outbox {

  private static final String COLUMNS =
      """
      id, recipient_id, organisation_id, ticket_id, kind, channel, address, subject, body, status,
      attempts, next_attempt_at, last_error, created_at, sent_at
      """;

  /** One notice for one recipient; {@code body} is the mail text or the webhook's JSON. */
  record Entry(
      String id,
      String recipient,
      String organisation,
      String ticket,
      String kind,
      String channel,
      String address,
      String subject,
      String body,
      String status,
      int attempts,
      Instant nextAttemptAt,
      String lastError,
      Instant createdAt,
      Instant sentAt) {}

  private final JdbcClient db;
  private final Wakeups wakeups;

  Outbox(JdbcClient db, Wakeups wakeups) {
    this.db = db;
    this.wakeups = wakeups;
  }

  void add(Entry e) {
    db.sql(
            """
            insert into outbox (id, recipient_id, organisation_id, ticket_id, kind, channel,
                address, subject, body, status, attempts, next_attempt_at, created_at)
            values (:id, :recipient, :organisation, :ticket, :kind, :channel, :address, :subject,
                :body, 'pending', 0, :next, :createdAt)
            """)
        .param("id", e.id())
        .param("recipient", e.recipient())
        .param("organisation", e.organisation())
        .param("ticket", e.ticket())
        .param("kind", e.kind())
        .param("channel", e.channel())
        .param("address", e.address())
        .param("subject", e.subject())
        .param("body", e.body())
        .param("next", Instants.utc(e.nextAttemptAt()))
        .param("createdAt", Instants.utc(e.createdAt()))
        .update();
    wakeups.queued(e.nextAttemptAt());
  }

  /** The claimed rows, in the order given. */
  List<Entry> find(List<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<String, Entry> byId = new HashMap<>();
    db.sql("select " + COLUMNS + " from outbox where id in (:ids)")
        .param("ids", ids)
        .query(Outbox::row)
        .list()
        .forEach(e -> byId.put(e.id(), e));
    return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
  }

  /** Sent, if this claim still holds the row. */
  boolean sent(String id, String token, Instant now) {
    return db.sql(
                """
                update outbox set status = 'sent', attempts = attempts + 1, sent_at = :now,
                    next_attempt_at = null, claimed_by = null, claimed_until = null
                where id = :id and claimed_by = :token
                """)
            .param("id", id)
            .param("token", token)
            .param("now", Instants.utc(now))
            .update()
        == 1;
  }

  /** A failed attempt: tried again at {@code next}, or failed for good if {@code next} is null. */
  void attemptFailed(String id, String token, String error, Instant next) {
    db.sql(
            """
            update outbox set attempts = attempts + 1, last_error = :error,
                status = :status, next_attempt_at = :next, claimed_by = null, claimed_until = null
            where id = :id and claimed_by = :token
            """)
        .param("id", id)
        .param("token", token)
        .param("error", error.length() > 2000 ? error.substring(0, 2000) : error)
        .param("status", next == null ? "failed" : "pending")
        .param("next", next == null ? null : Instants.utc(next))
        .update();
  }

  /** The notices the caller may see (a customer: those for its own recipients), newest first. */
  List<Entry> list(Caller caller, String status, String ticket) {
    String where = caller.customer() ? "organisation_id = :organisation" : "1 = 1";
    if (status != null) {
      where += " and status = :status";
    }
    if (ticket != null) {
      where += " and ticket_id = :ticket";
    }
    var query =
        db.sql(
            "select " + COLUMNS + " from outbox where " + where + " order by created_at desc, id");
    if (caller.customer()) {
      query = query.param("organisation", caller.organisation());
    }
    if (status != null) {
      query = query.param("status", status);
    }
    if (ticket != null) {
      query = query.param("ticket", ticket);
    }
    return query.query(Outbox::row).list();
  }

  private static Entry row(ResultSet rs, int n) throws SQLException {
    return new Entry(
        rs.getString("id"),
        rs.getString("recipient_id"),
        rs.getString("organisation_id"),
        rs.getString("ticket_id"),
        rs.getString("kind"),
        rs.getString("channel"),
        rs.getString("address"),
        rs.getString("subject"),
        rs.getString("body"),
        rs.getString("status"),
        rs.getInt("attempts"),
        instant(rs, "next_attempt_at"),
        rs.getString("last_error"),
        instant(rs, "created_at"),
        instant(rs, "sent_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }
}

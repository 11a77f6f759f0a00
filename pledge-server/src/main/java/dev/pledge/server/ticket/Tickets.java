package dev.pledge.server.ticket;

import dev.pledge.clock.TimelineEventType;
import dev.pledge.server.system.Instants;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tickets and their timelines. */
@Repository
class Tickets {

  private final JdbcClient db;

  Tickets(JdbcClient db) {
    this.db = db;
  }

  Optional<StoredTicket> find(String id) {
    return db.sql(
            """
            select id, customer_id, guarantee_id, guarantee_version, service, type, severity,
                   cause, created_at, category
            from ticket where id = :id
            """)
        .param("id", id)
        .query(Tickets::ticket)
        .optional();
  }

  /** The tickets of these ids that exist, in one query. */
  List<StoredTicket> findAll(Collection<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return db.sql(
            """
            select id, customer_id, guarantee_id, guarantee_version, service, type, severity,
                   cause, created_at, category
            from ticket where id in (:ids)
            """)
        .param("ids", ids)
        .query(Tickets::ticket)
        .list();
  }

  /** Never closed, or reopened after their last close. */
  private static final String NOT_CLOSED =
      """
      where not exists (
        select 1 from timeline_event c
        where c.ticket_id = t.id and c.type = 'CLOSED'
          and not exists (
            select 1 from timeline_event r
            where r.ticket_id = t.id and r.type = 'REOPENED' and r.seq > c.seq))
      """;

  /** How many tickets are not closed, of every customer. */
  int countNotClosed() {
    return db.sql("select count(*) from ticket t " + NOT_CLOSED).query(Integer.class).single();
  }

  /**
   * Tickets not closed (never closed, or reopened after their last close), newest first; only
   * {@code customer}'s when it is given.
   */
  List<StoredTicket> notClosed(String customer, int limit) {
    String sql =
        """
        select id, customer_id, guarantee_id, guarantee_version, service, type, severity,
               cause, created_at, category
        from ticket t
        """
            + NOT_CLOSED
            + (customer == null ? "" : " and t.customer_id = :customer")
            + " order by t.created_at desc, t.id limit :limit";
    JdbcClient.StatementSpec query = db.sql(sql).param("limit", limit);
    if (customer != null) {
      query = query.param("customer", customer);
    }
    return query.query(Tickets::ticket).list();
  }

  /** The ticket, locked until the transaction ends so its events get consecutive numbers. */
  Optional<StoredTicket> lock(String id) {
    return db.sql(
            """
            select id, customer_id, guarantee_id, guarantee_version, service, type, severity,
                   cause, created_at, category
            from ticket where id = :id for update
            """)
        .param("id", id)
        .query(Tickets::ticket)
        .optional();
  }

  void add(StoredTicket t) {
    db.sql(
            """
            insert into ticket (id, customer_id, guarantee_id, guarantee_version, service, type,
                                severity, cause, created_at, category)
            values (:id, :customer, :guarantee, :version, :service, :type, :severity, :cause,
                    :createdAt, :category)
            """)
        .param("id", t.id())
        .param("customer", t.customer())
        .param("guarantee", t.guarantee())
        .param("version", t.guaranteeVersion())
        .param("service", t.service())
        .param("type", t.type())
        .param("severity", t.severity())
        .param("cause", t.cause())
        .param("createdAt", Instants.utc(t.createdAt()))
        .param("category", t.category())
        .update();
  }

  /** Measures the ticket against another version of its guarantee; call with it locked. */
  void measureAgainst(String ticket, int guaranteeVersion) {
    db.sql("update ticket set guarantee_version = :version where id = :ticket")
        .param("version", guaranteeVersion)
        .param("ticket", ticket)
        .update();
  }

  /** Appends an event after the ticket's last; call with the ticket locked. */
  StoredEvent append(
      String ticket, Instant at, TimelineEventType type, String reason, Instant now) {
    int seq =
        db.sql("select coalesce(max(seq), 0) + 1 from timeline_event where ticket_id = :ticket")
            .param("ticket", ticket)
            .query(Integer.class)
            .single();
    return append(ticket, seq, at, type, reason, now);
  }

  /**
   * Appends an event to a locked ticket whose timeline was read after the lock was taken, as number
   * {@code seq}: one more than its last.
   */
  StoredEvent append(
      String ticket, int seq, Instant at, TimelineEventType type, String reason, Instant now) {
    StoredEvent e = new StoredEvent(ticket, seq, at, type, reason, now);
    db.sql(
            """
            insert into timeline_event (ticket_id, seq, at, type, reason, recorded_at)
            values (:ticket, :seq, :at, :type, :reason, :recordedAt)
            """)
        .param("ticket", ticket)
        .param("seq", seq)
        .param("at", Instants.utc(at))
        .param("type", e.type().name())
        .param("reason", reason)
        .param("recordedAt", Instants.utc(now))
        .update();
    return e;
  }

  /** Moves an event to its corrected instant; what it was is kept in the audit log. */
  void correct(String ticket, int seq, Instant at) {
    db.sql("update timeline_event set at = :at where ticket_id = :ticket and seq = :seq")
        .param("at", Instants.utc(at))
        .param("ticket", ticket)
        .param("seq", seq)
        .update();
  }

  List<StoredEvent> timeline(String ticket) {
    return db.sql(
            """
            select ticket_id, seq, at, type, reason, recorded_at
            from timeline_event where ticket_id = :ticket order by seq
            """)
        .param("ticket", ticket)
        .query(Tickets::event)
        .list();
  }

  /** Every ticket of a guarantee, under any version, in the order they were opened or imported. */
  List<StoredTicket> ofGuarantee(String guarantee) {
    return db.sql(
            """
            select id, customer_id, guarantee_id, guarantee_version, service, type, severity,
                   cause, created_at, category
            from ticket where guarantee_id = :guarantee order by recorded_seq
            """)
        .param("guarantee", guarantee)
        .query(Tickets::ticket)
        .list();
  }

  /** The timelines of a guarantee's tickets, ticket after ticket, each in recorded order. */
  List<StoredEvent> timelinesOfGuarantee(String guarantee) {
    return db.sql(
            """
            select e.ticket_id, e.seq, e.at, e.type, e.reason, e.recorded_at
            from timeline_event e join ticket t on t.id = e.ticket_id
            where t.guarantee_id = :guarantee order by t.recorded_seq, e.seq
            """)
        .param("guarantee", guarantee)
        .query(Tickets::event)
        .list();
  }

  private static StoredTicket ticket(ResultSet rs, int n) throws SQLException {
    return new StoredTicket(
        rs.getString("id"),
        rs.getString("customer_id"),
        rs.getString("guarantee_id"),
        rs.getInt("guarantee_version"),
        rs.getString("service"),
        rs.getString("type"),
        rs.getString("severity"),
        rs.getString("cause"),
        instant(rs, "created_at"),
        rs.getString("category"));
  }

  private static StoredEvent event(ResultSet rs, int n) throws SQLException {
    return new StoredEvent(
        rs.getString("ticket_id"),
        rs.getInt("seq"),
        instant(rs, "at"),
        TimelineEventType.valueOf(rs.getString("type")),
        rs.getString("reason"),
        instant(rs, "recorded_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, OffsetDateTime.class).toInstant();
  }
}

package dev.pledge.server.notice;

import dev.pledge.server.system.Instants;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code scheduled_notice} table: instants at which a ticket's clocks need a notice. */
@Repository
class Schedule {

  /** One scheduled notice; {@code recipient} is "" except for escalations. */
  record Entry(
      String id,
      String ticket,
      String commitment,
      int cycle,
      String kind,
      int percent,
      String recipient,
      Instant at) {}

  private final JdbcClient db;
  private final Wakeups wakeups;

  Schedule(JdbcClient db, Wakeups wakeups) {
    this.db = db;
    this.wakeups = wakeups;
  }

  /**
   * Makes the ticket's pending warnings and breaches the planned ones, touching only rows that
   * differ: most events change a few of them, many none. A notice already handled is never
   * scheduled again; escalations are left alone.
   */
  void replace(String ticket, List<Entry> planned) {
    Map<String, Row> byKey = new HashMap<>();
    db.sql(
            """
            select id, commitment_id, cycle, kind, percent, at, pending_at
            from scheduled_notice where ticket_id = :ticket and kind <> 'escalation'
            """)
        .param("ticket", ticket)
        .query(
            (RowCallbackHandler)
                rs -> {
                  Row r =
                      new Row(
                          rs.getString("id"),
                          rs.getObject("at", OffsetDateTime.class).toInstant(),
                          rs.getObject("pending_at", OffsetDateTime.class) != null);
                  byKey.put(
                      key(
                          rs.getString("commitment_id"),
                          rs.getInt("cycle"),
                          rs.getString("kind"),
                          rs.getInt("percent")),
                      r);
                });
    Set<String> kept = new HashSet<>();
    for (Entry e : planned) {
      Row r = byKey.get(key(e.commitment(), e.cycle(), e.kind(), e.percent()));
      if (r == null) {
        insert(e);
      } else if (r.pending()) {
        kept.add(r.id());
        if (!sameMicrosecond(r.at(), e.at())) {
          moveTo(r.id(), e.at());
          wakeups.scheduled(e.at());
        }
      }
    }
    List<String> dropped =
        byKey.values().stream()
            .filter(r -> r.pending() && !kept.contains(r.id()))
            .map(Row::id)
            .toList();
    if (!dropped.isEmpty()) {
      db.sql("delete from scheduled_notice where id in (:ids)").param("ids", dropped).update();
    }
  }

  private record Row(String id, Instant at, boolean pending) {}

  private static String key(String commitment, int cycle, String kind, int percent) {
    return commitment + "\n" + cycle + "\n" + kind + "\n" + percent;
  }

  /** The database keeps microseconds; a planned instant may carry nanoseconds. */
  private static boolean sameMicrosecond(Instant stored, Instant planned) {
    return Duration.between(stored, planned).abs().compareTo(Duration.ofNanos(1000)) < 0;
  }

  /** Adds an entry unless the same notice is already scheduled or was already handled. */
  void add(Entry e) {
    boolean known =
        db.sql(
                    """
                select count(*) from scheduled_notice
                where ticket_id = :ticket and commitment_id = :commitment and cycle = :cycle
                  and kind = :kind and percent = :percent and recipient_id = :recipient
                """)
                .param("ticket", e.ticket())
                .param("commitment", e.commitment())
                .param("cycle", e.cycle())
                .param("kind", e.kind())
                .param("percent", e.percent())
                .param("recipient", e.recipient())
                .query(Integer.class)
                .single()
            > 0;
    if (!known) {
      insert(e);
    }
  }

  private void insert(Entry e) {
    db.sql(
            """
            insert into scheduled_notice (id, ticket_id, commitment_id, cycle, kind, percent,
                                          recipient_id, at, pending_at)
            values (:id, :ticket, :commitment, :cycle, :kind, :percent, :recipient, :at, :at)
            """)
        .param("id", e.id() == null ? UUID.randomUUID().toString() : e.id())
        .param("ticket", e.ticket())
        .param("commitment", e.commitment())
        .param("cycle", e.cycle())
        .param("kind", e.kind())
        .param("percent", e.percent())
        .param("recipient", e.recipient())
        .param("at", Instants.utc(e.at()))
        .update();
    wakeups.scheduled(e.at());
  }

  /**
   * The claimed rows grouped by ticket, each group in the order given: a ticket's notices are
   * handled one after the other, in the order they fall due, different tickets' at once.
   */
  Map<String, List<String>> byTicket(List<String> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    Map<String, String> ticketOf = new HashMap<>();
    db.sql("select id, ticket_id from scheduled_notice where id in (:ids)")
        .param("ids", ids)
        .query(
            (RowCallbackHandler) rs -> ticketOf.put(rs.getString("id"), rs.getString("ticket_id")));
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String id : ids) {
      String ticket = ticketOf.get(id);
      if (ticket != null) {
        out.computeIfAbsent(ticket, k -> new ArrayList<>()).add(id);
      }
    }
    return out;
  }

  /** The row, locked, if this claim still holds it and it is not done. */
  Optional<Entry> lockClaimed(String id, String token) {
    return db.sql(
            """
            select id, ticket_id, commitment_id, cycle, kind, percent, recipient_id, at
            from scheduled_notice
            where id = :id and claimed_by = :token and pending_at is not null
            for update
            """)
        .param("id", id)
        .param("token", token)
        .query(
            (rs, n) ->
                new Entry(
                    rs.getString("id"),
                    rs.getString("ticket_id"),
                    rs.getString("commitment_id"),
                    rs.getInt("cycle"),
                    rs.getString("kind"),
                    rs.getInt("percent"),
                    rs.getString("recipient_id"),
                    rs.getObject("at", OffsetDateTime.class).toInstant()))
        .optional();
  }

  /** Done: {@code sent} (notices written to the outbox) or {@code stale} (no longer true). */
  void done(String id, String outcome, Instant now) {
    db.sql(
            """
            update scheduled_notice
            set pending_at = null, claimed_by = null, claimed_until = null, handled_at = :now,
                outcome = :outcome
            where id = :id
            """)
        .param("id", id)
        .param("now", Instants.utc(now))
        .param("outcome", outcome)
        .update();
  }

  /** Not yet: the clock now reaches the instant later (e.g. it was paused meanwhile). */
  void moveTo(String id, Instant at) {
    db.sql(
            """
            update scheduled_notice
            set at = :at, pending_at = :at, claimed_by = null, claimed_until = null
            where id = :id
            """)
        .param("id", id)
        .param("at", Instants.utc(at))
        .update();
  }

  List<Entry> pendingOf(String ticket) {
    return db.sql(
            """
            select id, ticket_id, commitment_id, cycle, kind, percent, recipient_id, at
            from scheduled_notice where ticket_id = :ticket and pending_at is not null
            order by at, kind, percent
            """)
        .param("ticket", ticket)
        .query(
            (rs, n) ->
                new Entry(
                    rs.getString("id"),
                    rs.getString("ticket_id"),
                    rs.getString("commitment_id"),
                    rs.getInt("cycle"),
                    rs.getString("kind"),
                    rs.getInt("percent"),
                    rs.getString("recipient_id"),
                    rs.getObject("at", OffsetDateTime.class).toInstant()))
        .list();
  }
}

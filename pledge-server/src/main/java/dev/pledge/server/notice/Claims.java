package dev.pledge.server.notice;

import dev.pledge.server.system.Instants;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Claims due rows of a work table for one node, so each row is worked by one node at a time. The
 * claim is a conditional update that only one node can win, on PostgreSQL and H2 alike: two nodes
 * that pick the same candidates both update them, the database makes the second wait for the first,
 * and the second's condition (no live claim) then fails. A claim is a lease: a node that dies
 * leaves its rows to be claimed again when the lease runs out, so nothing is lost.
 *
 * <p>Not {@code SELECT ... FOR UPDATE SKIP LOCKED}: H2 2.x accepts it, but with {@code LIMIT} it
 * locks every row it looks at, so a second node finds nothing while the first holds a batch. The
 * conditional update behaves the same on both databases, and a poll costs three statements on an
 * index of pending rows only.
 *
 * <p>The work tables have {@code id}, a due column that is null once the row is done (so its index
 * holds only work to do), {@code claimed_by} and {@code claimed_until}.
 */
final class Claims {

  private final JdbcClient db;
  private final String table;
  private final String due;

  Claims(JdbcClient db, String table, String due) {
    this.db = db;
    this.table = table;
    this.due = due;
  }

  /** A won claim: the token its rows carry in {@code claimed_by}, and their ids. */
  record Claim(String token, List<String> ids) {}

  /**
   * Claims up to {@code batch} rows due at {@code now}, earliest first, for {@code lease}.
   *
   * @param node this node's name, kept in the token so an operator sees who holds what
   */
  Claim claim(String node, Instant now, java.time.Duration lease, int batch) {
    String token = node + "/" + UUID.randomUUID();
    List<String> candidates =
        db.sql(
                "select id from "
                    + table
                    + " where "
                    + due
                    + " <= :now and (claimed_until is null or claimed_until < :now)"
                    + " order by "
                    + due
                    + " limit :batch")
            .param("now", Instants.utc(now))
            .param("batch", batch)
            .query(String.class)
            .list();
    if (candidates.isEmpty()) {
      return new Claim(token, List.of());
    }
    db.sql(
            "update "
                + table
                + " set claimed_by = :token, claimed_until = :until where id in (:ids) and "
                + due
                + " is not null and (claimed_until is null or claimed_until < :now)")
        .param("token", token)
        .param("until", Instants.utc(now.plus(lease)))
        .param("ids", candidates)
        .param("now", Instants.utc(now))
        .update();
    Set<String> won =
        new HashSet<>(
            db.sql("select id from " + table + " where id in (:ids) and claimed_by = :token")
                .param("ids", candidates)
                .param("token", token)
                .query(String.class)
                .list());
    // Earliest first, as picked: the rows of one ticket are handled in the order they fall due.
    return new Claim(token, candidates.stream().filter(won::contains).toList());
  }

  /**
   * When the earliest row that no live claim holds falls due, so a node can sleep until then; empty
   * when there is none. Rows held by another node are left out: that node is working them.
   */
  Optional<Instant> nextDue(Instant now) {
    return db.sql(
            "select "
                + due
                + " from "
                + table
                + " where "
                + due
                + " is not null and (claimed_until is null or claimed_until < :now)"
                + " order by "
                + due
                + " limit 1")
        .param("now", Instants.utc(now))
        .query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant())
        .optional();
  }
}

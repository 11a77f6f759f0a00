package dev.pledge.server.audit;

import dev.pledge.server.system.Instants;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The audit log's table. It only inserts and reads: there is deliberately no method that changes or
 * removes an entry (a test checks that no code does).
 */
@Repository
class AuditEntries {

  private final JdbcClient db;

  AuditEntries(JdbcClient db) {
    this.db = db;
  }

  /** An entry to write; its id is given by the database. */
  record NewEntry(
      Instant at,
      String actor,
      String actorRole,
      String actorOrganisation,
      String organisation,
      String action,
      String targetType,
      String targetId,
      String before,
      String after) {}

  /** An entry as stored; {@code before} and {@code after} are JSON text or null. */
  record Stored(
      long id,
      Instant at,
      String actor,
      String actorRole,
      String actorOrganisation,
      String organisation,
      String action,
      String targetType,
      String targetId,
      String before,
      String after) {}

  /**
   * Which entries to read, newest first; null fields do not filter.
   *
   * @param olderThan only entries with a smaller id: the next page after an entry
   */
  record Query(
      String organisation,
      String targetType,
      String targetId,
      Instant since,
      Long olderThan,
      int limit) {}

  void add(NewEntry e) {
    db.sql(
            """
            insert into audit_entry (at, actor, actor_role, actor_organisation_id, organisation_id,
                                     action, target_type, target_id, before_view, after_view)
            values (:at, :actor, :actorRole, :actorOrganisation, :organisation, :action,
                    :targetType, :targetId, :before, :after)
            """)
        .param("at", Instants.utc(e.at()))
        .param("actor", e.actor())
        .param("actorRole", e.actorRole())
        .param("actorOrganisation", e.actorOrganisation())
        .param("organisation", e.organisation())
        .param("action", e.action())
        .param("targetType", e.targetType())
        .param("targetId", e.targetId())
        .param("before", e.before())
        .param("after", e.after())
        .update();
  }

  List<Stored> find(Query q) {
    List<String> where = new ArrayList<>();
    Map<String, Object> params = new LinkedHashMap<>();
    filter(where, params, "organisation_id = :organisation", "organisation", q.organisation());
    filter(where, params, "target_type = :targetType", "targetType", q.targetType());
    filter(where, params, "target_id = :targetId", "targetId", q.targetId());
    filter(
        where, params, "at >= :since", "since", q.since() == null ? null : Instants.utc(q.since()));
    filter(where, params, "id < :olderThan", "olderThan", q.olderThan());
    String sql =
        "select id, at, actor, actor_role, actor_organisation_id, organisation_id, action,"
            + " target_type, target_id, before_view, after_view from audit_entry"
            + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
            + " order by id desc limit :limit";
    params.put("limit", q.limit());
    return db.sql(sql).params(params).query(AuditEntries::row).list();
  }

  private static void filter(
      List<String> where, Map<String, Object> params, String condition, String name, Object value) {
    if (value != null) {
      where.add(condition);
      params.put(name, value);
    }
  }

  private static Stored row(ResultSet rs, int n) throws SQLException {
    return new Stored(
        rs.getLong("id"),
        rs.getObject("at", OffsetDateTime.class).toInstant(),
        rs.getString("actor"),
        rs.getString("actor_role"),
        rs.getString("actor_organisation_id"),
        rs.getString("organisation_id"),
        rs.getString("action"),
        rs.getString("target_type"),
        rs.getString("target_id"),
        rs.getString("before_view"),
        rs.getString("after_view"));
  }
}

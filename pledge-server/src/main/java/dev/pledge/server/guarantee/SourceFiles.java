package dev.pledge.server.guarantee;

import dev.pledge.server.system.Instants;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stored templates, calendars and holiday schedules, and the texts each guarantee was read with.
 */
@Repository
class SourceFiles {

  private final JdbcClient db;

  SourceFiles(JdbcClient db) {
    this.db = db;
  }

  Optional<StoredSource> latest(String name) {
    return db.sql(
            """
            select name, version, kind, text, uploaded_at from source_file
            where name = :name order by version desc limit 1
            """)
        .param("name", name)
        .query(SourceFiles::row)
        .optional();
  }

  List<StoredSource> latestOfKind(SourceKind kind) {
    return db.sql(
            """
            select s.name, s.version, s.kind, s.text, s.uploaded_at from source_file s
            where s.kind = :kind
              and s.version = (select max(l.version) from source_file l where l.name = s.name)
            order by s.name
            """)
        .param("kind", kind.stored())
        .query(SourceFiles::row)
        .list();
  }

  void add(StoredSource s) {
    db.sql(
            """
            insert into source_file (name, version, kind, text, uploaded_at)
            values (:name, :version, :kind, :text, :uploadedAt)
            """)
        .param("name", s.name())
        .param("version", s.version())
        .param("kind", s.kind().stored())
        .param("text", s.text())
        .param("uploadedAt", Instants.utc(s.uploadedAt()))
        .update();
  }

  Map<String, String> usedBy(String guarantee, int version) {
    Map<String, String> out = new LinkedHashMap<>();
    db.sql(
            """
            select name, text from guarantee_source
            where guarantee_id = :id and guarantee_version = :version order by name
            """)
        .param("id", guarantee)
        .param("version", version)
        .query((rs, n) -> out.put(rs.getString("name"), rs.getString("text")))
        .list();
    return out;
  }

  void recordUse(String guarantee, int version, Map<String, String> texts) {
    texts.forEach(
        (name, text) ->
            db.sql(
                    """
                    insert into guarantee_source (guarantee_id, guarantee_version, name, text)
                    values (:id, :version, :name, :text)
                    """)
                .param("id", guarantee)
                .param("version", version)
                .param("name", name)
                .param("text", text)
                .update());
  }

  private static StoredSource row(ResultSet rs, int n) throws SQLException {
    return new StoredSource(
        rs.getString("name"),
        rs.getInt("version"),
        SourceKind.fromStored(rs.getString("kind")),
        rs.getString("text"),
        rs.getObject("uploaded_at", OffsetDateTime.class).toInstant());
  }

  /** One version of a stored text. */
  record StoredSource(String name, int version, SourceKind kind, String text, Instant uploadedAt) {}
}

package dev.pledge.server.guarantee;

import dev.pledge.server.system.Instants;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Uploaded guarantee versions. */
@Repository
class Guarantees {

  private final JdbcClient db;

  Guarantees(JdbcClient db) {
    this.db = db;
  }

  boolean none() {
    return db.sql("select count(*) from guarantee").query(Integer.class).single() == 0;
  }

  Optional<StoredGuarantee> latest(String id) {
    return db.sql(
            """
            select id, version, provider_id, customer_id, yaml, effective_from, uploaded_at
            from guarantee where id = :id order by version desc limit 1
            """)
        .param("id", id)
        .query(Guarantees::row)
        .optional();
  }

  Optional<StoredGuarantee> version(String id, int version) {
    return db.sql(
            """
            select id, version, provider_id, customer_id, yaml, effective_from, uploaded_at
            from guarantee where id = :id and version = :version
            """)
        .param("id", id)
        .param("version", version)
        .query(Guarantees::row)
        .optional();
  }

  /** Every version of a guarantee, the latest first. */
  List<StoredGuarantee> versions(String id) {
    return db.sql(
            """
            select id, version, provider_id, customer_id, yaml, effective_from, uploaded_at
            from guarantee where id = :id order by version desc
            """)
        .param("id", id)
        .query(Guarantees::row)
        .list();
  }

  /** The latest version of each guarantee whose latest version is the customer's, by id. */
  List<StoredGuarantee> latestOfAll() {
    return db.sql(
            """
            select id, version, provider_id, customer_id, yaml, effective_from, uploaded_at
            from guarantee g
            where version = (select max(version) from guarantee v where v.id = g.id)
            order by customer_id, id
            """)
        .query(Guarantees::row)
        .list();
  }

  List<StoredGuarantee> latestOfCustomer(String customerId) {
    return db.sql(
            """
            select id, version, provider_id, customer_id, yaml, effective_from, uploaded_at
            from guarantee g
            where customer_id = :c
              and version = (select max(version) from guarantee v where v.id = g.id)
            order by id
            """)
        .param("c", customerId)
        .query(Guarantees::row)
        .list();
  }

  void add(StoredGuarantee g) {
    db.sql(
            """
            insert into guarantee (id, version, provider_id, customer_id, yaml, effective_from,
                                   uploaded_at)
            values (:id, :version, :provider, :customer, :yaml, :effectiveFrom, :uploadedAt)
            """)
        .param("id", g.id())
        .param("version", g.version())
        .param("provider", g.providerId())
        .param("customer", g.customerId())
        .param("yaml", g.yaml())
        .param("effectiveFrom", g.effectiveFrom())
        .param("uploadedAt", Instants.utc(g.uploadedAt()))
        .update();
  }

  private static StoredGuarantee row(ResultSet rs, int n) throws SQLException {
    return new StoredGuarantee(
        rs.getString("id"),
        rs.getInt("version"),
        rs.getString("provider_id"),
        rs.getString("customer_id"),
        rs.getString("yaml"),
        rs.getObject("effective_from", LocalDate.class),
        rs.getObject("uploaded_at", OffsetDateTime.class).toInstant(),
        Map.of());
  }
}

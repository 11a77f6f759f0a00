package dev.pledge.server.record;

import dev.pledge.obligation.ObligationFulfilment;
import dev.pledge.period.CountSample;
import dev.pledge.period.Measurement;
import dev.pledge.period.Rating;
import dev.pledge.server.system.Instants;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Outages, maintenance windows, measurements, ratings, counts and fulfilments. Lists come in the
 * order the records arrived, which is the order an evaluation is fed them.
 */
@Repository
class Records {

  /** The tables of the kinds that have an id per customer, by kind as event files name it. */
  enum Table {
    OUTAGE("outage"),
    MAINTENANCE("maintenance_window"),
    MEASUREMENT("measurement"),
    RATING("rating"),
    COUNT("count_sample"),
    FULFILMENT("fulfilment");

    final String name;

    Table(String name) {
      this.name = name;
    }
  }

  private final JdbcClient db;

  Records(JdbcClient db) {
    this.db = db;
  }

  boolean exists(Table table, String customer, String id) {
    return db.sql("select count(*) from " + table.name + " where customer_id = :c and id = :id")
            .param("c", customer)
            .param("id", id)
            .query(Integer.class)
            .single()
        > 0;
  }

  // Outages

  void addOutage(StoredOutage o) {
    db.sql(
            """
            insert into outage (customer_id, id, guarantee_id, service, detected_at, reported_at,
                                restored_at, cause, recorded_at)
            values (:c, :id, :g, :service, :detected, :reported, :restored, :cause, :recorded)
            """)
        .param("c", o.customer())
        .param("id", o.id())
        .param("g", o.guarantee())
        .param("service", o.service())
        .param("detected", utc(o.detectedAt()))
        .param("reported", utc(o.reportedAt()))
        .param("restored", utc(o.restoredAt()))
        .param("cause", o.cause())
        .param("recorded", utc(o.recordedAt()))
        .update();
  }

  /** The outage, locked until the transaction ends, so that two changes do not cross. */
  Optional<StoredOutage> lockOutage(String customer, String id) {
    return one(OUTAGES, " for update", customer, id, Records::outage);
  }

  Optional<StoredOutage> outage(String customer, String id) {
    return one(OUTAGES, "", customer, id, Records::outage);
  }

  /** The customer's record {@code id} of a select, followed by {@code tail}. */
  private <T> Optional<T> one(
      String select, String tail, String customer, String id, RowMapper<T> row) {
    return db.sql(select + " where customer_id = :c and id = :id" + tail)
        .param("c", customer)
        .param("id", id)
        .query(row)
        .optional();
  }

  List<StoredOutage> outages(String customer, String guarantee) {
    return db.sql(OUTAGES + " where customer_id = :c" + ofGuarantee(guarantee) + " order by seq")
        .param("c", customer)
        .param("g", guarantee)
        .query(Records::outage)
        .list();
  }

  void restoreOutage(String customer, String id, Instant at) {
    db.sql("update outage set restored_at = :at where customer_id = :c and id = :id")
        .param("at", utc(at))
        .param("c", customer)
        .param("id", id)
        .update();
  }

  /** Sets one instant to its corrected value and keeps what it was, who changed it and when. */
  void correctOutage(
      StoredOutage before, String field, Instant value, Instant now, String tokenId) {
    db.sql("update outage set " + field + " = :v where customer_id = :c and id = :id")
        .param("v", utc(value))
        .param("c", before.customer())
        .param("id", before.id())
        .update();
    db.sql(
            """
            insert into outage_correction
              (customer_id, outage_id, field, old_value, new_value, corrected_at, token_id)
            values (:c, :id, :field, :old, :new, :now, :token)
            """)
        .param("c", before.customer())
        .param("id", before.id())
        .param("field", field)
        .param("old", utc(before.get(field)))
        .param("new", utc(value))
        .param("now", utc(now))
        .param("token", tokenId)
        .update();
  }

  /** A correction as kept: which instant, from what to what, when. */
  record Correction(String field, Instant from, Instant to, Instant correctedAt) {}

  List<Correction> corrections(String customer, String outage) {
    return db.sql(
            """
            select field, old_value, new_value, corrected_at from outage_correction
            where customer_id = :c and outage_id = :id order by seq
            """)
        .param("c", customer)
        .param("id", outage)
        .query(
            (rs, n) ->
                new Correction(
                    rs.getString("field"),
                    instant(rs, "old_value"),
                    instant(rs, "new_value"),
                    instant(rs, "corrected_at")))
        .list();
  }

  private static final String OUTAGES =
      """
      select customer_id, id, guarantee_id, service, detected_at, reported_at, restored_at, cause,
             recorded_at
      from outage
      """;

  private static StoredOutage outage(ResultSet rs, int n) throws SQLException {
    return new StoredOutage(
        rs.getString("customer_id"),
        rs.getString("guarantee_id"),
        rs.getString("id"),
        rs.getString("service"),
        instant(rs, "detected_at"),
        instant(rs, "reported_at"),
        instant(rs, "restored_at"),
        rs.getString("cause"),
        instant(rs, "recorded_at"));
  }

  // Maintenance windows

  void addMaintenance(StoredMaintenance m) {
    db.sql(
            """
            insert into maintenance_window (customer_id, id, guarantee_id, starts_at, ends_at,
                                            approval, decided_at, recorded_at)
            values (:c, :id, :g, :start, :end, :approval, :decided, :recorded)
            """)
        .param("c", m.customer())
        .param("id", m.id())
        .param("g", m.guarantee())
        .param("start", utc(m.start()))
        .param("end", utc(m.end()))
        .param("approval", m.approval())
        .param("decided", utc(m.decidedAt()))
        .param("recorded", utc(m.recordedAt()))
        .update();
  }

  Optional<StoredMaintenance> lockMaintenance(String customer, String id) {
    return one(WINDOWS, " for update", customer, id, Records::window);
  }

  void decide(String customer, String id, String approval, Instant now, String tokenId) {
    db.sql(
            """
            update maintenance_window set approval = :approval, decided_at = :now,
                                          decided_by = :token
            where customer_id = :c and id = :id
            """)
        .param("approval", approval)
        .param("now", utc(now))
        .param("token", tokenId)
        .param("c", customer)
        .param("id", id)
        .update();
  }

  List<StoredMaintenance> maintenance(String customer, String guarantee) {
    return db.sql(WINDOWS + " where customer_id = :c" + ofGuarantee(guarantee) + " order by seq")
        .param("c", customer)
        .param("g", guarantee)
        .query(Records::window)
        .list();
  }

  private static final String WINDOWS =
      """
      select customer_id, id, guarantee_id, starts_at, ends_at, approval, decided_at, recorded_at
      from maintenance_window
      """;

  private static StoredMaintenance window(ResultSet rs, int n) throws SQLException {
    return new StoredMaintenance(
        rs.getString("customer_id"),
        rs.getString("guarantee_id"),
        rs.getString("id"),
        instant(rs, "starts_at"),
        instant(rs, "ends_at"),
        rs.getString("approval"),
        instant(rs, "decided_at"),
        instant(rs, "recorded_at"));
  }

  // Measurements, ratings, counts, fulfilments: written once, never changed.

  /** A sample as stored: the guarantee it is measured under, and the engine's value. */
  record Stored<T>(String guarantee, T value) {}

  void addMeasurement(String customer, String guarantee, Measurement m, Instant now) {
    db.sql(
            """
            insert into measurement (customer_id, id, guarantee_id, at, metric, measured, unit,
                                     recorded_at)
            values (:c, :id, :g, :at, :metric, :value, :unit, :now)
            """)
        .param("c", customer)
        .param("id", m.id())
        .param("g", guarantee)
        .param("at", utc(m.at()))
        .param("metric", m.metric())
        .param("value", m.value().toString())
        .param("unit", m.unit())
        .param("now", utc(now))
        .update();
  }

  List<Stored<Measurement>> measurements(String customer, String guarantee) {
    return db.sql(
            "select id, guarantee_id, at, metric, measured, unit from measurement where customer_id"
                + " = :c"
                + ofGuarantee(guarantee)
                + " order by seq")
        .param("c", customer)
        .param("g", guarantee)
        .query(
            (rs, n) ->
                new Stored<>(
                    rs.getString("guarantee_id"),
                    new Measurement(
                        rs.getString("id"),
                        instant(rs, "at"),
                        rs.getString("metric"),
                        new BigDecimal(rs.getString("measured")),
                        rs.getString("unit"))))
        .list();
  }

  void addRating(String customer, String guarantee, String ticket, Rating r, Instant now) {
    db.sql(
            """
            insert into rating (customer_id, id, guarantee_id, ticket_id, at, score, scale,
                                recorded_at)
            values (:c, :id, :g, :ticket, :at, :score, :scale, :now)
            """)
        .param("c", customer)
        .param("id", r.id())
        .param("g", guarantee)
        .param("ticket", ticket)
        .param("at", utc(r.at()))
        .param("score", r.score().toString())
        .param("scale", r.scaleMax().toString())
        .param("now", utc(now))
        .update();
  }

  /** A rating as stored, with the ticket it rates ({@code null} for a survey's). */
  record StoredRating(String guarantee, String ticket, Rating rating) {}

  boolean ticketRated(String ticket) {
    return db.sql("select count(*) from rating where ticket_id = :t")
            .param("t", ticket)
            .query(Integer.class)
            .single()
        > 0;
  }

  List<StoredRating> ratings(String customer, String guarantee) {
    return db.sql(
            "select id, guarantee_id, ticket_id, at, score, scale from rating where customer_id"
                + " = :c"
                + ofGuarantee(guarantee)
                + " order by seq")
        .param("c", customer)
        .param("g", guarantee)
        .query(
            (rs, n) ->
                new StoredRating(
                    rs.getString("guarantee_id"),
                    rs.getString("ticket_id"),
                    new Rating(
                        rs.getString("id"),
                        instant(rs, "at"),
                        new BigDecimal(rs.getString("score")),
                        new BigDecimal(rs.getString("scale")))))
        .list();
  }

  void addCount(String customer, String guarantee, CountSample s, Instant now) {
    db.sql(
            """
            insert into count_sample (customer_id, id, guarantee_id, at, metric, counted, out_of,
                                      recorded_at)
            values (:c, :id, :g, :at, :metric, :counted, :outOf, :now)
            """)
        .param("c", customer)
        .param("id", s.id())
        .param("g", guarantee)
        .param("at", utc(s.at()))
        .param("metric", s.metric())
        .param("counted", s.count())
        .param("outOf", s.outOf())
        .param("now", utc(now))
        .update();
  }

  List<Stored<CountSample>> counts(String customer, String guarantee) {
    return db.sql(
            "select id, guarantee_id, at, metric, counted, out_of from count_sample where"
                + " customer_id = :c"
                + ofGuarantee(guarantee)
                + " order by seq")
        .param("c", customer)
        .param("g", guarantee)
        .query(
            (rs, n) ->
                new Stored<>(
                    rs.getString("guarantee_id"),
                    new CountSample(
                        rs.getString("id"),
                        instant(rs, "at"),
                        rs.getString("metric"),
                        rs.getLong("counted"),
                        rs.getLong("out_of"))))
        .list();
  }

  void addFulfilment(String customer, String guarantee, ObligationFulfilment f, Instant now) {
    db.sql(
            """
            insert into fulfilment (customer_id, id, guarantee_id, obligation, at, covering, note,
                                    recorded_at)
            values (:c, :id, :g, :obligation, :at, :covering, :note, :now)
            """)
        .param("c", customer)
        .param("id", f.id())
        .param("g", guarantee)
        .param("obligation", f.obligation())
        .param("at", utc(f.at()))
        .param("covering", f.coversLabel().orElse(null))
        .param("note", f.note() == null || f.note().isEmpty() ? null : f.note())
        .param("now", utc(now))
        .update();
  }

  List<Stored<ObligationFulfilment>> fulfilments(String customer, String guarantee) {
    return db.sql(
            "select id, guarantee_id, obligation, at, covering, note from fulfilment where"
                + " customer_id = :c"
                + ofGuarantee(guarantee)
                + " order by seq")
        .param("c", customer)
        .param("g", guarantee)
        .query(
            (rs, n) ->
                new Stored<>(
                    rs.getString("guarantee_id"),
                    new ObligationFulfilment(
                        rs.getString("id"),
                        rs.getString("obligation"),
                        instant(rs, "at"),
                        rs.getString("covering"),
                        rs.getString("note"))))
        .list();
  }

  /** A condition on the guarantee, or none when {@code guarantee} is null (every guarantee). */
  private static String ofGuarantee(String guarantee) {
    // An unused named parameter is ignored, so callers bind :g either way.
    return guarantee == null ? "" : " and guarantee_id = :g";
  }

  private static OffsetDateTime utc(Instant at) {
    return at == null ? null : Instants.utc(at);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }
}

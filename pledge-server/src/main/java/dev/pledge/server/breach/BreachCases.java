package dev.pledge.server.breach;

import dev.pledge.server.audit.Audit;
import dev.pledge.server.system.ApiException;
import dev.pledge.server.system.Caller;
import dev.pledge.server.system.Instants;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Breach cases: opened by the notices when a clock breaches (once per ticket, commitment and
 * cycle), worked by the provider, read by the customer they concern. The first change a provider
 * makes acknowledges the case, which stops its escalation.
 */
@Repository
public class BreachCases {

  /** What a case's status may be, in the order a case goes through them. */
  public static final List<String> STATUSES = List.of("open", "closed");

  private static final String COLUMNS =
      """
      id, ticket_id, customer_id, commitment_id, cycle, breached_at, cause, customer_notice,
      customer_notice_zh, corrective_action, action_owner, status, opened_at, acknowledged_at, closed_at
      """;

  private final JdbcClient db;
  private final Audit audit;
  private final Clock clock;

  BreachCases(JdbcClient db, Audit audit, Clock clock) {
    this.db = db;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Opens the case of one breached cycle, or finds the one already open; call inside the
   * transaction that decided the breach. The notice comes in English and in simplified Chinese, so
   * each reader of the case sees the one in their language.
   *
   * @return the case's id
   */
  public String open(
      String ticket,
      String customer,
      String commitment,
      int cycle,
      Instant breachedAt,
      String customerNotice,
      String customerNoticeZh) {
    Optional<String> known = caseOf(ticket, commitment, cycle);
    if (known.isPresent()) {
      return known.get();
    }
    String id = UUID.randomUUID().toString();
    db.sql(
            """
            insert into breach_case (id, ticket_id, customer_id, commitment_id, cycle, breached_at,
                                     customer_notice, customer_notice_zh, status, opened_at)
            values (:id, :ticket, :customer, :commitment, :cycle, :breachedAt, :notice, :noticeZh,
                    'open', :openedAt)
            """)
        .param("id", id)
        .param("ticket", ticket)
        .param("customer", customer)
        .param("commitment", commitment)
        .param("cycle", cycle)
        .param("breachedAt", Instants.utc(breachedAt))
        .param("notice", customerNotice)
        .param("noticeZh", customerNoticeZh)
        .param("openedAt", Instants.utc(clock.instant()))
        .update();
    // Opened by the server, not by a person, but it changes what the customer sees: logged.
    audit.recordBySystem(
        customer, "breach_case.open", "breach_case", id, null, find(id).orElseThrow());
    return id;
  }

  /** The case of one breached cycle, if it was opened. */
  public Optional<String> caseOf(String ticket, String commitment, int cycle) {
    return db.sql(
            """
            select id from breach_case
            where ticket_id = :ticket and commitment_id = :commitment and cycle = :cycle
            """)
        .param("ticket", ticket)
        .param("commitment", commitment)
        .param("cycle", cycle)
        .query(String.class)
        .optional();
  }

  /** Whether the case is open and nobody at the provider has acted on it yet. */
  public boolean awaitingAcknowledgement(String id) {
    return find(id).map(c -> c.acknowledgedAt() == null && c.status().equals("open")).orElse(false);
  }

  public List<BreachCase> list(Caller caller, String status) {
    String where = caller.customer() ? "customer_id = :customer" : "1 = 1";
    if (status != null) {
      where += " and status = :status";
    }
    var query =
        db.sql(
            "select " + COLUMNS + " from breach_case where " + where + " order by breached_at, id");
    if (caller.customer()) {
      query = query.param("customer", caller.organisation());
    }
    if (status != null) {
      query = query.param("status", status(status));
    }
    return query.query(BreachCases::row).list();
  }

  /** The case if the caller may see it; otherwise 404, the same as for an unknown id. */
  public BreachCase get(String id, Caller caller) {
    return find(id)
        .filter(c -> caller.maySee(c.customer()))
        .orElseThrow(() -> ApiException.notFound("no breach case '" + id + "' exists"));
  }

  /**
   * Changes the case and logs the change, in the caller's transaction or a new one. Which roles may
   * call it is decided where the request arrives ({@code SecurityConfiguration}).
   *
   * @throws ApiException 404 as {@link #get} does; 400 naming the field when the status is not one
   *     of {@link #STATUSES} or a text is longer than its column
   */
  @Transactional
  public BreachCase update(String id, BreachCaseRequest r, Caller caller) {
    BreachCase c = get(id, caller);
    String status = r.status() == null ? c.status() : status(r.status());
    fits("cause", r.cause(), 2000);
    fits("corrective_action", r.correctiveAction(), 4000);
    fits("action_owner", r.actionOwner(), 200);
    Instant now = clock.instant();
    Instant closedAt = status.equals("closed") ? (c.closedAt() == null ? now : c.closedAt()) : null;
    db.sql(
            """
            update breach_case set cause = :cause, customer_notice = :notice,
                   customer_notice_zh = :noticeZh, corrective_action = :action, action_owner = :owner, status = :status,
                   acknowledged_at = :acknowledgedAt, closed_at = :closedAt
            where id = :id
            """)
        .param("cause", r.cause() == null ? c.cause() : r.cause())
        .param("notice", r.customerNotice() == null ? c.customerNotice() : r.customerNotice())
        .param(
            "noticeZh", r.customerNoticeZh() == null ? c.customerNoticeZh() : r.customerNoticeZh())
        .param("action", r.correctiveAction() == null ? c.correctiveAction() : r.correctiveAction())
        .param("owner", r.actionOwner() == null ? c.actionOwner() : r.actionOwner())
        .param("status", status)
        .param(
            "acknowledgedAt", Instants.utc(c.acknowledgedAt() == null ? now : c.acknowledgedAt()))
        .param("closedAt", closedAt == null ? null : Instants.utc(closedAt))
        .param("id", id)
        .update();
    BreachCase after = find(id).orElseThrow();
    audit.record(caller, c.customer(), "breach_case.update", "breach_case", id, c, after);
    return after;
  }

  /** A text no longer than its column holds, or a refusal naming the field. */
  private static void fits(String field, String value, int max) {
    if (value != null && value.length() > max) {
      throw ApiException.badInput(
              field, field + " is " + value.length() + " characters long; at most " + max + " fit")
          .saying("problem.tooLong", value.length(), max);
    }
  }

  private static String status(String text) {
    String s = text.strip();
    if (!STATUSES.contains(s)) {
      throw ApiException.badInput(
          "status", "status '" + text + "' is not a breach case status; write open or closed");
    }
    return s;
  }

  private Optional<BreachCase> find(String id) {
    return db.sql("select " + COLUMNS + " from breach_case where id = :id")
        .param("id", id)
        .query(BreachCases::row)
        .optional();
  }

  private static BreachCase row(ResultSet rs, int n) throws SQLException {
    return new BreachCase(
        rs.getString("id"),
        rs.getString("ticket_id"),
        rs.getString("customer_id"),
        rs.getString("commitment_id"),
        rs.getInt("cycle"),
        instant(rs, "breached_at"),
        rs.getString("cause"),
        rs.getString("customer_notice"),
        rs.getString("customer_notice_zh"),
        rs.getString("corrective_action"),
        rs.getString("action_owner"),
        rs.getString("status"),
        instant(rs, "opened_at"),
        instant(rs, "acknowledged_at"),
        instant(rs, "closed_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }
}

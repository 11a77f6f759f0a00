package dev.pledge.server.record;

import dev.pledge.guarantee.Guarantee;
import dev.pledge.server.guarantee.GuaranteeService;
import dev.pledge.server.guarantee.StoredGuarantee;
import dev.pledge.server.system.ApiException;
import dev.pledge.server.system.Caller;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The customer a path names, and the guarantee a request measures its record under. A customer the
 * caller may not see is answered exactly as one that does not exist, so ids do not leak.
 */
@Component
public class CustomerScope {

  private final JdbcClient db;
  private final GuaranteeService guarantees;

  CustomerScope(JdbcClient db, GuaranteeService guarantees) {
    this.db = db;
    this.guarantees = guarantees;
  }

  /** A guarantee version, parsed, with what it was stored as. */
  public record Measured(StoredGuarantee stored, Guarantee guarantee) {}

  /**
   * Checks that the caller may act for the customer.
   *
   * @throws ApiException 404 when the customer is not known or is another customer's
   */
  public void check(String customerId, Caller caller) {
    boolean known =
        caller.maySee(customerId)
            && db.sql("select count(*) from organisation where id = :id and kind = 'customer'")
                    .param("id", customerId)
                    .query(Integer.class)
                    .single()
                > 0;
    if (!known) {
      throw ApiException.notFound("no customer '" + customerId + "' is known");
    }
  }

  /** The customers the caller may act for, by id: a customer user's own organisation only. */
  public List<String> customers(Caller caller) {
    return db
        .sql("select id from organisation where kind = 'customer' order by id")
        .query(String.class)
        .list()
        .stream()
        .filter(caller::maySee)
        .toList();
  }

  /**
   * The latest version of one of the customer's guarantees, named by a request field: for a record
   * whose checks no version changes (a guarantee's customer does not).
   *
   * @throws ApiException 400 naming {@code field} when it is absent or not the customer's
   */
  public Measured guarantee(String customerId, String field, String guaranteeId) {
    return measured(latest(customerId, field, guaranteeId));
  }

  /**
   * The version of one of the customer's guarantees in effect at {@code at}, the record's own
   * instant, which the request gives as {@code atField}: what a record is checked against, as a
   * ticket is measured against the version in effect when it was reported.
   *
   * @throws ApiException 400 naming {@code field} when the guarantee is absent or not the
   *     customer's, or {@code atField} when no version of it is in effect at {@code at}
   */
  public Measured guaranteeAt(
      String customerId, String field, String guaranteeId, String atField, Instant at) {
    String id = latest(customerId, field, guaranteeId).id();
    return measured(guarantees.inEffectAt(id, at).orElseThrow(() -> notInEffect(id, atField, at)));
  }

  /**
   * The version of one of the customer's guarantees in effect on {@code date}, a local date in its
   * zone that the request gives as {@code dateField}.
   *
   * @throws ApiException as {@link #guaranteeAt}
   */
  public Measured guaranteeOn(
      String customerId, String field, String guaranteeId, String dateField, LocalDate date) {
    String id = latest(customerId, field, guaranteeId).id();
    return measured(
        guarantees.inEffectOn(id, date).orElseThrow(() -> notInEffect(id, dateField, date)));
  }

  private StoredGuarantee latest(String customerId, String field, String guaranteeId) {
    String id = Fields.required(field, guaranteeId, 100);
    return guarantees
        .latest(id)
        .filter(g -> customerId.equals(g.customerId()))
        .orElseThrow(
            () ->
                ApiException.badInput(
                        field,
                        "guarantee '"
                            + id
                            + "' is not stored for customer '"
                            + customerId
                            + "'; PUT it first")
                    .saying("problem.unknownGuaranteeOf", id, customerId));
  }

  private Measured measured(StoredGuarantee stored) {
    return new Measured(stored, guarantees.parse(stored));
  }

  private ApiException notInEffect(String id, String field, Object when) {
    return ApiException.badInput(
        field,
        guarantees.inEffectFrom(id)
            + "; no version of it governs a record of "
            + when
            + " ("
            + field
            + "): record it under the guarantee that governed it");
  }
}

package dev.pledge.server.record;

import dev.pledge.guarantee.Guarantee;
import dev.pledge.server.guarantee.GuaranteeService;
import dev.pledge.server.guarantee.StoredGuarantee;
import dev.pledge.server.system.ApiException;
import dev.pledge.server.system.Caller;
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

  /** A guarantee's latest version, parsed, with what it was stored as. */
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
   * The latest version of one of the customer's guarantees, named by a request field.
   *
   * @throws ApiException 400 naming {@code field} when it is absent or not the customer's
   */
  public Measured guarantee(String customerId, String field, String guaranteeId) {
    String id = Fields.required(field, guaranteeId, 100);
    StoredGuarantee stored =
        guarantees
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
                            + "'; PUT it first"));
    return new Measured(stored, guarantees.parse(stored));
  }
}

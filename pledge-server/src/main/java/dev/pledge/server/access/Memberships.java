package dev.pledge.server.access;

import dev.pledge.server.system.ApiException;
import dev.pledge.server.system.Role;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which organisation a token or a person belongs to: the same rules for both. A customer user
 * belongs to a customer organisation; the provider's roles to the provider organisation when one is
 * known (the only one), or to none before any guarantee has named it.
 */
@Component
class Memberships {

  private final JdbcClient db;

  Memberships(JdbcClient db) {
    this.db = db;
  }

  /**
   * @param organisation as requested, or {@code null}
   * @return the organisation to bind to, or {@code null}
   * @throws ApiException naming {@code organisation} when it is unknown or of the wrong kind
   */
  String bind(String organisation, Role role) {
    Optional<String> kind = organisation == null ? Optional.empty() : kindOf(organisation);
    if (organisation != null && kind.isEmpty()) {
      throw ApiException.badInput(
          "organisation",
          "organisation '" + organisation + "' is not known; upload a guarantee that names it");
    }
    if (role == Role.CUSTOMER_USER && !kind.equals(Optional.of("customer"))) {
      throw ApiException.badInput(
          "organisation",
          "a CUSTOMER_USER needs a customer organisation; '" + organisation + "' is not one");
    }
    return organisation != null ? organisation : theProvider().orElse(null);
  }

  /** Whether an organisation is the provider's (null, bound to none, counts as the provider). */
  boolean providerSide(String organisation) {
    return organisation == null || kindOf(organisation).equals(Optional.of("provider"));
  }

  private Optional<String> theProvider() {
    List<String> providers =
        db.sql("select id from organisation where kind = 'provider'").query(String.class).list();
    return providers.size() == 1 ? Optional.of(providers.get(0)) : Optional.empty();
  }

  private Optional<String> kindOf(String organisation) {
    return db.sql("select kind from organisation where id = :id")
        .param("id", organisation)
        .query(String.class)
        .optional()
        .map(k -> k.toLowerCase(Locale.ROOT));
  }
}

package dev.pledge.server.portal;

import dev.pledge.guarantee.Guarantee;
import dev.pledge.server.guarantee.GuaranteeService;
import dev.pledge.server.guarantee.StoredGuarantee;
import dev.pledge.server.record.CustomerScope;
import dev.pledge.server.system.Caller;
import dev.pledge.server.system.Role;
import dev.pledge.server.ticket.StoredTicket;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Whose outages and maintenance windows a page lists, the guarantees its forms (and the new ticket
 * form) offer, the guarantee a ticket is measured by, and the zone each record's instants are shown
 * in (its guarantee's, as on the ticket pages).
 */
@Component
class RecordScope {

  private final CustomerScope scope;
  private final GuaranteeService guarantees;
  private final Clock clock;

  RecordScope(CustomerScope scope, GuaranteeService guarantees, Clock clock) {
    this.scope = scope;
    this.guarantees = guarantees;
    this.clock = clock;
  }

  /**
   * The customer asked for, or with none every customer the caller may see.
   *
   * @throws dev.pledge.server.system.ApiException 404 when the caller may not see the customer
   */
  private List<String> customers(String customer, Caller caller) {
    if (customer == null || customer.isBlank()) {
      return scope.customers(caller);
    }
    scope.check(customer, caller);
    return List.of(customer);
  }

  /** The latest version of each of the customers' guarantees. */
  private List<StoredGuarantee> guarantees(List<String> customers) {
    return customers.stream().flatMap(c -> guarantees.latestOf(c).stream()).toList();
  }

  /** Each guarantee, parsed, by guarantee id in the order given. */
  private Map<String, Guarantee> parsed(List<StoredGuarantee> of) {
    return of.stream()
        .collect(
            Collectors.toMap(
                StoredGuarantee::id, guarantees::parse, (a, b) -> a, LinkedHashMap::new));
  }

  /** The guarantee version the ticket was opened under, which names its clocks and its service. */
  Guarantee measuredBy(StoredTicket t) {
    return guarantees
        .version(t.guarantee(), t.guaranteeVersion())
        .map(guarantees::parse)
        .orElseThrow();
  }

  /** The customers a record page lists, and their guarantees (parsed) by guarantee id. */
  record Listed(List<String> customers, Map<String, Guarantee> guarantees) {

    /** The guarantee's latest version, or null when it is no longer stored. */
    Guarantee guarantee(String id) {
      return guarantees.get(id);
    }

    ZoneId zone(String guarantee) {
      return zoneOf(guarantees.get(guarantee));
    }

    /** The cause categories the guarantees exclude, which a form offers by their names. */
    List<String> causes() {
      return guarantees.values().stream()
          .flatMap(g -> g.exclusions().causes().stream())
          .distinct()
          .sorted()
          .toList();
    }
  }

  /** The zone a guarantee is written in; UTC for a record whose guarantee is not stored. */
  static ZoneId zoneOf(Guarantee g) {
    return g == null ? ZoneOffset.UTC : g.zone();
  }

  /**
   * Puts on the model what the outage and maintenance pages share: the filter, the customers and
   * guarantees the provider's forms offer, the cause categories they exclude, whether the person
   * may work records, and an id to start a new one's from.
   */
  Listed list(Caller caller, String name, String customer, String kind, Model model) {
    List<String> customers = customers(customer, caller);
    List<StoredGuarantee> offered = guarantees(customers);
    model.addAttribute("person", name);
    model.addAttribute("customer", customer);
    model.addAttribute("customers", caller.customer() ? List.of() : scope.customers(caller));
    model.addAttribute("guarantees", offered);
    model.addAttribute("mayWork", Role.PROVIDER_WORK.contains(caller.role()));
    model.addAttribute("newId", kind + "-" + clock.instant().getEpochSecond());
    Listed listed = new Listed(customers, parsed(offered));
    model.addAttribute("causes", listed.causes());
    return listed;
  }
}

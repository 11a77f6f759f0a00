package dev.pledge.server.system;

import java.util.EnumSet;
import java.util.Set;

/** What a caller may do; the provider's roles see every organisation, a customer's only its own. */
public enum Role {
  /** Everything, including issuing tokens. */
  ADMINISTRATOR,
  /** Everything but issuing tokens: uploads guarantees, works tickets. */
  SERVICE_MANAGER,
  /** Works tickets and reads guarantees and SLA clocks. */
  AGENT,
  /** A person at one customer organisation: sees and works only that organisation's tickets. */
  CUSTOMER_USER,
  /**
   * A system calling the API (e.g. a ticketing tool): works tickets like an agent; bound to a
   * customer organisation, it is confined to that organisation like a customer user.
   */
  API_CLIENT;

  /**
   * Who works breach cases and plans maintenance for the provider, in the API and on the pages;
   * people at the provider also record and restore outages with it on the pages.
   */
  public static final Set<Role> PROVIDER_WORK =
      Set.copyOf(EnumSet.of(ADMINISTRATOR, SERVICE_MANAGER, AGENT));

  /** Who approves or refuses a maintenance window: the customer, or a manager on its behalf. */
  public static final Set<Role> MAINTENANCE_DECISION =
      Set.copyOf(EnumSet.of(ADMINISTRATOR, SERVICE_MANAGER, CUSTOMER_USER));

  /** Who changes a ticket's severity: the provider's call, made by its people or its systems. */
  public static final Set<Role> SEVERITY_CHANGE =
      Set.copyOf(EnumSet.of(ADMINISTRATOR, SERVICE_MANAGER, AGENT, API_CLIENT));

  /**
   * Who corrects the instant of a recorded timeline event: the timeline is the provider's record,
   * kept by its people or its systems.
   */
  public static final Set<Role> EVENT_CORRECTION =
      Set.copyOf(EnumSet.of(ADMINISTRATOR, SERVICE_MANAGER, AGENT, API_CLIENT));

  /** Who records a customer's rating: the customer's users, or the provider's people for them. */
  public static final Set<Role> RATING =
      Set.copyOf(EnumSet.of(ADMINISTRATOR, SERVICE_MANAGER, AGENT, CUSTOMER_USER));
}

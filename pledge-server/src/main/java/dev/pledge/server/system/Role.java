package dev.pledge.server.system;

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
  API_CLIENT
}

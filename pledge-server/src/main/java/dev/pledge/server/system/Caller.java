package dev.pledge.server.system;

/**
 * Who is asking: the token's role and organisation. A caller confined to a customer organisation
 * sees nothing of any other customer; what it may not see, it is told does not exist.
 *
 * @param organisation the token's organisation, or {@code null} for a provider token bound to none
 * @param customer whether the caller is confined to {@code organisation}'s guarantees and tickets
 */
public record Caller(String tokenId, Role role, String organisation, boolean customer) {

  /** The server itself, working on its own (loading demo data): no token, role or organisation. */
  public static final Caller SYSTEM = new Caller("system", null, null, false);

  /** Whether this caller may see a guarantee or ticket of {@code customerId} (null: none). */
  public boolean maySee(String customerId) {
    return !customer || organisation.equals(customerId);
  }

  /** Idempotency keys of one scope never replay another scope's answers. */
  public String idempotencyScope() {
    return customer ? "customer:" + organisation : "provider";
  }
}

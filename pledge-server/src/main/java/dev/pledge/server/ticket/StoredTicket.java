package dev.pledge.server.ticket;

import java.time.Instant;

/**
 * A ticket as stored: what decides which commitments apply, and the guarantee version.
 *
 * @param category what kind of work it is (e.g. {@code new-domain}), which a commitment may give
 *     its own target; {@code null} if none
 */
public record StoredTicket(
    String id,
    String customer,
    String guarantee,
    int guaranteeVersion,
    String service,
    String type,
    String severity,
    String cause,
    Instant createdAt,
    String category) {

  /** A ticket without a category. */
  public StoredTicket(
      String id,
      String customer,
      String guarantee,
      int guaranteeVersion,
      String service,
      String type,
      String severity,
      String cause,
      Instant createdAt) {
    this(
        id, customer, guarantee, guaranteeVersion, service, type, severity, cause, createdAt, null);
  }
}

package dev.pledge.server.ticket;

import java.time.Instant;

/** A ticket as the API answers it and the audit log keeps it. */
public record TicketView(
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

  static TicketView of(StoredTicket t) {
    return new TicketView(
        t.id(),
        t.customer(),
        t.guarantee(),
        t.guaranteeVersion(),
        t.service(),
        t.type(),
        t.severity(),
        t.cause(),
        t.createdAt(),
        t.category());
  }
}

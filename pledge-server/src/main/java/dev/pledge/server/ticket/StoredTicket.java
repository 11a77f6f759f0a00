package dev.pledge.server.ticket;

import java.time.Instant;

/** A ticket as stored: what decides which commitments apply, and the guarantee version. */
public record StoredTicket(
    String id,
    String customer,
    String guarantee,
    int guaranteeVersion,
    String service,
    String type,
    String severity,
    String cause,
    Instant createdAt) {}

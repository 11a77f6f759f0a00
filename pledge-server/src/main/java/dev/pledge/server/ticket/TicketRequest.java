package dev.pledge.server.ticket;

/** POST /api/tickets: a new ticket under a stored guarantee. */
public record TicketRequest(
    String id,
    String guarantee,
    String service,
    String type,
    String severity,
    String cause,
    String category) {}

package dev.pledge.server.ticket;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;

/** POST /api/tickets: a new ticket under a stored guarantee. */
public record TicketRequest(
    String id,
    @Schema(requiredMode = REQUIRED) String guarantee,
    @Schema(requiredMode = REQUIRED) String service,
    @Schema(requiredMode = REQUIRED) String type,
    String severity,
    String cause,
    String category) {}

package dev.pledge.server.ticket;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;

/** POST /api/tickets/{id}/events/{seq}/corrections: the instant the event really happened. */
public record CorrectionRequest(@Schema(requiredMode = REQUIRED) String at) {}

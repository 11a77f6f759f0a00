package dev.pledge.server.ticket;

/** POST /api/tickets/{id}/events/{seq}/corrections: the instant the event really happened. */
public record CorrectionRequest(String at) {}

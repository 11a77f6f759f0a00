package dev.pledge.server.ticket;

/** POST /api/tickets/{id}/events: what happened, when (with its offset), and why. */
record EventRequest(String at, String event, String reason) {}

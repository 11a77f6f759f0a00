package dev.pledge.server.ticket;

/**
 * Published inside the transaction that stored an event on a ticket's timeline, so features that
 * derive work from the timeline (scheduled notices) update it in the same transaction: either both
 * are committed or neither.
 */
public record TimelineChanged(String ticket) {}

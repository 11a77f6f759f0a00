package dev.pledge.server.ticket;

/**
 * Published inside the transaction that stored an event on a ticket's timeline, so features that
 * derive work from the timeline (scheduled notices) update it in the same transaction: either both
 * are committed or neither.
 *
 * @param ticket the ticket as it is now, locked by the transaction
 */
public record TimelineChanged(StoredTicket ticket) {}

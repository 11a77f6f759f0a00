package dev.pledge.server.ticket;

import java.util.List;

/**
 * Published inside the transaction that stored an event on a ticket's timeline, so features that
 * derive work from the timeline (scheduled notices) update it in the same transaction: either both
 * are committed or neither.
 *
 * @param ticket the ticket as it is now, locked by the transaction
 * @param timeline its timeline as it is now, in recorded order: listeners need not read it again
 */
public record TimelineChanged(StoredTicket ticket, List<StoredEvent> timeline) {

  public TimelineChanged {
    timeline = List.copyOf(timeline);
  }
}

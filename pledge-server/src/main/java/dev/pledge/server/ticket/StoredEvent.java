package dev.pledge.server.ticket;

import dev.pledge.clock.TimelineEvent;
import dev.pledge.clock.TimelineEventType;
import java.time.Instant;

/** One event of a ticket's append-only timeline; {@code seq} is the order it was recorded in. */
public record StoredEvent(
    String ticket, int seq, Instant at, TimelineEventType type, String reason, Instant recordedAt) {

  public TimelineEvent toTimelineEvent() {
    return TimelineEvent.of(at, type, reason);
  }
}

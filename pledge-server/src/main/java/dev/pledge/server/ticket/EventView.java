package dev.pledge.server.ticket;

import java.time.Instant;
import java.util.Locale;

/** A timeline event as the API answers it and the audit log keeps it. */
public record EventView(
    String ticket, int seq, Instant at, String event, String reason, Instant recordedAt) {

  static EventView of(StoredEvent e) {
    return new EventView(
        e.ticket(),
        e.seq(),
        e.at(),
        e.type().name().toLowerCase(Locale.ROOT),
        e.reason(),
        e.recordedAt());
  }
}

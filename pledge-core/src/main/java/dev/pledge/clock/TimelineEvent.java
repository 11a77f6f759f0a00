package dev.pledge.clock;

import java.time.Instant;
import java.util.Objects;

/**
 * One fact on a ticket's timeline.
 *
 * @param at when it happened
 * @param type what happened
 * @param reason why, for pauses and resumptions (e.g. {@code customer-unreachable}); an empty
 *     string when none was given. A null or blank reason is stored as empty, other reasons as given
 *     with surrounding blanks removed, and reasons compare exactly.
 */
public record TimelineEvent(Instant at, TimelineEventType type, String reason) {

  public TimelineEvent {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(type, "type");
    reason = reason == null ? "" : reason.strip();
  }

  /** An event without a reason. */
  public static TimelineEvent of(Instant at, TimelineEventType type) {
    return new TimelineEvent(at, type, "");
  }

  public static TimelineEvent of(Instant at, TimelineEventType type, String reason) {
    return new TimelineEvent(at, type, reason);
  }

  public boolean hasReason() {
    return !reason.isEmpty();
  }
}

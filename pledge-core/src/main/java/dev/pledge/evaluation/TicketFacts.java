package dev.pledge.evaluation;

import dev.pledge.clock.Timeline;
import java.util.Objects;

/**
 * What evaluation needs to know of a ticket: which commitments apply (service, type, severity),
 * whether its cause is excluded, and its timeline.
 *
 * @param type {@code incident}, {@code request} or {@code complaint}
 * @param cause the cause category, or {@code null} if none was recorded
 * @param category the ticket's category (which may have its own target), or {@code null} if none
 */
public record TicketFacts(
    String id,
    String service,
    String type,
    String severity,
    String cause,
    Timeline timeline,
    String category) {
  public TicketFacts {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(timeline, "timeline");
  }

  /** A ticket without a category. */
  public TicketFacts(
      String id, String service, String type, String severity, String cause, Timeline timeline) {
    this(id, service, type, severity, cause, timeline, null);
  }
}

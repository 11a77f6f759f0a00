package dev.pledge.server.ticket;

import dev.pledge.clock.TimelineEventType;
import dev.pledge.event.TicketType;
import dev.pledge.guarantee.Guarantee;
import dev.pledge.guarantee.Service;
import dev.pledge.server.guarantee.GuaranteeService;
import dev.pledge.server.guarantee.StoredGuarantee;
import dev.pledge.server.system.ApiException;
import dev.pledge.server.system.Caller;
import dev.pledge.server.system.Instants;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Opens tickets and appends to their timelines. Runs inside the caller's transaction, so a refused
 * request writes nothing.
 */
@Component
public class TicketService {

  private final Tickets tickets;
  private final GuaranteeService guarantees;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  TicketService(
      Tickets tickets, GuaranteeService guarantees, Clock clock, ApplicationEventPublisher events) {
    this.tickets = tickets;
    this.guarantees = guarantees;
    this.clock = clock;
    this.events = events;
  }

  /** Opens a ticket; another customer's guarantee is answered as if it were not stored. */
  StoredTicket open(TicketRequest r, Caller caller) {
    String id = required("id", r.id());
    String guaranteeId = required("guarantee", r.guarantee());
    StoredGuarantee stored =
        guarantees
            .latest(guaranteeId)
            .filter(g -> caller.maySee(g.customerId()))
            .orElseThrow(
                () ->
                    ApiException.badInput(
                        "guarantee",
                        "guarantee '" + guaranteeId + "' is not stored; PUT it first"));
    Guarantee g = GuaranteeService.parse(stored.id(), stored.yaml());
    String service = checkService(g, required("service", r.service()));
    String type = typeOf(required("type", r.type()));
    String severity = checkSeverity(g, blankToNull(r.severity()));
    if (tickets.find(id).isPresent()) {
      throw ApiException.conflict("id", "ticket '" + id + "' already exists");
    }
    StoredTicket t =
        new StoredTicket(
            id,
            stored.customerId(),
            stored.id(),
            stored.version(),
            service,
            type,
            severity,
            blankToNull(r.cause()),
            clock.instant());
    tickets.add(t);
    return t;
  }

  /**
   * Appends an event; another customer's ticket is answered as if it did not exist. Listeners of
   * {@link TimelineChanged} run before this returns, in the same transaction.
   */
  StoredEvent record(String ticketId, EventRequest r, Caller caller) {
    Instant at = Instants.parse("at", r.at());
    TimelineEventType type = eventOf(required("event", r.event()));
    tickets
        .lock(ticketId)
        .filter(t -> caller.maySee(t.customer()))
        .orElseThrow(() -> noTicket(ticketId));
    StoredEvent stored =
        tickets.append(ticketId, at, type, blankToNull(r.reason()), clock.instant());
    events.publishEvent(new TimelineChanged(ticketId));
    return stored;
  }

  /** The ticket, if it exists and the caller may see it; otherwise 404, the same either way. */
  public StoredTicket ticket(String id, Caller caller) {
    return tickets
        .find(id)
        .filter(t -> caller.maySee(t.customer()))
        .orElseThrow(() -> noTicket(id));
  }

  /** The ticket whoever asks: for work the server does on its own, such as notices. */
  public Optional<StoredTicket> find(String id) {
    return tickets.find(id);
  }

  public List<StoredEvent> timeline(String id) {
    return tickets.timeline(id);
  }

  private static ApiException noTicket(String id) {
    return ApiException.notFound("no ticket '" + id + "' exists");
  }

  private static String checkService(Guarantee g, String service) {
    List<String> known = g.services().stream().map(Service::id).toList();
    if (!known.isEmpty() && !known.contains(service)) {
      throw ApiException.badInput(
          "service",
          "service '"
              + service
              + "' is not in guarantee '"
              + g.id()
              + "'; its services: "
              + String.join(", ", known));
    }
    return service;
  }

  private static String checkSeverity(Guarantee g, String severity) {
    if (severity != null && !g.severities().isEmpty() && !g.severities().containsKey(severity)) {
      throw ApiException.badInput(
          "severity",
          "severity '"
              + severity
              + "' is not defined in guarantee '"
              + g.id()
              + "'; defined: "
              + g.severities().keySet().stream().sorted().collect(Collectors.joining(", ")));
    }
    return severity;
  }

  private static String typeOf(String text) {
    try {
      return TicketType.ofFileName(text).fileName();
    } catch (IllegalArgumentException e) {
      throw ApiException.badInput("type", e.getMessage());
    }
  }

  /** Event names as event files write them: {@code on_site}; case and {@code -} do not matter. */
  static TimelineEventType eventOf(String text) {
    String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    try {
      return TimelineEventType.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw ApiException.badInput(
          "event",
          "event '"
              + text
              + "' is not a timeline event; write one of "
              + Arrays.stream(TimelineEventType.values())
                  .map(t -> t.name().toLowerCase(Locale.ROOT))
                  .collect(Collectors.joining(", ")));
    }
  }

  private static String required(String field, String value) {
    if (value == null || value.isBlank()) {
      throw ApiException.badInput(field, field + " is missing; it is required");
    }
    return value.strip();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}

package dev.pledge.server.ticket;

import dev.pledge.clock.TimelineEvent;
import dev.pledge.clock.TimelineEventType;
import dev.pledge.event.TicketType;
import dev.pledge.guarantee.Guarantee;
import dev.pledge.guarantee.Service;
import dev.pledge.server.audit.Audit;
import dev.pledge.server.guarantee.GuaranteeService;
import dev.pledge.server.guarantee.StoredGuarantee;
import dev.pledge.server.system.AfterCommit;
import dev.pledge.server.system.ApiException;
import dev.pledge.server.system.Caller;
import dev.pledge.server.system.Instants;
import dev.pledge.server.system.Texts;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens tickets and appends to their timelines, for the API and the portal's pages alike. Each
 * change joins the caller's transaction (or starts one), is written to the audit log in it, and a
 * refused request writes nothing.
 */
@Component
public class TicketService {

  private final Tickets tickets;
  private final GuaranteeService guarantees;
  private final Clock clock;
  private final ApplicationEventPublisher events;
  private final MeterRegistry meters;
  private final Audit audit;

  /** Registered once per type: looking a meter up by its tags on every event costs more. */
  private final Map<TimelineEventType, Counter> acceptedByType = new ConcurrentHashMap<>();

  TicketService(
      Tickets tickets,
      GuaranteeService guarantees,
      Clock clock,
      ApplicationEventPublisher events,
      MeterRegistry meters,
      Audit audit) {
    this.tickets = tickets;
    this.guarantees = guarantees;
    this.clock = clock;
    this.events = events;
    this.meters = meters;
    this.audit = audit;
    Gauge.builder("pledge.tickets.open", tickets, Tickets::countNotClosed)
        .description("Tickets not closed, of every customer")
        .register(meters);
  }

  /**
   * Opens a ticket; another customer's guarantee is answered as if it were not stored. Ticket ids
   * are the provider's (its service desk's) and unique across the server, so a customer does not
   * choose one: were it to, "already exists" would tell it another customer's ticket ids. Pledge
   * numbers the customer's ticket instead.
   */
  @Transactional
  public TicketView open(TicketRequest r, Caller caller) {
    TicketView t = TicketView.of(add(r, caller));
    audit.record(caller, t.customer(), "ticket.open", "ticket", t.id(), null, t);
    return t;
  }

  /**
   * Opens a ticket and records when it was reported, as a person does on the portal: both are
   * stored, or neither.
   */
  @Transactional
  public TicketView openReported(TicketRequest r, String reportedAt, Caller caller) {
    Instant reported = Instants.parse("reported_at", reportedAt);
    TicketView t = open(r, caller);
    record(t.id(), new EventRequest(reported.toString(), "reported", null), caller);
    return t;
  }

  private StoredTicket add(TicketRequest r, Caller caller) {
    if (caller.customer() && r.id() != null && !r.id().isBlank()) {
      throw ApiException.badInput(
          "id",
          "Pledge numbers the tickets a customer opens: leave 'id' out, and the answer gives the"
              + " new ticket's id");
    }
    String id = caller.customer() ? newId(caller.organisation()) : Texts.id("id", r.id(), 200);
    String guaranteeId = Texts.required("guarantee", r.guarantee(), 100);
    guarantees
        .latest(guaranteeId)
        .filter(g -> caller.maySee(g.customerId()))
        .orElseThrow(
            () ->
                ApiException.badInput(
                        "guarantee", "guarantee '" + guaranteeId + "' is not stored; PUT it first")
                    .saying("problem.unknownGuarantee", guaranteeId));
    // Until its reported event arrives, a ticket is taken as reported when it is opened.
    Instant now = clock.instant();
    StoredGuarantee stored = inEffectAt(guaranteeId, now, "guarantee");
    Guarantee g = guarantees.parse(stored);
    String service = checkService(g, Texts.required("service", r.service(), 100));
    String type = typeOf(Texts.required("type", r.type(), 100));
    String severity = checkSeverity(g, Texts.optional("severity", r.severity(), 100));
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
            Texts.optional("cause", r.cause(), 100),
            now,
            category(r.category()));
    tickets.add(t);
    return t;
  }

  /** What kind of work the ticket is, if said: at most 100 characters, as event files allow. */
  private static String category(String category) {
    return Texts.optional("category", category, 100);
  }

  /** An id no ticket has: the customer's id and a random part, e.g. {@code acme-K7Q2M9XD}. */
  private String newId(String customer) {
    while (true) {
      StringBuilder id = new StringBuilder(customer).append('-');
      for (int i = 0; i < 8; i++) {
        id.append(ID_LETTERS.charAt(RANDOM.nextInt(ID_LETTERS.length())));
      }
      if (tickets.find(id.toString()).isEmpty()) {
        return id.toString();
      }
    }
  }

  /** Letters and digits that cannot be misread for one another (no I, L, O, 0, 1). */
  private static final String ID_LETTERS = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

  private static final SecureRandom RANDOM = new SecureRandom();

  /**
   * Appends an event; another customer's ticket is answered as if it did not exist. Listeners of
   * {@link TimelineChanged} run before this returns, in the same transaction.
   */
  @Transactional
  public EventView record(String ticketId, EventRequest r, Caller caller) {
    Instant at = Instants.parse("at", r.at());
    TimelineEventType type = eventOf(Texts.required("event", r.event(), 100));
    String reason = Texts.optional("reason", r.reason(), 500);
    if (type == TimelineEventType.SEVERITY_CHANGED || type == TimelineEventType.COMMENTED) {
      // Recorded here they would change no severity, and a customer would write a severity
      // change the provider's rules keep to the provider.
      throw ApiException.badInput(
          "event",
          "a severity change is made with POST /api/tickets/{id}/severity and a comment with POST"
              + " /api/tickets/{id}/comments, not as timeline events");
    }
    StoredTicket ticket =
        tickets
            .lock(ticketId)
            .filter(t -> caller.maySee(t.customer()))
            .orElseThrow(() -> noTicket(ticketId));
    // Read once locked, so it holds every event committed before; the new one is numbered after
    // its last, and the listeners get the timeline with it instead of reading it again.
    List<StoredEvent> timeline = new ArrayList<>(tickets.timeline(ticketId));
    int seq = timeline.isEmpty() ? 1 : timeline.get(timeline.size() - 1).seq() + 1;
    StoredEvent stored = tickets.append(ticketId, seq, at, type, reason, clock.instant());
    timeline.add(stored);
    if (type == TimelineEventType.REPORTED) {
      ticket = followReported(ticket, timeline);
    }
    events.publishEvent(new TimelineChanged(ticket, timeline));
    accepted(type);
    EventView e = EventView.of(stored);
    audit.record(caller, ticket.customer(), "ticket.event", "ticket", ticketId, null, e);
    return e;
  }

  /**
   * Corrects the instant of a recorded event (a wrong clock, a late entry): every clock, notice and
   * report computed from the timeline follows, as they are computed from it afresh. Another
   * customer's ticket is answered as if it did not exist. The event as it was is kept in the audit
   * log.
   */
  @Transactional
  public EventView correct(String ticketId, int seq, CorrectionRequest r, Caller caller) {
    Instant at = Instants.parse("at", r.at());
    StoredTicket ticket =
        tickets
            .lock(ticketId)
            .filter(t -> caller.maySee(t.customer()))
            .orElseThrow(() -> noTicket(ticketId));
    List<StoredEvent> timeline = new ArrayList<>(tickets.timeline(ticketId));
    int index = indexOf(timeline, seq);
    if (index < 0) {
      throw ApiException.notFound("ticket '" + ticketId + "' has no event number " + seq);
    }
    StoredEvent before = timeline.get(index);
    tickets.correct(ticketId, seq, at);
    StoredEvent corrected =
        new StoredEvent(ticketId, seq, at, before.type(), before.reason(), before.recordedAt());
    timeline.set(index, corrected);
    if (before.type() == TimelineEventType.REPORTED) {
      ticket = followReported(ticket, timeline);
    }
    events.publishEvent(new TimelineChanged(ticket, timeline));
    EventView after = EventView.of(corrected);
    audit.record(
        caller,
        ticket.customer(),
        "ticket.event.correct",
        "ticket",
        ticketId,
        EventView.of(before),
        after);
    return after;
  }

  /**
   * Measures the ticket against the guarantee version in effect when it was reported, now that its
   * reported instant is known or corrected; a version without its service or severity refuses the
   * change. Returns the ticket as it now is.
   */
  private StoredTicket followReported(StoredTicket t, List<StoredEvent> events) {
    String ticketId = t.id();
    List<TimelineEvent> timeline = events.stream().map(StoredEvent::toTimelineEvent).toList();
    Instant reported = reportedAt(timeline).orElseThrow();
    StoredGuarantee version = inEffectAt(t.guarantee(), reported, "at");
    if (version.version() != t.guaranteeVersion()) {
      Guarantee g = guarantees.parse(version);
      checkService(g, t.service());
      checkSeverity(g, t.severity());
      tickets.measureAgainst(ticketId, version.version());
      return tickets.find(ticketId).orElseThrow();
    }
    return t;
  }

  /**
   * Where the ticket's work stands: the last of its resolved, closed and reopened events in the
   * order recorded ({@code resolved}, {@code closed}, {@code reopened}), or {@code open} when it
   * has none of them.
   */
  public static String state(List<StoredEvent> timeline) {
    return timeline.stream()
        .map(StoredEvent::type)
        .filter(TURNS::contains)
        .reduce((first, second) -> second)
        .map(t -> t.name().toLowerCase(Locale.ROOT))
        .orElse("open");
  }

  /** Whether the ticket is resolved or closed, and not reopened since. */
  public static boolean finished(List<StoredEvent> timeline) {
    String state = state(timeline);
    return state.equals("resolved") || state.equals("closed");
  }

  private static final Set<TimelineEventType> TURNS =
      Set.of(TimelineEventType.RESOLVED, TimelineEventType.CLOSED, TimelineEventType.REOPENED);

  /** When a ticket was reported: its earliest {@code reported} event, if it has one. */
  public static Optional<Instant> reportedAt(List<TimelineEvent> timeline) {
    return timeline.stream()
        .filter(e -> e.type() == TimelineEventType.REPORTED)
        .map(TimelineEvent::at)
        .min(Comparator.naturalOrder());
  }

  /**
   * The version of the guarantee in effect at {@code at}.
   *
   * @throws ApiException 400 naming {@code field} when no version is in effect then
   */
  private StoredGuarantee inEffectAt(String guaranteeId, Instant at, String field) {
    return guarantees
        .inEffectAt(guaranteeId, at)
        .orElseThrow(
            () ->
                ApiException.badInput(
                    field,
                    guarantees.inEffectFrom(guaranteeId)
                        + "; no version of it governs a ticket reported before then"));
  }

  /** The ticket, if it exists and the caller may see it; otherwise 404, the same either way. */
  public StoredTicket ticket(String id, Caller caller) {
    return tickets
        .find(id)
        .filter(t -> caller.maySee(t.customer()))
        .orElseThrow(() -> noTicket(id));
  }

  /**
   * The tickets of these ids that exist and the caller may see, by id, read at once: a page listing
   * many records by their tickets asks once, not once a row.
   */
  public Map<String, StoredTicket> tickets(Collection<String> ids, Caller caller) {
    return tickets.findAll(Set.copyOf(ids)).stream()
        .filter(t -> caller.maySee(t.customer()))
        .collect(Collectors.toMap(StoredTicket::id, t -> t));
  }

  /**
   * The tickets not closed that the caller may see, newest first, at most {@code limit}: a customer
   * caller's own organisation's only.
   */
  public List<StoredTicket> notClosed(Caller caller, int limit) {
    return tickets.notClosed(caller.customer() ? caller.organisation() : null, limit);
  }

  /** The ticket whoever asks: for work the server does on its own, such as notices. */
  public Optional<StoredTicket> find(String id) {
    return tickets.find(id);
  }

  public List<StoredEvent> timeline(String id) {
    return tickets.timeline(id);
  }

  /**
   * Appends an event the caller has already checked (a comment, a severity change); another
   * customer's ticket is answered as if it did not exist.
   */
  public StoredEvent record(
      String ticketId, Instant at, TimelineEventType type, String reason, Caller caller) {
    tickets
        .lock(ticketId)
        .filter(t -> caller.maySee(t.customer()))
        .orElseThrow(() -> noTicket(ticketId));
    accepted(type);
    return tickets.append(ticketId, at, type, reason, clock.instant());
  }

  /**
   * A severity the ticket's guarantee defines, as when the ticket was opened.
   *
   * @throws ApiException 400 naming {@code severity} when the guarantee does not define it
   */
  public String definedSeverity(StoredTicket t, String severity) {
    StoredGuarantee version = guarantees.version(t.guarantee(), t.guaranteeVersion()).orElseThrow();
    return checkSeverity(guarantees.parse(version), severity);
  }

  /** Whether a ticket has this id, whoever's it is: ids are unique across the server. */
  public boolean exists(String id) {
    return tickets.find(id).isPresent();
  }

  /**
   * Stores a ticket read from an event file, with its timeline in the file's order; runs in the
   * caller's transaction, which has checked that the id is free and the guarantee the caller's.
   */
  public void store(StoredTicket ticket, List<TimelineEvent> timeline) {
    tickets.add(ticket);
    List<StoredEvent> stored = new ArrayList<>();
    for (TimelineEvent e : timeline) {
      stored.add(
          tickets.append(
              ticket.id(),
              stored.size() + 1,
              e.at(),
              e.type(),
              e.hasReason() ? e.reason() : null,
              ticket.createdAt()));
      accepted(e.type());
    }
    // An imported ticket still open is warned about and breached like one opened here; one already
    // resolved or closed is history, whose breaches the reports show but nobody is told of again.
    boolean finished =
        timeline.stream()
            .anyMatch(
                e ->
                    e.type() == TimelineEventType.RESOLVED || e.type() == TimelineEventType.CLOSED);
    if (!finished) {
      events.publishEvent(new TimelineChanged(ticket, stored));
    }
  }

  /** Counts an event stored, by its type, once it is committed. */
  private void accepted(TimelineEventType type) {
    Counter counter =
        acceptedByType.computeIfAbsent(
            type,
            t ->
                Counter.builder("pledge.timeline.events")
                    .description("Timeline events accepted (recorded or imported), by type")
                    .tag("event", t.name().toLowerCase(Locale.ROOT))
                    .register(meters));
    AfterCommit.run(counter::increment);
  }

  /** A ticket with its timeline in recorded order. */
  public record WithTimeline(StoredTicket ticket, List<StoredEvent> timeline) {}

  /** Every ticket of a guarantee with its timeline, in the order they were opened or imported. */
  public List<WithTimeline> ofGuarantee(String guaranteeId) {
    Map<String, List<StoredEvent>> timelines = new HashMap<>();
    for (StoredEvent e : tickets.timelinesOfGuarantee(guaranteeId)) {
      timelines.computeIfAbsent(e.ticket(), k -> new ArrayList<>()).add(e);
    }
    return tickets.ofGuarantee(guaranteeId).stream()
        .map(t -> new WithTimeline(t, timelines.getOrDefault(t.id(), List.of())))
        .toList();
  }

  /** Where event number {@code seq} is in a timeline, or -1. */
  private static int indexOf(List<StoredEvent> timeline, int seq) {
    for (int i = 0; i < timeline.size(); i++) {
      if (timeline.get(i).seq() == seq) {
        return i;
      }
    }
    return -1;
  }

  private static ApiException noTicket(String id) {
    return ApiException.notFound("no ticket '" + id + "' exists");
  }

  private static String checkService(Guarantee g, String service) {
    List<String> known = g.services().stream().map(Service::id).toList();
    if (!known.isEmpty() && !known.contains(service)) {
      String services = String.join(", ", known);
      throw ApiException.badInput(
              "service",
              "service '"
                  + service
                  + "' is not in guarantee '"
                  + g.id()
                  + "'; its services: "
                  + services)
          .saying("problem.unknownService", service, g.id(), services);
    }
    return service;
  }

  private static String checkSeverity(Guarantee g, String severity) {
    if (severity != null && !g.severities().isEmpty() && !g.severities().containsKey(severity)) {
      String defined = g.severities().keySet().stream().sorted().collect(Collectors.joining(", "));
      throw ApiException.badInput(
              "severity",
              "severity '"
                  + severity
                  + "' is not defined in guarantee '"
                  + g.id()
                  + "'; defined: "
                  + defined)
          .saying("problem.unknownSeverity", severity, g.id(), defined);
    }
    return severity;
  }

  private static String typeOf(String text) {
    try {
      return TicketType.ofFileName(text).fileName();
    } catch (IllegalArgumentException e) {
      String types =
          Arrays.stream(TicketType.values())
              .map(TicketType::fileName)
              .collect(Collectors.joining(", "));
      throw ApiException.badInput("type", e.getMessage())
          .saying("problem.unknownType", text, types);
    }
  }

  /** Event names as event files write them: {@code on_site}; case and {@code -} do not matter. */
  static TimelineEventType eventOf(String text) {
    String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    try {
      return TimelineEventType.valueOf(name);
    } catch (IllegalArgumentException e) {
      String events =
          Arrays.stream(TimelineEventType.values())
              .map(t -> t.name().toLowerCase(Locale.ROOT))
              .collect(Collectors.joining(", "));
      throw ApiException.badInput(
              "event", "event '" + text + "' is not a timeline event; write one of " + events)
          .saying("problem.unknownEvent", text, events);
    }
  }
}

package dev.pledge.server.record;

import dev.pledge.clock.TimelineEventType;
import dev.pledge.server.audit.Audit;
import dev.pledge.server.record.Requests.CommentRequest;
import dev.pledge.server.record.Requests.RatingRequest;
import dev.pledge.server.record.Requests.SeverityRequest;
import dev.pledge.server.record.Views.NoteView;
import dev.pledge.server.record.Views.RatingView;
import dev.pledge.server.system.Caller;
import dev.pledge.server.ticket.StoredTicket;
import dev.pledge.server.ticket.TicketService;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What people add to a ticket besides its clock events — comments, severity changes and the
 * customer's rating — as the API and the portal's pages add them. Comments and severity changes are
 * kept on the timeline as {@code commented} and {@code severity_changed} events; the engine drives
 * no clock with either: a ticket's clocks use the severity it was opened with, so a change is
 * recorded for the people reading the ticket, and the figures do not move. Every change is logged
 * in its transaction; another customer's ticket is answered as if it did not exist.
 */
@Component
public class TicketNotes {

  private final TicketService tickets;
  private final RecordService records;
  private final Records stored;
  private final CustomerScope scope;
  private final Audit audit;
  private final Clock clock;

  TicketNotes(
      TicketService tickets,
      RecordService records,
      Records stored,
      CustomerScope scope,
      Audit audit,
      Clock clock) {
    this.tickets = tickets;
    this.records = records;
    this.stored = stored;
    this.scope = scope;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public NoteView comment(String ticket, CommentRequest r, Caller caller) {
    Instant at = atOrNow(r.at());
    String text = Fields.required("text", r.text(), 500);
    NoteView note =
        NoteView.of(tickets.record(ticket, at, TimelineEventType.COMMENTED, text, caller));
    return logged(caller, "ticket.comment", note);
  }

  @Transactional
  public NoteView severity(String ticket, SeverityRequest r, Caller caller) {
    StoredTicket t = tickets.ticket(ticket, caller);
    Instant at = atOrNow(r.at());
    String severity = tickets.definedSeverity(t, Fields.required("severity", r.severity(), 100));
    NoteView note =
        NoteView.of(
            tickets.record(ticket, at, TimelineEventType.SEVERITY_CHANGED, severity, caller));
    return logged(caller, "ticket.severity", note);
  }

  /**
   * A rating of the customer's; one given for a ticket has the ticket's id, and a ticket is rated
   * once.
   */
  @Transactional
  public RatingView rate(String customer, RatingRequest r, Caller caller) {
    scope.check(customer, caller);
    RatingView v = RatingView.of(records.rate(customer, r, caller));
    audit.record(caller, customer, "rating.add", "rating", v.id(), null, v);
    return v;
  }

  /** Whether the ticket has its rating already. */
  @Transactional(readOnly = true)
  public boolean rated(String ticket) {
    return stored.ticketRated(ticket);
  }

  /** An event appended to a ticket's timeline is logged as a creation: nothing was overwritten. */
  private NoteView logged(Caller caller, String action, NoteView note) {
    String customer = tickets.ticket(note.ticket(), caller).customer();
    audit.record(caller, customer, action, "ticket", note.ticket(), null, note);
    return note;
  }

  private Instant atOrNow(String at) {
    return at == null || at.isBlank() ? clock.instant() : Fields.instant("at", at);
  }
}

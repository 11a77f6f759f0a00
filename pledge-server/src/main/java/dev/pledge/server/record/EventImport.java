package dev.pledge.server.record;

import dev.pledge.clock.TimelineEvent;
import dev.pledge.event.EventProblem;
import dev.pledge.event.EventSink;
import dev.pledge.event.Ticket;
import dev.pledge.obligation.ObligationFulfilment;
import dev.pledge.period.CountSample;
import dev.pledge.period.MaintenanceWindow;
import dev.pledge.period.Measurement;
import dev.pledge.period.Outage;
import dev.pledge.period.Rating;
import dev.pledge.server.guarantee.GuaranteeService;
import dev.pledge.server.guarantee.StoredGuarantee;
import dev.pledge.server.record.Records.Table;
import dev.pledge.server.system.ApiException;
import dev.pledge.server.system.Texts;
import dev.pledge.server.ticket.StoredTicket;
import dev.pledge.server.ticket.TicketService;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Stores what an event file delivers for one customer and guarantee, checking what only the
 * database knows: an id already stored, a value too long for its column, an instant finer than the
 * microsecond databases keep. Any such problem refuses the whole file ({@link #finish}), and the
 * transaction it runs in stores nothing. Each problem carries the line its record starts on, as the
 * reader's own do.
 */
final class EventImport implements EventSink {

  /** What problems call the file, as {@code pledge evaluate} calls it by its name. */
  static final String SOURCE = "request body";

  private final String customer;
  private final CustomerScope.Measured guarantee;
  private final Records records;
  private final TicketService tickets;
  private final GuaranteeService guarantees;
  private final Instant now;

  /** The guarantee's versions, read once for every ticket of the file. */
  private List<StoredGuarantee> versions;

  private final List<EventProblem> problems = new ArrayList<>();
  private final Map<String, Integer> stored = new LinkedHashMap<>();
  private final SortedSet<Integer> versionsUsed = new TreeSet<>();

  /** The line the event being checked starts on (a ticket in rows: its first row). */
  private long line;

  EventImport(
      String customer,
      CustomerScope.Measured guarantee,
      Records records,
      TicketService tickets,
      GuaranteeService guarantees,
      Instant now) {
    this.customer = customer;
    this.guarantee = guarantee;
    this.records = records;
    this.tickets = tickets;
    this.guarantees = guarantees;
    this.now = now;
  }

  /** Well-formed events that cannot be stored, reported together like the reader's. */
  static final class Refused extends RuntimeException {
    final List<EventProblem> problems;

    Refused(List<EventProblem> problems) {
      super(
          SOURCE
              + ": "
              + problems.size()
              + (problems.size() == 1 ? " problem" : " problems")
              + "; nothing was stored");
      this.problems = List.copyOf(problems);
    }
  }

  @Override
  public void readFrom(String source, long line) {
    this.line = line;
  }

  /** How many records of each kind were stored. */
  Map<String, Integer> finish() {
    if (!problems.isEmpty()) {
      throw new Refused(problems);
    }
    return stored;
  }

  /** The guarantee versions the stored tickets are measured against, ascending. */
  List<Integer> versionsUsed() {
    return List.copyOf(versionsUsed);
  }

  @Override
  public void ticket(Ticket t) {
    String what = "ticket '" + t.id() + "'";
    boolean ok =
        fits(what, "id", t.id(), 200)
            & safeId(what, t.id())
            & fits(what, "service", t.service(), 100)
            & fits(what, "severity", t.severity(), 100)
            & fits(what, "cause", t.cause(), 100)
            & fits(what, "category", t.category(), 100);
    for (TimelineEvent e : t.timeline().events()) {
      ok &= fits(what, "reason", e.reason(), 500) & micro(what, "at", e.at());
    }
    if (t.isRated()) {
      ok &= rating(t.rating(), "rated_at");
    }
    if (tickets.exists(t.id())) {
      problem("id", what + " is already stored; give each ticket its own id");
      ok = false;
    }
    Optional<StoredGuarantee> version = versionReportedIn(what, t);
    if (ok && version.isPresent() && problems.isEmpty()) {
      tickets.store(
          new StoredTicket(
              t.id(),
              customer,
              guarantee.stored().id(),
              version.get().version(),
              t.service(),
              t.type().fileName(),
              t.severity().isEmpty() ? null : t.severity(),
              t.cause().isEmpty() ? null : t.cause(),
              now,
              t.category().isEmpty() ? null : t.category()),
          t.timeline().events());
      count("ticket");
      versionsUsed.add(version.get().version());
      if (t.isRated()) {
        records.addRating(customer, guaranteeId(), t.id(), t.rating(), now);
        count("rating");
      }
    }
  }

  /**
   * The guarantee version in effect when the ticket was reported (when it is imported, if its
   * timeline has no reported event), or a problem if none is.
   */
  private Optional<StoredGuarantee> versionReportedIn(String what, Ticket t) {
    Instant reported = TicketService.reportedAt(t.timeline().events()).orElse(now);
    if (versions == null) {
      versions = guarantees.versions(guaranteeId());
    }
    Optional<StoredGuarantee> version = guarantees.inEffectAt(versions, reported);
    if (version.isEmpty()) {
      problem(
          "timeline",
          what
              + " was reported before "
              + guarantees.inEffectFrom(guaranteeId())
              + "; import it under the guarantee that governed it");
    }
    return version;
  }

  @Override
  public void outage(Outage o) {
    String what = "outage '" + o.id() + "'";
    boolean ok =
        fits(what, "id", o.id(), 200)
            & safeId(what, o.id())
            & fits(what, "service", o.service(), 100)
            & fits(what, "cause", o.cause(), 100)
            & micro(what, "detected_at", o.detectedAt())
            & micro(what, "reported_at", o.reportedAt())
            & micro(what, "restored_at", o.restoredAt())
            & unused(Table.OUTAGE, what, o.id());
    if (ok && problems.isEmpty()) {
      records.addOutage(
          new StoredOutage(
              customer,
              guaranteeId(),
              o.id(),
              o.service(),
              o.detectedAt(),
              o.reportedAt(),
              o.restoredAt(),
              o.cause().isEmpty() ? null : o.cause(),
              now));
      count("outage");
    }
  }

  @Override
  public void maintenance(MaintenanceWindow w) {
    String what = "maintenance window '" + w.id() + "'";
    boolean ok =
        fits(what, "id", w.id(), 200)
            & safeId(what, w.id())
            & micro(what, "start", w.range().startInclusive())
            & micro(what, "end", w.range().endExclusive())
            & unused(Table.MAINTENANCE, what, w.id());
    if (ok && problems.isEmpty()) {
      // A file says whether the customer approved; "not approved" is stored as refused.
      records.addMaintenance(
          new StoredMaintenance(
              customer,
              guaranteeId(),
              w.id(),
              w.range().startInclusive(),
              w.range().endExclusive(),
              w.approvedByCustomer() ? "approved" : "refused",
              null,
              now));
      count("maintenance");
    }
  }

  @Override
  public void measurement(Measurement m) {
    String what = "measurement '" + m.id() + "'";
    boolean ok =
        fits(what, "id", m.id(), 200)
            & safeId(what, m.id())
            & fits(what, "metric", m.metric(), 100)
            & fits(what, "value", m.value().toString(), 100)
            & fits(what, "unit", m.unit(), 50)
            & micro(what, "at", m.at())
            & unused(Table.MEASUREMENT, what, m.id());
    if (ok && problems.isEmpty()) {
      records.addMeasurement(customer, guaranteeId(), m, now);
      count("measurement");
    }
  }

  @Override
  public void rating(Rating r) {
    if (rating(r, "at") && problems.isEmpty()) {
      records.addRating(customer, guaranteeId(), null, r, now);
      count("rating");
    }
  }

  private boolean rating(Rating r, String at) {
    String what = "rating '" + r.id() + "'";
    return fits(what, "id", r.id(), 200)
        & safeId(what, r.id())
        & fits(what, "score", r.score().toString(), 100)
        & fits(what, "scale", r.scaleMax().toString(), 100)
        & micro(what, at, r.at())
        & unused(Table.RATING, what, r.id());
  }

  @Override
  public void count(CountSample s) {
    String what = "count '" + s.id() + "'";
    boolean ok =
        fits(what, "id", s.id(), 200)
            & safeId(what, s.id())
            & fits(what, "metric", s.metric(), 100)
            & micro(what, "at", s.at())
            & unused(Table.COUNT, what, s.id());
    if (ok && problems.isEmpty()) {
      records.addCount(customer, guaranteeId(), s, now);
      count("count");
    }
  }

  @Override
  public void fulfilment(dev.pledge.event.ObligationFulfilment f) {
    String what = "fulfilment '" + f.id() + "'";
    boolean ok =
        fits(what, "id", f.id(), 200)
            & safeId(what, f.id())
            & fits(what, "obligation", f.obligation(), 100)
            & fits(what, "covering", f.covering(), 20)
            & fits(what, "note", f.note(), 1000)
            & micro(what, "at", f.at())
            & unused(Table.FULFILMENT, what, f.id());
    if (ok && problems.isEmpty()) {
      records.addFulfilment(
          customer,
          guaranteeId(),
          new ObligationFulfilment(
              f.id(), f.obligation(), f.at(), f.hasCovering() ? f.covering() : null, f.note()),
          now);
      count("fulfilment");
    }
  }

  private String guaranteeId() {
    return guarantee.stored().id();
  }

  private boolean unused(Table table, String what, String id) {
    if (records.exists(table, customer, id)) {
      problem("id", what + " is already stored for customer '" + customer + "'");
      return false;
    }
    return true;
  }

  private boolean fits(String what, String field, String value, int max) {
    if (value != null && value.length() > max) {
      problem(
          field,
          what + ": " + value.length() + " characters; at most " + max + " are kept, shorten it");
      return false;
    }
    return true;
  }

  /** An id a URL path can carry, as the API requires of the ids it is sent. */
  private boolean safeId(String what, String id) {
    try {
      Texts.pathSafe("id", id);
      return true;
    } catch (ApiException e) {
      problem("id", what + ": " + e.getMessage());
      return false;
    }
  }

  /** Databases keep microseconds: a finer instant would come back changed. */
  private boolean micro(String what, String field, Instant at) {
    if (at != null && at.getNano() % 1000 != 0) {
      problem(field, what + ": " + at + " is finer than a microsecond; round it to microseconds");
      return false;
    }
    return true;
  }

  private void problem(String field, String message) {
    problems.add(new EventProblem(SOURCE, line, field, message));
  }

  private void count(String kind) {
    stored.merge(kind, 1, Integer::sum);
  }
}

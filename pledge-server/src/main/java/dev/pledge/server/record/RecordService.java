package dev.pledge.server.record;

import dev.pledge.guarantee.Commitment;
import dev.pledge.guarantee.Guarantee;
import dev.pledge.guarantee.Service;
import dev.pledge.obligation.ObligationFulfilment;
import dev.pledge.period.CountSample;
import dev.pledge.period.Measurement;
import dev.pledge.period.Rating;
import dev.pledge.server.record.Records.Table;
import dev.pledge.server.record.Requests.CorrectionRequest;
import dev.pledge.server.record.Requests.CountRequest;
import dev.pledge.server.record.Requests.FulfilmentRequest;
import dev.pledge.server.record.Requests.MaintenanceRequest;
import dev.pledge.server.record.Requests.MeasurementBatch;
import dev.pledge.server.record.Requests.MeasurementItem;
import dev.pledge.server.record.Requests.OutageRequest;
import dev.pledge.server.record.Requests.RatingRequest;
import dev.pledge.server.system.ApiException;
import dev.pledge.server.system.Caller;
import dev.pledge.server.system.Role;
import dev.pledge.server.ticket.StoredEvent;
import dev.pledge.server.ticket.StoredTicket;
import dev.pledge.server.ticket.TicketService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Checks and stores what period commitments are measured on. Runs inside the caller's transaction
 * (see {@link dev.pledge.server.system.Idempotency}), so a refused request writes nothing; the
 * path's customer has been checked against the caller before any of these is called.
 */
@Component
class RecordService {

  private static final List<String> INSTANTS = List.of("detected_at", "reported_at", "restored_at");

  private final Records records;
  private final CustomerScope scope;
  private final TicketService tickets;
  private final Clock clock;

  RecordService(Records records, CustomerScope scope, TicketService tickets, Clock clock) {
    this.records = records;
    this.scope = scope;
    this.tickets = tickets;
    this.clock = clock;
  }

  // Outages

  StoredOutage openOutage(String customer, OutageRequest r, Caller caller) {
    String id = Fields.id("id", r.id());
    Instant detected = Fields.optionalInstant("detected_at", r.detectedAt());
    Instant reported = Fields.optionalInstant("reported_at", r.reportedAt());
    if (detected == null && reported == null) {
      throw ApiException.badInput(
              "reported_at",
              "an outage starts with detected_at (a monitor's detection) or reported_at (the"
                  + " customer's report); give one of them")
          .saying("problem.outageStart");
    }
    if (detected != null && caller.customer() && caller.role() == Role.CUSTOMER_USER) {
      throw ApiException.badInput(
              "detected_at",
              "a customer reports an outage with reported_at; a monitor's detection is recorded by"
                  + " the provider")
          .saying("problem.customerReports");
    }
    boolean detectedFirst = detected != null && (reported == null || !reported.isBefore(detected));
    CustomerScope.Measured g =
        scope.guaranteeAt(
            customer,
            "guarantee",
            r.guarantee(),
            detectedFirst ? "detected_at" : "reported_at",
            detectedFirst ? detected : reported);
    String service = service(g.guarantee(), Fields.required("service", r.service(), 100));
    StoredOutage o =
        new StoredOutage(
            customer,
            g.stored().id(),
            id,
            service,
            detected,
            reported,
            Fields.optionalInstant("restored_at", r.restoredAt()),
            Fields.optional("cause", r.cause(), 100),
            clock.instant());
    valid(o, "restored_at");
    unused(Table.OUTAGE, customer, "id", id, "outage");
    records.addOutage(o);
    return o;
  }

  StoredOutage restore(String customer, String id, String restoredAt) {
    Instant at = Fields.instant("restored_at", restoredAt);
    StoredOutage o = records.lockOutage(customer, id).orElseThrow(() -> noOutage(id));
    if (o.restoredAt() != null) {
      throw ApiException.conflict(
          "restored_at",
          "outage '"
              + id
              + "' was already restored at "
              + o.restoredAt()
              + "; to change that, POST a correction of restored_at");
    }
    StoredOutage restored = o.with("restored_at", at);
    valid(restored, "restored_at");
    records.restoreOutage(customer, id, at);
    return restored;
  }

  StoredOutage correct(String customer, String id, CorrectionRequest r, Caller caller) {
    String field = Fields.required("field", r.field(), 30);
    if (!INSTANTS.contains(field)) {
      throw ApiException.badInput(
          "field",
          "field '"
              + field
              + "' cannot be corrected; correct one of "
              + String.join(", ", INSTANTS));
    }
    Instant at = Fields.instant("at", r.at());
    StoredOutage o = records.lockOutage(customer, id).orElseThrow(() -> noOutage(id));
    StoredOutage corrected = o.with(field, at);
    valid(corrected, "at");
    if (!field.equals("restored_at")) {
      // A new beginning may fall under another version, which must list the service too.
      Instant began = corrected.toOutage().began();
      service(
          scope.guaranteeAt(customer, "guarantee", o.guarantee(), "at", began).guarantee(),
          o.service(),
          "at");
    }
    records.correctOutage(o, field, at, clock.instant(), caller.tokenId());
    return corrected;
  }

  /** The outage as stored, locked until the transaction ends; empty if there is none. */
  Optional<StoredOutage> lockedOutage(String customer, String id) {
    return records.lockOutage(customer, id);
  }

  private static void valid(StoredOutage o, String field) {
    try {
      o.toOutage();
    } catch (IllegalArgumentException e) {
      throw ApiException.badInput(field, e.getMessage() + "; an outage is restored after it began")
          .saying("problem.restoredBeforeBegan", o.restoredAt(), began(o));
    }
  }

  /** When the outage began, as {@link dev.pledge.period.Outage#began} says once it is valid. */
  private static Instant began(StoredOutage o) {
    if (o.detectedAt() == null || o.reportedAt() == null) {
      return o.detectedAt() == null ? o.reportedAt() : o.detectedAt();
    }
    return o.detectedAt().isBefore(o.reportedAt()) ? o.detectedAt() : o.reportedAt();
  }

  List<Records.Correction> corrections(StoredOutage o) {
    return records.corrections(o.customer(), o.id());
  }

  StoredOutage outage(String customer, String id) {
    return records.outage(customer, id).orElseThrow(() -> noOutage(id));
  }

  List<StoredOutage> outages(String customer, String guarantee) {
    return records.outages(customer, guarantee);
  }

  private static ApiException noOutage(String id) {
    return ApiException.notFound("no outage '" + id + "' is stored");
  }

  // Maintenance windows

  StoredMaintenance plan(String customer, MaintenanceRequest r) {
    String id = Fields.id("id", r.id());
    CustomerScope.Measured g = scope.guarantee(customer, "guarantee", r.guarantee());
    Instant start = Fields.instant("start", r.start());
    Instant end = Fields.instant("end", r.end());
    if (end.isBefore(start)) {
      throw ApiException.badInput("end", "end " + end + " is before start " + start)
          .saying("problem.endBeforeStart", end, start);
    }
    unused(Table.MAINTENANCE, customer, "id", id, "maintenance window");
    StoredMaintenance m =
        new StoredMaintenance(
            customer, g.stored().id(), id, start, end, "pending", null, clock.instant());
    records.addMaintenance(m);
    return m;
  }

  StoredMaintenance decide(String customer, String id, Boolean approved, Caller caller) {
    if (approved == null) {
      throw ApiException.badInput(
              "approved",
              "approved is missing; write true to approve the window, false to refuse it")
          .saying("problem.decide");
    }
    StoredMaintenance m =
        records
            .lockMaintenance(customer, id)
            .orElseThrow(
                () -> ApiException.notFound("no maintenance window '" + id + "' is stored"));
    String approval = approved ? "approved" : "refused";
    Instant now = clock.instant();
    records.decide(customer, id, approval, now, caller.tokenId());
    return new StoredMaintenance(
        m.customer(), m.guarantee(), m.id(), m.start(), m.end(), approval, now, m.recordedAt());
  }

  /** The window as stored, locked until the transaction ends; empty if there is none. */
  Optional<StoredMaintenance> lockedMaintenance(String customer, String id) {
    return records.lockMaintenance(customer, id);
  }

  List<StoredMaintenance> maintenance(String customer, String guarantee) {
    return records.maintenance(customer, guarantee);
  }

  // Measurements, ratings, counts, fulfilments

  List<Measurement> measure(String customer, MeasurementBatch batch) {
    CustomerScope.Measured g = scope.guarantee(customer, "guarantee", batch.guarantee());
    if (batch.measurements() == null || batch.measurements().isEmpty()) {
      throw ApiException.badInput(
          "measurements", "measurements is missing or empty; send at least one");
    }
    List<Measurement> checked = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < batch.measurements().size(); i++) {
      String at = "measurements[" + i + "].";
      MeasurementItem m = batch.measurements().get(i);
      if (m == null) {
        throw ApiException.badInput("measurements[" + i + "]", "a measurement is null");
      }
      String id = Fields.id(at + "id", m.id());
      if (!ids.add(id)) {
        throw ApiException.badInput(at + "id", "id '" + id + "' is given twice in the batch");
      }
      unused(Table.MEASUREMENT, customer, at + "id", id, "measurement");
      checked.add(
          new Measurement(
              id,
              Fields.instant(at + "at", m.at()),
              Fields.required(at + "metric", m.metric(), 100),
              Fields.number(at + "value", m.value()),
              Fields.required(at + "unit", m.unit(), 50)));
    }
    Instant now = clock.instant();
    checked.forEach(m -> records.addMeasurement(customer, g.stored().id(), m, now));
    return checked;
  }

  List<Records.Stored<Measurement>> measurements(String customer, String guarantee) {
    return records.measurements(customer, guarantee);
  }

  /** A rating; one given for a ticket has the ticket's id, and a ticket is rated once. */
  Records.StoredRating rate(String customer, RatingRequest r, Caller caller) {
    CustomerScope.Measured g = scope.guarantee(customer, "guarantee", r.guarantee());
    String ticketId = Fields.optional("ticket", r.ticket(), 200);
    String id = Fields.optionalId("id", r.id());
    if (ticketId != null) {
      StoredTicket t = ratedTicket(customer, g, ticketId, caller);
      if (id != null && !id.equals(t.id())) {
        throw ApiException.badInput(
            "id", "a ticket's rating has the ticket's id '" + t.id() + "'; leave id out");
      }
      id = t.id();
    }
    if (id == null) {
      throw ApiException.badInput("id", "id is missing; give the rating's id, or its ticket")
          .saying("problem.missing");
    }
    BigDecimal score = Fields.number("score", r.score());
    BigDecimal scale = Fields.number("scale", r.scale());
    if (scale.signum() <= 0) {
      throw ApiException.badInput("scale", "scale " + scale + " must be above 0: the best score")
          .saying("problem.scale", scale.toPlainString());
    }
    if (score.signum() < 0 || score.compareTo(scale) > 0) {
      throw ApiException.badInput(
              "score", "score " + score + " must be from 0 to " + scale + ", the best on the scale")
          .saying("problem.score", score.toPlainString(), scale.toPlainString());
    }
    if (ticketId != null) {
      finished(ticketId);
    }
    unused(Table.RATING, customer, ticketId == null ? "id" : "ticket", id, "rating");
    Rating rating = new Rating(id, Fields.instant("at", r.at()), score, scale);
    records.addRating(customer, g.stored().id(), ticketId, rating, clock.instant());
    return new Records.StoredRating(g.stored().id(), ticketId, rating);
  }

  private StoredTicket ratedTicket(
      String customer, CustomerScope.Measured g, String ticketId, Caller caller) {
    Supplier<ApiException> unknown =
        () ->
            ApiException.badInput(
                "ticket",
                "ticket '"
                    + ticketId
                    + "' is not a ticket of guarantee '"
                    + g.stored().id()
                    + "' for customer '"
                    + customer
                    + "'");
    StoredTicket t;
    try {
      t = tickets.ticket(ticketId, caller);
    } catch (ApiException notFound) {
      throw unknown.get();
    }
    if (!customer.equals(t.customer()) || !g.stored().id().equals(t.guarantee())) {
      throw unknown.get();
    }
    if (records.ticketRated(t.id())) {
      throw ApiException.conflict("ticket", "ticket '" + t.id() + "' is already rated")
          .saying("problem.alreadyRated", t.id());
    }
    return t;
  }

  /**
   * A rating judges the work done: until the ticket is resolved or closed there is nothing to rate.
   *
   * @throws ApiException 409 naming {@code ticket} and saying where the ticket stands
   */
  private void finished(String ticketId) {
    List<StoredEvent> timeline = tickets.timeline(ticketId);
    if (!TicketService.finished(timeline)) {
      throw ApiException.conflict(
              "ticket",
              "ticket '"
                  + ticketId
                  + "' is "
                  + TicketService.state(timeline)
                  + "; a ticket is rated once it is resolved or closed: record its resolved event"
                  + " first")
          .saying("problem.notFinished", ticketId, stateWord(TicketService.state(timeline)));
    }
  }

  /** A ticket's state as the pages say it: in the reader's language, else as the API says it. */
  private static MessageSourceResolvable stateWord(String state) {
    return new DefaultMessageSourceResolvable(new String[] {"ticket.state." + state}, state);
  }

  List<Records.StoredRating> ratings(String customer, String guarantee) {
    return records.ratings(customer, guarantee);
  }

  CountSample count(String customer, CountRequest r) {
    String id = Fields.id("id", r.id());
    CustomerScope.Measured g = scope.guarantee(customer, "guarantee", r.guarantee());
    Instant at = Fields.instant("at", r.at());
    String metric = Fields.required("metric", r.metric(), 100);
    long count = Fields.whole("count", r.count());
    long outOf = Fields.whole("out_of", r.outOf());
    if (outOf < count) {
      throw ApiException.badInput(
          "out_of", "out_of " + outOf + " is less than count " + count + ": it is the whole total");
    }
    unused(Table.COUNT, customer, "id", id, "count");
    CountSample s = new CountSample(id, at, metric, count, outOf);
    records.addCount(customer, g.stored().id(), s, clock.instant());
    return s;
  }

  List<Records.Stored<CountSample>> counts(String customer, String guarantee) {
    return records.counts(customer, guarantee);
  }

  ObligationFulfilment fulfil(String customer, FulfilmentRequest r) {
    String id = Fields.id("id", r.id());
    Instant at = Fields.instant("at", r.at());
    String covering = Fields.covering("covering", r.covering());
    CustomerScope.Measured g = fulfilled(customer, r.guarantee(), at, covering);
    String obligation = Fields.required("obligation", r.obligation(), 100);
    if (!(g.guarantee().commitment(obligation).orElse(null) instanceof Commitment.Obligation)) {
      throw ApiException.badInput(
          "obligation",
          "obligation '"
              + obligation
              + "' is not an obligation of version "
              + g.stored().version()
              + " of guarantee '"
              + g.stored().id()
              + "', which governs what it fulfils; its obligations: "
              + String.join(
                  ", ",
                  g.guarantee().commitments().stream()
                      .filter(Commitment.Obligation.class::isInstance)
                      .map(Commitment::id)
                      .toList()));
    }
    ObligationFulfilment f =
        new ObligationFulfilment(
            id, obligation, at, covering, Fields.optional("note", r.note(), 1000));
    unused(Table.FULFILMENT, customer, "id", id, "fulfilment");
    records.addFulfilment(customer, g.stored().id(), f, clock.instant());
    return f;
  }

  /**
   * The version a fulfilment is checked against: the one in effect on the first day of what it
   * covers, which the period report of that day measures, or else the one in effect when it was
   * delivered.
   */
  private CustomerScope.Measured fulfilled(
      String customer, String guarantee, Instant at, String covering) {
    if (covering == null) {
      return scope.guaranteeAt(customer, "guarantee", guarantee, "at", at);
    }
    return scope.guaranteeOn(
        customer, "guarantee", guarantee, "covering", Fields.firstDate("covering", covering));
  }

  List<Records.Stored<ObligationFulfilment>> fulfilments(String customer, String guarantee) {
    return records.fulfilments(customer, guarantee);
  }

  // Shared checks

  private void unused(Table table, String customer, String field, String id, String what) {
    if (records.exists(table, customer, id)) {
      throw ApiException.conflict(
              field, "a " + what + " '" + id + "' is already stored; give each its own id")
          .saying("problem.idTaken", id);
    }
  }

  /**
   * The service, checked against the guarantee version in effect when the record began.
   *
   * @throws ApiException 400 naming {@code service} when that version does not list it
   */
  static String service(Guarantee g, String service) {
    return service(g, service, "service");
  }

  private static String service(Guarantee g, String service, String field) {
    List<String> known = g.services().stream().map(Service::id).toList();
    if (!known.isEmpty() && !known.contains(service)) {
      String services = String.join(", ", known);
      throw ApiException.badInput(
              field,
              "service '"
                  + service
                  + "' is not in version "
                  + g.version()
                  + " of guarantee '"
                  + g.id()
                  + "', in effect when it began; its services: "
                  + services)
          .saying("problem.unknownServiceThen", service, g.version(), g.id(), services);
    }
    return service;
  }
}

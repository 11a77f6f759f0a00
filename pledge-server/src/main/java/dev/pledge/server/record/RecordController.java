package dev.pledge.server.record;

import static org.springframework.http.HttpStatus.CREATED;
import static org.springframework.http.HttpStatus.OK;

import dev.pledge.server.audit.Audit;
import dev.pledge.server.record.Requests.CorrectionRequest;
import dev.pledge.server.record.Requests.CountRequest;
import dev.pledge.server.record.Requests.DecisionRequest;
import dev.pledge.server.record.Requests.FulfilmentRequest;
import dev.pledge.server.record.Requests.MaintenanceRequest;
import dev.pledge.server.record.Requests.MeasurementBatch;
import dev.pledge.server.record.Requests.OutageRequest;
import dev.pledge.server.record.Requests.RatingRequest;
import dev.pledge.server.record.Requests.RestorationRequest;
import dev.pledge.server.record.Views.CountView;
import dev.pledge.server.record.Views.FulfilmentView;
import dev.pledge.server.record.Views.MaintenanceView;
import dev.pledge.server.record.Views.MeasurementView;
import dev.pledge.server.record.Views.MeasurementsView;
import dev.pledge.server.record.Views.OutageView;
import dev.pledge.server.record.Views.RatingView;
import dev.pledge.server.system.Caller;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A customer's outages, maintenance windows, measurements, ratings, counts and fulfilments. Which
 * roles may call what is in {@code SecurityConfiguration}; here, every call first checks that the
 * caller may act for the customer in the path, and answers 404 when not, as for an unknown one.
 */
@RestController
@RequestMapping("/api/customers/{customer}")
class RecordController {

  private final RecordService records;
  private final OutagesAndMaintenance work;
  private final TicketNotes notes;
  private final CustomerScope scope;
  private final Writes writes;
  private final Audit audit;

  RecordController(
      RecordService records,
      OutagesAndMaintenance work,
      TicketNotes notes,
      CustomerScope scope,
      Writes writes,
      Audit audit) {
    this.records = records;
    this.work = work;
    this.notes = notes;
    this.scope = scope;
    this.writes = writes;
    this.audit = audit;
  }

  // Outages

  @PostMapping("/outages")
  @ApiResponse(
      responseCode = "201",
      description = "The outage, opened",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = OutageView.class)))
  ResponseEntity<String> openOutage(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String customer,
      @RequestHeader(name = Writes.KEY, required = false) Optional<String> key,
      @RequestBody OutageRequest r) {
    return write(
        caller,
        customer,
        key,
        "POST outages",
        r,
        CREATED,
        () -> work.openOutage(customer, r, caller));
  }

  @PostMapping("/outages/{id}/restoration")
  @ApiResponse(
      responseCode = "200",
      description = "The outage, restored",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = OutageView.class)))
  ResponseEntity<String> restore(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String customer,
      @PathVariable String id,
      @RequestHeader(name = Writes.KEY, required = false) Optional<String> key,
      @RequestBody RestorationRequest r) {
    return write(
        caller,
        customer,
        key,
        "POST outages/" + id + "/restoration",
        r,
        OK,
        () -> work.restore(customer, id, r, caller));
  }

  @PostMapping("/outages/{id}/corrections")
  @ApiResponse(
      responseCode = "200",
      description = "The outage, corrected",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = OutageView.class)))
  ResponseEntity<String> correct(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String customer,
      @PathVariable String id,
      @RequestHeader(name = Writes.KEY, required = false) Optional<String> key,
      @RequestBody CorrectionRequest r) {
    return write(
        caller,
        customer,
        key,
        "POST outages/" + id + "/corrections",
        r,
        OK,
        () -> {
          OutageView before = records.lockedOutage(customer, id).map(work::view).orElse(null);
          OutageView after = work.view(records.correct(customer, id, r, caller));
          return logged(caller, customer, "outage.correct", "outage", id, before, after);
        });
  }

  @GetMapping("/outages")
  List<OutageView> outages(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String customer,
      @RequestParam(required = false) String guarantee) {
    return work.outages(customer, guarantee, caller);
  }

  @GetMapping("/outages/{id}")
  OutageView outage(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String customer,
      @PathVariable String id) {
    return work.outage(customer, id, caller);
  }

  // Maintenance windows

  @PostMapping("/maintenance")
  @ApiResponse(
      responseCode = "201",
      description = "The maintenance window, planned",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = MaintenanceView.class)))
  ResponseEntity<String> plan(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String customer,
      @RequestHeader(name = Writes.KEY, required = false) Optional<String> key,
      @RequestBody MaintenanceRequest r) {
    return write(
        caller,
        customer,
        key,
        "POST maintenance",
        r,
        CREATED,
        () -> work.plan(customer, r, caller));
  }

  @PostMapping("/maintenance/{id}/decision")
  @ApiResponse(
      responseCode = "200",
      description = "The maintenance window, approved or not",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = MaintenanceView.class)))
  ResponseEntity<String> decide(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String customer,
      @PathVariable String id,
      @RequestHeader(name = Writes.KEY, required = false) Optional<String> key,
      @RequestBody DecisionRequest r) {
    return write(
        caller,
        customer,
        key,
        "POST maintenance/" + id + "/decision",
        r,
        OK,
        () -> work.decide(customer, id, r, caller));
  }

  @GetMapping("/maintenance")
  List<MaintenanceView> maintenance(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String customer,
      @RequestParam(required = false) String guarantee) {
    return work.maintenance(customer, guarantee, caller);
  }

  // Measurements, ratings, counts, fulfilments

  @PostMapping("/measurements")
  @ApiResponse(
      responseCode = "201",
      description = "The measurements, stored",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = MeasurementsView.class)))
  ResponseEntity<String> measure(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String customer,
      @RequestHeader(name = Writes.KEY, required = false) Optional<String> key,
      @RequestBody MeasurementBatch r) {
    return write(
        caller,
        customer,
        key,
        "POST measurements",
        r,
        CREATED,
        () -> {
          MeasurementsView stored =
              new MeasurementsView(
                  records.measure(customer, r).stream()
                      .map(m -> MeasurementView.of(r.guarantee().strip(), m))
                      .toList());
          String guarantee = r.guarantee().strip();
          return logged(caller, customer, "measurement.add", "guarantee", guarantee, null, stored);
        });
  }

  @GetMapping("/measurements")
  @Transactional(readOnly = true)
  List<MeasurementView> measurements(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String customer,
      @RequestParam(required = false) String guarantee) {
    scope.check(customer, caller);
    return records.measurements(customer, guarantee).stream()
        .map(s -> MeasurementView.of(s.guarantee(), s.value()))
        .toList();
  }

  @PostMapping("/ratings")
  @ApiResponse(
      responseCode = "201",
      description = "The rating, stored",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = RatingView.class)))
  ResponseEntity<String> rate(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String customer,
      @RequestHeader(name = Writes.KEY, required = false) Optional<String> key,
      @RequestBody RatingRequest r) {
    return write(
        caller, customer, key, "POST ratings", r, CREATED, () -> notes.rate(customer, r, caller));
  }

  @GetMapping("/ratings")
  @Transactional(readOnly = true)
  List<RatingView> ratings(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String customer,
      @RequestParam(required = false) String guarantee) {
    scope.check(customer, caller);
    return records.ratings(customer, guarantee).stream().map(RatingView::of).toList();
  }

  @PostMapping("/counts")
  @ApiResponse(
      responseCode = "201",
      description = "The count, stored",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = CountView.class)))
  ResponseEntity<String> count(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String customer,
      @RequestHeader(name = Writes.KEY, required = false) Optional<String> key,
      @RequestBody CountRequest r) {
    return write(
        caller,
        customer,
        key,
        "POST counts",
        r,
        CREATED,
        () -> {
          var stored = records.count(customer, r);
          CountView v = CountView.of(r.guarantee().strip(), stored);
          return logged(caller, customer, "count.add", "count", v.id(), null, v);
        });
  }

  @GetMapping("/counts")
  @Transactional(readOnly = true)
  List<CountView> counts(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String customer,
      @RequestParam(required = false) String guarantee) {
    scope.check(customer, caller);
    return records.counts(customer, guarantee).stream()
        .map(s -> CountView.of(s.guarantee(), s.value()))
        .toList();
  }

  @PostMapping("/fulfilments")
  @ApiResponse(
      responseCode = "201",
      description = "The fulfilment, stored",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = FulfilmentView.class)))
  ResponseEntity<String> fulfil(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String customer,
      @RequestHeader(name = Writes.KEY, required = false) Optional<String> key,
      @RequestBody FulfilmentRequest r) {
    return write(
        caller,
        customer,
        key,
        "POST fulfilments",
        r,
        CREATED,
        () -> {
          var stored = records.fulfil(customer, r);
          FulfilmentView v = FulfilmentView.of(r.guarantee().strip(), stored);
          return logged(caller, customer, "fulfilment.add", "fulfilment", v.id(), null, v);
        });
  }

  @GetMapping("/fulfilments")
  @Transactional(readOnly = true)
  List<FulfilmentView> fulfilments(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String customer,
      @RequestParam(required = false) String guarantee) {
    scope.check(customer, caller);
    return records.fulfilments(customer, guarantee).stream()
        .map(s -> FulfilmentView.of(s.guarantee(), s.value()))
        .toList();
  }

  /** Logs the change in the write's transaction, and answers its view. */
  private Object logged(
      Caller caller,
      String customer,
      String action,
      String targetType,
      String targetId,
      Object before,
      Object after) {
    audit.record(caller, customer, action, targetType, targetId, before, after);
    return after;
  }

  /** A write for the path's customer, checked first, inside the idempotent transaction. */
  private ResponseEntity<String> write(
      Caller caller,
      String customer,
      Optional<String> key,
      String what,
      Object body,
      HttpStatus status,
      Supplier<Object> write) {
    return writes.once(
        caller,
        key,
        "/api/customers/" + customer + "/" + what,
        body,
        status,
        () -> {
          scope.check(customer, caller);
          return write.get();
        });
  }
}

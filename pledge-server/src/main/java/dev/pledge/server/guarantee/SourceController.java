package dev.pledge.server.guarantee;

import dev.pledge.server.guarantee.SourceFiles.StoredSource;
import dev.pledge.server.system.ApiException;
import dev.pledge.server.system.Caller;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tier templates, calendars and holiday schedules, which guarantees name instead of writing them
 * inline ({@code extends: it-vip}, {@code calendars: {office: office.yaml}}, {@code
 * holiday_schedules: [company-2026.ics]}). They are the provider's: customers see them only inside
 * their own guarantees.
 */
@RestController
class SourceController {

  private final SourceService service;

  SourceController(SourceService service) {
    this.service = service;
  }

  /** What the API says of a stored text; {@code text} is exactly as uploaded. */
  record SourceView(String name, String kind, int version, Instant uploadedAt, String text) {
    static SourceView of(StoredSource s) {
      return new SourceView(s.name(), s.kind().stored(), s.version(), s.uploadedAt(), s.text());
    }
  }

  @PutMapping(
      path = "/api/templates/{name}",
      consumes = {"application/yaml", "application/x-yaml", MediaType.TEXT_PLAIN_VALUE})
  ResponseEntity<SourceView> putTemplate(
      @AuthenticationPrincipal Caller caller, @PathVariable String name, @RequestBody String text) {
    return put(SourceKind.TEMPLATE, name, text, caller);
  }

  @PutMapping(
      path = "/api/calendars/{name}",
      consumes = {"application/yaml", "application/x-yaml", MediaType.TEXT_PLAIN_VALUE})
  ResponseEntity<SourceView> putCalendar(
      @AuthenticationPrincipal Caller caller, @PathVariable String name, @RequestBody String text) {
    return put(SourceKind.CALENDAR, name, text, caller);
  }

  @PutMapping(
      path = "/api/holiday-schedules/{name}",
      consumes = {"text/calendar", "text/csv", MediaType.TEXT_PLAIN_VALUE})
  ResponseEntity<SourceView> putHolidays(
      @AuthenticationPrincipal Caller caller, @PathVariable String name, @RequestBody String text) {
    return put(SourceKind.HOLIDAYS, name, text, caller);
  }

  @GetMapping("/api/templates")
  List<SourceView> templates() {
    return list(SourceKind.TEMPLATE);
  }

  @GetMapping("/api/calendars")
  List<SourceView> calendars() {
    return list(SourceKind.CALENDAR);
  }

  @GetMapping("/api/holiday-schedules")
  List<SourceView> holidaySchedules() {
    return list(SourceKind.HOLIDAYS);
  }

  @GetMapping("/api/templates/{name}")
  SourceView template(@PathVariable String name) {
    return get(SourceKind.TEMPLATE, name);
  }

  @GetMapping("/api/calendars/{name}")
  SourceView calendar(@PathVariable String name) {
    return get(SourceKind.CALENDAR, name);
  }

  @GetMapping("/api/holiday-schedules/{name}")
  SourceView holidaySchedule(@PathVariable String name) {
    return get(SourceKind.HOLIDAYS, name);
  }

  private ResponseEntity<SourceView> put(SourceKind kind, String name, String text, Caller caller) {
    SourceService.Upload upload = service.upload(kind, name, text, caller);
    HttpStatus status = upload.created() ? HttpStatus.CREATED : HttpStatus.OK;
    return ResponseEntity.status(status).body(SourceView.of(upload.stored()));
  }

  private List<SourceView> list(SourceKind kind) {
    return service.list(kind).stream().map(SourceView::of).toList();
  }

  private SourceView get(SourceKind kind, String name) {
    return service
        .latest(kind, name)
        .map(SourceView::of)
        .orElseThrow(
            () ->
                ApiException.notFound(
                    "no "
                        + kind.stored()
                        + " '"
                        + name
                        + "' is stored; PUT it to /api/"
                        + kind.path()
                        + "/"
                        + name));
  }
}

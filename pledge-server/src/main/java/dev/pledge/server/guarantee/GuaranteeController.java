package dev.pledge.server.guarantee;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.pledge.server.system.ApiException;
import dev.pledge.server.system.Caller;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/guarantees")
class GuaranteeController {

  private final GuaranteeService service;

  GuaranteeController(GuaranteeService service) {
    this.service = service;
  }

  /**
   * What the API says of a stored version; {@code yaml} is the text exactly as uploaded, {@code
   * sources} the templates, calendars and holiday schedules it names, as they were then; {@code
   * versions}, on a GET, every version stored and when each takes effect.
   */
  record GuaranteeView(
      String id,
      int version,
      String provider,
      String customer,
      LocalDate effectiveFrom,
      Instant uploadedAt,
      String yaml,
      Map<String, String> sources,
      @JsonInclude(JsonInclude.Include.NON_NULL) List<VersionView> versions) {
    static GuaranteeView of(StoredGuarantee g) {
      return of(g, null);
    }

    static GuaranteeView of(StoredGuarantee g, List<VersionView> versions) {
      return new GuaranteeView(
          g.id(),
          g.version(),
          g.providerId(),
          g.customerId(),
          g.effectiveFrom(),
          g.uploadedAt(),
          g.yaml(),
          new TreeMap<>(g.sources()),
          versions);
    }
  }

  /** One stored version: null {@code effectiveFrom} is in effect from the beginning. */
  record VersionView(int version, LocalDate effectiveFrom, Instant uploadedAt) {
    static VersionView of(StoredGuarantee g) {
      return new VersionView(g.version(), g.effectiveFrom(), g.uploadedAt());
    }
  }

  @PutMapping(
      path = "/{id}",
      consumes = {"application/yaml", "application/x-yaml", MediaType.TEXT_PLAIN_VALUE})
  ResponseEntity<GuaranteeView> upload(
      @AuthenticationPrincipal Caller caller, @PathVariable String id, @RequestBody String yaml) {
    GuaranteeService.Upload upload = service.upload(id, yaml, caller);
    HttpStatus status = upload.created() ? HttpStatus.CREATED : HttpStatus.OK;
    return ResponseEntity.status(status).body(GuaranteeView.of(upload.stored()));
  }

  private List<VersionView> versions(String id) {
    return service.versions(id).stream().map(VersionView::of).toList();
  }

  @GetMapping("/{id}")
  GuaranteeView get(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
    // Another customer's guarantee is answered as if it were not stored: its id does not leak.
    return service
        .latest(id)
        .filter(g -> caller.maySee(g.customerId()))
        .map(g -> GuaranteeView.of(g, versions(id)))
        .orElseThrow(() -> ApiException.notFound("no guarantee '" + id + "' is stored"));
  }
}

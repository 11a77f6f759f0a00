package dev.pledge.server.guarantee;

import dev.pledge.server.system.ApiException;
import dev.pledge.server.system.Caller;
import java.time.Instant;
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
   * sources} the templates, calendars and holiday schedules it names, as they were then.
   */
  record GuaranteeView(
      String id,
      int version,
      String provider,
      String customer,
      Instant uploadedAt,
      String yaml,
      Map<String, String> sources) {
    static GuaranteeView of(StoredGuarantee g) {
      return new GuaranteeView(
          g.id(),
          g.version(),
          g.providerId(),
          g.customerId(),
          g.uploadedAt(),
          g.yaml(),
          new TreeMap<>(g.sources()));
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

  @GetMapping("/{id}")
  GuaranteeView get(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
    // Another customer's guarantee is answered as if it were not stored: its id does not leak.
    return service
        .latest(id)
        .filter(g -> caller.maySee(g.customerId()))
        .map(GuaranteeView::of)
        .orElseThrow(() -> ApiException.notFound("no guarantee '" + id + "' is stored"));
  }
}

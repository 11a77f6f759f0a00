package dev.pledge.server.sla;

import dev.pledge.server.system.ApiException;
import dev.pledge.server.system.Caller;
import dev.pledge.server.system.Instants;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.Clock;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/tickets")
class SlaController {

  private final SlaService sla;
  private final Clock clock;

  SlaController(SlaService sla, Clock clock) {
    this.sla = sla;
    this.clock = clock;
  }

  /**
   * Each applicable commitment's clock as of {@code as_of} (with its offset), or now. {@code asOf}
   * is the name this endpoint first took, kept as an alias so existing clients keep working; the
   * reports and the rest of the API write {@code as_of}.
   */
  @GetMapping("/{id}/sla")
  SlaService.TicketSla sla(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @RequestParam(name = "as_of", required = false) String asOf,
      @Parameter(
              description = "another name for as_of, kept for existing clients",
              deprecated = true)
          @RequestParam(name = "asOf", required = false)
          String alias) {
    if (asOf != null && alias != null) {
      throw ApiException.badInput("as_of", "give as_of once; asOf is only another name for it");
    }
    String field = asOf != null ? "as_of" : "asOf";
    String value = asOf != null ? asOf : alias;
    if (value == null) {
      return sla.of(id, clock.instant(), caller);
    }
    // An unencoded '+' of an offset arrives as a space: 10:30+08:00 becomes "10:30 08:00".
    return sla.of(id, Instants.parse(field, value.replace(' ', '+')), caller);
  }
}

package dev.pledge.server.sla;

import dev.pledge.server.system.Caller;
import dev.pledge.server.system.Instants;
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

  /** Each applicable commitment's clock as of {@code asOf} (with its offset), or now. */
  @GetMapping("/{id}/sla")
  SlaService.TicketSla sla(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @RequestParam(required = false) String asOf) {
    if (asOf == null) {
      return sla.of(id, clock.instant(), caller);
    }
    // An unencoded '+' of an offset arrives as a space: 10:30+08:00 becomes "10:30 08:00".
    return sla.of(id, Instants.parse("asOf", asOf.replace(' ', '+')), caller);
  }
}

package dev.pledge.server.alert;

import dev.pledge.server.alert.AlertReceiver.Answer;
import dev.pledge.server.alert.AlertReceiver.Defaults;
import dev.pledge.server.system.Caller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Webhook receivers for monitoring systems (docs/api.md, "Alerts from monitoring"). Both answer 200
 * with what became of each alert, also when some were skipped: Alertmanager and Grafana look only
 * at the status, give up on a 4xx and retry on a 5xx, so only a body that is no notification at all
 * is refused, and a 5xx means nothing was stored. The body is read as a tree, not bound to fields,
 * so that the many fields Pledge does not use (and new ones) are ignored.
 */
@RestController
class AlertController {

  private final AlertReceiver receiver;

  AlertController(AlertReceiver receiver) {
    this.receiver = receiver;
  }

  /** Alertmanager's {@code webhook_config}, payload version 4. */
  @PostMapping("/api/alerts/alertmanager")
  Answer alertmanager(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(required = false) String customer,
      @RequestParam(required = false) String service,
      @RequestParam(required = false) String guarantee,
      @RequestBody JsonNode body) {
    return receive("alertmanager", body, new Defaults(customer, service, guarantee), caller);
  }

  /** Grafana alerting's webhook contact point (the notification Grafana 9 to 12 send). */
  @PostMapping("/api/alerts/grafana")
  Answer grafana(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(required = false) String customer,
      @RequestParam(required = false) String service,
      @RequestParam(required = false) String guarantee,
      @RequestBody JsonNode body) {
    return receive("grafana", body, new Defaults(customer, service, guarantee), caller);
  }

  private Answer receive(String source, JsonNode body, Defaults d, Caller caller) {
    int truncated = body == null ? 0 : body.path("truncatedAlerts").asInt(0);
    return receiver.receive(source, Alert.read(body), truncated, d, caller);
  }
}

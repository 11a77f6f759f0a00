package dev.pledge.server.record;

import dev.pledge.server.system.Caller;
import dev.pledge.server.system.Idempotency;
import dev.pledge.server.system.StoredAnswer;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every write of this feature: committed with its answer before the answer leaves, and done once
 * per {@code Idempotency-Key} (a retry gets the first answer again; the key with another request is
 * a conflict).
 */
@Component
class Writes {

  static final String KEY = "Idempotency-Key";

  private final Idempotency idempotency;
  private final JsonMapper json;

  Writes(Idempotency idempotency, JsonMapper json) {
    this.idempotency = idempotency;
    this.json = json;
  }

  /**
   * @param request method and path, e.g. {@code POST /api/customers/acme/outages}
   * @param body the request body, part of what a key is bound to
   * @param write the write, answering the view to send
   */
  ResponseEntity<String> once(
      Caller caller,
      Optional<String> key,
      String request,
      Object body,
      HttpStatus status,
      Supplier<Object> write) {
    String fingerprint = request + "\n" + json.writeValueAsString(body);
    return idempotency
        .once(
            caller.idempotencyScope(),
            key,
            fingerprint,
            () -> new StoredAnswer(status.value(), json.writeValueAsString(write.get())))
        .toResponse();
  }
}

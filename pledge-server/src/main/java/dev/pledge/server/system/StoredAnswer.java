package dev.pledge.server.system;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** An answer as it was committed: replayed byte for byte when a request is repeated. */
public record StoredAnswer(int status, String json) {

  public ResponseEntity<String> toResponse() {
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(json);
  }
}

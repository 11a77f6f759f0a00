package dev.pledge.server.guarantee;

import java.time.Instant;
import java.util.Map;

/**
 * One uploaded version of a guarantee, as stored.
 *
 * @param yaml the text exactly as uploaded
 * @param sources the templates, calendars and holiday schedules it names, by name, as they were
 *     when it was uploaded
 */
public record StoredGuarantee(
    String id,
    int version,
    String providerId,
    String customerId,
    String yaml,
    Instant uploadedAt,
    Map<String, String> sources) {

  public StoredGuarantee {
    sources = Map.copyOf(sources);
  }

  StoredGuarantee withSources(Map<String, String> texts) {
    return new StoredGuarantee(id, version, providerId, customerId, yaml, uploadedAt, texts);
  }
}

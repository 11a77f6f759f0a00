package dev.pledge.server.guarantee;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * One uploaded version of a guarantee, as stored.
 *
 * @param yaml the text exactly as uploaded
 * @param effectiveFrom the local date, in the guarantee's zone, this version takes effect on; null
 *     when it is in effect from the beginning
 * @param sources the templates, calendars and holiday schedules it names, by name, as they were
 *     when it was uploaded
 */
public record StoredGuarantee(
    String id,
    int version,
    String providerId,
    String customerId,
    String yaml,
    LocalDate effectiveFrom,
    Instant uploadedAt,
    Map<String, String> sources) {

  public StoredGuarantee {
    sources = Map.copyOf(sources);
  }

  StoredGuarantee withSources(Map<String, String> texts) {
    return new StoredGuarantee(
        id, version, providerId, customerId, yaml, effectiveFrom, uploadedAt, texts);
  }
}

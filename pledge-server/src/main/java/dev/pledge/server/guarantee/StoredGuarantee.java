package dev.pledge.server.guarantee;

import java.time.Instant;

/** One uploaded version of a guarantee, as stored. */
public record StoredGuarantee(
    String id,
    int version,
    String providerId,
    String customerId,
    String yaml,
    Instant uploadedAt) {}

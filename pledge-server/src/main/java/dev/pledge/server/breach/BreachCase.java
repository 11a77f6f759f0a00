package dev.pledge.server.breach;

import java.time.Instant;

/**
 * The timeout-handling record a breach opens: which clock of which ticket broke when, why, what the
 * customer was told, what is done about it and by whom, and whether it is closed.
 */
public record BreachCase(
    String id,
    String ticket,
    String customer,
    String commitment,
    int cycle,
    Instant breachedAt,
    String cause,
    String customerNotice,
    String correctiveAction,
    String actionOwner,
    String status,
    Instant openedAt,
    Instant acknowledgedAt,
    Instant closedAt) {}

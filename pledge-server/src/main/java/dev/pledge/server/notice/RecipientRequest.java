package dev.pledge.server.notice;

/**
 * POST /api/organisations/{id}/recipients. {@code calendar} is calendar YAML (the CLI's calendar
 * format, inline only); {@code warnings} and {@code breaches} default to true, {@code locale} to
 * {@code en}, {@code escalation_minutes} to 0.
 */
record RecipientRequest(
    String channel,
    String address,
    String locale,
    String zone,
    String calendar,
    String secret,
    Boolean warnings,
    Boolean breaches,
    Integer escalationMinutes) {}

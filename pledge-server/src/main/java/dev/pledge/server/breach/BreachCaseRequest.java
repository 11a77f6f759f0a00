package dev.pledge.server.breach;

/**
 * A change to a breach case, from {@code PATCH /api/breach-cases/{id}} or the case's page: the
 * fields given are replaced, the others (null) kept; each language's notice is its own field.
 */
public record BreachCaseRequest(
    String cause,
    String customerNotice,
    String customerNoticeZh,
    String correctiveAction,
    String actionOwner,
    String status) {}

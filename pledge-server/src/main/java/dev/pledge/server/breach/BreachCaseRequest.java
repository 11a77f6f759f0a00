package dev.pledge.server.breach;

/** PATCH /api/breach-cases/{id}: the fields given are replaced, the others kept. */
record BreachCaseRequest(
    String cause,
    String customerNotice,
    String correctiveAction,
    String actionOwner,
    String status) {}

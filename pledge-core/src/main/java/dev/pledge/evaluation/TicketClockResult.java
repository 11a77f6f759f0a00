package dev.pledge.evaluation;

import dev.pledge.clock.ClockEvaluation;

/** One ticket's clock for one commitment, as of the evaluation instant. */
public record TicketClockResult(
    String ticketId,
    String commitmentId,
    String severity,
    boolean excluded,
    ClockEvaluation clock) {}

package dev.pledge.server.ticket;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;

/** POST /api/tickets/{id}/events: what happened, when (with its offset), and why. */
public record EventRequest(
    @Schema(
            description = "when it happened, with its offset",
            example = "2026-10-05T10:05+08:00",
            requiredMode = REQUIRED)
        String at,
    @Schema(
            description =
                "a timeline event type: acknowledged, restored, resolved, closed, paused, ...;"
                    + " an unknown one is answered with the whole list",
            example = "acknowledged",
            requiredMode = REQUIRED)
        String event,
    @Schema(
            description = "why: a pause's reason (as the guarantee names it), or a note",
            example = "engineer on the way")
        String reason) {}

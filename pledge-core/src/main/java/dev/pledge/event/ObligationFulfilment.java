package dev.pledge.event;

import java.time.Instant;
import java.util.Objects;

/**
 * A recurring deliverable done once: the October report sent, the daily backup of 5 October taken.
 *
 * @param id the fulfilment's identifier, shown in explanations
 * @param obligation which obligation it fulfils, as the guarantee names it, e.g. {@code
 *     monthly-report}
 * @param at when it was delivered
 * @param covering what it covers: a date ({@code 2026-10-05}), a month ({@code 2026-10}), a quarter
 *     ({@code 2026-Q4}) or a year ({@code 2026}); empty when not said, and then the obligation
 *     decides from {@code at}
 * @param note free text, e.g. where the report was sent; empty if none
 */
public record ObligationFulfilment(
    String id, String obligation, Instant at, String covering, String note) {

  public ObligationFulfilment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(obligation, "obligation");
    Objects.requireNonNull(at, "at");
    covering = covering == null ? "" : covering.strip();
    note = note == null ? "" : note;
  }

  public boolean hasCovering() {
    return !covering.isEmpty();
  }
}

package dev.pledge.obligation;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One delivery of a recurring obligation: a report sent, an inspection done, a backup taken.
 *
 * @param id the fulfilment's identifier, shown in explanations
 * @param obligation the id of the {@link ObligationDefinition} it fulfils
 * @param at when it was delivered
 * @param covers the occurrence it fulfils, or null (or blank) if it does not say: a month {@code
 *     2026-10}, a quarter {@code 2026-Q4}, a year {@code 2026}, or a date {@code 2026-10-03} naming
 *     the occurrence whose covered span contains that date. Without it, the fulfilment goes to the
 *     earliest occurrence still open whose window contains {@code at} (see {@link
 *     ObligationDefinition#evaluate}).
 * @param note free text, or null; not interpreted
 */
public record ObligationFulfilment(
    String id, String obligation, Instant at, String covers, String note) {

  public ObligationFulfilment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(obligation, "obligation");
    Objects.requireNonNull(at, "at");
  }

  /** {@code covers} without surrounding blanks; empty if absent or blank. */
  public Optional<String> coversLabel() {
    return covers == null || covers.isBlank() ? Optional.empty() : Optional.of(covers.strip());
  }
}

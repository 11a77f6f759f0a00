package dev.pledge.remedy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The remedies of a commitment and the window in which the customer may claim them.
 *
 * @param remedies every remedy owed on a breach; all that apply are owed together
 * @param claimWindow when a claim is accepted
 */
public record RemedyTerms(List<Remedy> remedies, ClaimWindow claimWindow) {

  public RemedyTerms {
    remedies = List.copyOf(remedies);
    Objects.requireNonNull(claimWindow, "claimWindow");
  }

  /**
   * What is owed on {@code basis}: nothing unless the period is breached; a tiered credit only if a
   * tier covers the measured value.
   *
   * @param fee the fee for the period
   */
  public List<RemedyOwed> owed(RemedyBasis basis, Money fee) {
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(fee, "fee");
    List<RemedyOwed> out = new ArrayList<>();
    for (Remedy r : remedies) {
      r.owed(basis, fee, claimWindow).ifPresent(out::add);
    }
    return out;
  }
}

package dev.pledge.remedy;

import dev.pledge.period.Figures;
import dev.pledge.period.ReportingPeriod;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A remedy owed for a breached period, with how it was worked out.
 *
 * @param remedy the remedy that applies
 * @param tier the credit tier chosen, for a {@link Remedy.Credit}
 * @param amount the money owed, for a credit, a fee waiver or a fixed penalty
 * @param serviceExtension the extra service time owed, for a {@link Remedy.ServiceTimeExtension}
 * @param claimOpens from when the customer can claim it: the end of the period
 * @param claimDeadline the last instant a claim is in time
 * @param explanation which value, which tier, which fee, and the arithmetic
 */
public record RemedyOwed(
    Remedy remedy,
    Optional<CreditTier> tier,
    Optional<Money> amount,
    Optional<Duration> serviceExtension,
    Instant claimOpens,
    Instant claimDeadline,
    List<String> explanation) {

  public RemedyOwed {
    Objects.requireNonNull(remedy, "remedy");
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(serviceExtension, "serviceExtension");
    Objects.requireNonNull(claimOpens, "claimOpens");
    Objects.requireNonNull(claimDeadline, "claimDeadline");
    explanation = List.copyOf(explanation);
  }

  static RemedyOwed of(
      Remedy remedy,
      RemedyBasis basis,
      ClaimWindow window,
      CreditTier tier,
      Money amount,
      Duration extension,
      List<String> explanation) {
    ReportingPeriod period = basis.period();
    Instant deadline = window.deadline(period);
    List<String> lines = new ArrayList<>(explanation);
    lines.add(
        "claim from "
            + Figures.instant(window.opens(period), period.zone())
            + " to "
            + Figures.instant(deadline, period.zone())
            + " ("
            + window.daysAfterPeriod()
            + " days after the period)");
    return new RemedyOwed(
        remedy,
        Optional.ofNullable(tier),
        Optional.ofNullable(amount),
        Optional.ofNullable(extension),
        window.opens(period),
        deadline,
        lines);
  }

  /** True if a claim made at {@code asOf} is in time: after the period, by the deadline. */
  public boolean isClaimable(Instant asOf) {
    return !asOf.isBefore(claimOpens) && !asOf.isAfter(claimDeadline);
  }
}

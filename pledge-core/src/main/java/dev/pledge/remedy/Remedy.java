package dev.pledge.remedy;

import dev.pledge.period.Figures;
import dev.pledge.period.Fraction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a breach costs the provider. A remedy is owed only for a breached period; see {@link
 * RemedyTerms}.
 */
public sealed interface Remedy {

  /**
   * What this remedy owes on {@code basis}; empty if nothing is owed (the period is not breached,
   * or no credit tier covers the value).
   *
   * @param fee the fee for the period, the base of credits and waivers
   * @param window when the customer may claim it
   */
  Optional<RemedyOwed> owed(RemedyBasis basis, Money fee, ClaimWindow window);

  /** A credit of a percentage of the fee, by tier of the exact measured value. */
  record Credit(CreditSchedule schedule) implements Remedy {
    public Credit {
      Objects.requireNonNull(schedule, "schedule");
    }

    @Override
    public Optional<RemedyOwed> owed(RemedyBasis basis, Money fee, ClaimWindow window) {
      if (!basis.isBreached()) {
        return Optional.empty();
      }
      Fraction value =
          basis
              .measured()
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "a tiered credit needs a measured value, and the evaluation of "
                              + basis.period()
                              + " has none; use a fee waiver, fixed penalty or extension instead"));
      Optional<CreditTier> tier = schedule.tierFor(value);
      String shown = Figures.decimal(value) + " (exactly " + value + ")";
      return tier.map(
          t -> {
            Money credit = fee.percentOf(t.creditPercent());
            return RemedyOwed.of(
                this,
                basis,
                window,
                t,
                credit,
                null,
                List.of(
                    "measured value " + shown + " falls in tier " + t,
                    "credit = "
                        + t.creditPercent().toPlainString()
                        + " % of the fee "
                        + fee
                        + " = "
                        + credit));
          });
    }
  }

  /** The whole fee of the period is waived (a 100 % credit). */
  record FeeWaiver() implements Remedy {
    @Override
    public Optional<RemedyOwed> owed(RemedyBasis basis, Money fee, ClaimWindow window) {
      if (!basis.isBreached()) {
        return Optional.empty();
      }
      return Optional.of(
          RemedyOwed.of(
              this,
              basis,
              window,
              null,
              fee,
              null,
              List.of("the period's fee " + fee + " is waived")));
    }
  }

  /**
   * Extra service time: {@code multiple} × the counted downtime, or {@code multiple} × the real
   * length of the period. "Double the downtime as service time" is {@code 2 × COUNTED_DOWNTIME};
   * "the month's service time is doubled" (the month is served again) is {@code 1 × PERIOD}. The
   * result is rounded half-up to the nanosecond.
   */
  record ServiceTimeExtension(BigDecimal multiple, Basis basis) implements Remedy {

    /** What the multiple multiplies. */
    public enum Basis {
      COUNTED_DOWNTIME,
      PERIOD
    }

    public ServiceTimeExtension {
      Objects.requireNonNull(multiple, "multiple");
      Objects.requireNonNull(basis, "basis");
      if (multiple.signum() <= 0) {
        throw new IllegalArgumentException(
            "service-time extension multiple " + multiple + " must be greater than 0");
      }
    }

    @Override
    public Optional<RemedyOwed> owed(RemedyBasis on, Money fee, ClaimWindow window) {
      if (!on.isBreached()) {
        return Optional.empty();
      }
      boolean downtime = basis == Basis.COUNTED_DOWNTIME;
      Duration base = downtime ? on.countedDowntime() : on.period().length();
      Duration extension = times(base, multiple);
      String what = downtime ? "counted downtime " : "the period's length ";
      return Optional.of(
          RemedyOwed.of(
              this,
              on,
              window,
              null,
              null,
              extension,
              List.of(
                  "service time extended by "
                      + multiple.toPlainString()
                      + " × "
                      + what
                      + Figures.duration(base)
                      + " = "
                      + Figures.duration(extension))));
    }

    static Duration times(Duration d, BigDecimal multiple) {
      BigDecimal nanos =
          new BigDecimal(d.getSeconds()).movePointRight(9).add(BigDecimal.valueOf(d.getNano()));
      BigDecimal product = nanos.multiply(multiple).setScale(0, RoundingMode.HALF_UP);
      BigDecimal[] secondsAndNanos = product.divideAndRemainder(BigDecimal.valueOf(1_000_000_000L));
      return Duration.ofSeconds(
          secondsAndNanos[0].longValueExact(), secondsAndNanos[1].longValueExact());
    }
  }

  /** A fixed amount per breached period. */
  record FixedPenalty(Money amount) implements Remedy {
    public FixedPenalty {
      Objects.requireNonNull(amount, "amount");
    }

    @Override
    public Optional<RemedyOwed> owed(RemedyBasis basis, Money fee, ClaimWindow window) {
      if (!basis.isBreached()) {
        return Optional.empty();
      }
      return Optional.of(
          RemedyOwed.of(
              this, basis, window, null, amount, null, List.of("fixed penalty " + amount)));
    }
  }
}

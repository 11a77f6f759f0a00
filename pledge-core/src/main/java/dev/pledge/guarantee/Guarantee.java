package dev.pledge.guarantee;

import dev.pledge.calendar.NamedCalendar;
import dev.pledge.period.PeriodKind;
import dev.pledge.period.ReportingPeriod;
import dev.pledge.remedy.ClaimWindow;
import dev.pledge.remedy.Money;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A versioned set of commitments between a provider and one customer, as written in a guarantee
 * file (docs/guarantee-format.md). Immutable; {@link GuaranteeFile} reads and checks it.
 *
 * @param effectiveFrom the local date this version takes effect on, the first day of a period of
 *     its {@link #longestWindow()}; empty when it is in effect from the beginning
 */
public record Guarantee(
    String id,
    int version,
    LocalizedText title,
    Party provider,
    Optional<Party> customer,
    List<Service> services,
    Validity valid,
    Optional<LocalDate> effectiveFrom,
    ZoneId zone,
    Optional<Money> fee,
    ClaimWindow claimWindow,
    Map<String, NamedCalendar> calendars,
    Map<String, Severity> severities,
    Exclusions exclusions,
    List<Commitment> commitments) {

  public Guarantee {
    services = List.copyOf(services);
    calendars = Map.copyOf(calendars);
    severities = Map.copyOf(severities);
    commitments = List.copyOf(commitments);
  }

  public Optional<Commitment> commitment(String id) {
    return commitments.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /** The longest window any commitment is measured over: a version governs whole ones. */
  public PeriodKind longestWindow() {
    return longestWindow(commitments);
  }

  static PeriodKind longestWindow(List<Commitment> commitments) {
    return commitments.stream()
        .map(Commitment::window)
        .max(Comparator.comparingInt(PeriodKind::months))
        .orElse(PeriodKind.MONTH);
  }

  /** Whether this version governs {@code date}, a local date in its zone. */
  public boolean isInEffectOn(LocalDate date) {
    return effectiveFrom.map(from -> !date.isBefore(from)).orElse(true);
  }

  /**
   * Whether this version is in effect at some time during {@code period}: a period ending on or
   * before {@link #effectiveFrom()} is governed by an earlier version.
   */
  public boolean isInEffectDuring(ReportingPeriod period) {
    return isInEffectOn(period.lastDate());
  }

  /**
   * Refuses a period that lies wholly outside {@link #valid()}: nothing was promised then, so a
   * verdict of met would be invented. A period that overlaps the validity only partly is evaluated
   * whole, as any other.
   *
   * @throws IllegalArgumentException naming the period and the validity
   */
  public void checkValidDuring(ReportingPeriod period) {
    if (!valid.overlaps(period.firstDate(), period.lastDate())) {
      throw new IllegalArgumentException(
          "period "
              + period.label()
              + " is outside the guarantee's validity, "
              + valid
              + "; nothing was promised then");
    }
  }
}

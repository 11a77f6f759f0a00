package dev.pledge.guarantee;

import dev.pledge.calendar.NamedCalendar;
import dev.pledge.remedy.ClaimWindow;
import dev.pledge.remedy.Money;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A versioned set of commitments between a provider and one customer, as written in a guarantee
 * file (docs/guarantee-format.md). Immutable; {@link GuaranteeFile} reads and checks it.
 */
public record Guarantee(
    String id,
    int version,
    LocalizedText title,
    Party provider,
    Optional<Party> customer,
    List<Service> services,
    Validity valid,
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
}

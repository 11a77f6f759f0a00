package dev.pledge.period;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * A period commitment measured on outages: availability, a downtime budget, a maintenance budget, a
 * maximum number of outages, a minimum number of trouble-free days, in any combination. Each clause
 * given gets its own verdict; the commitment holds only if all of them do.
 *
 * <p>How downtime is counted (see docs/semantics.md ("Periods")):
 *
 * <ul>
 *   <li>An outage counts from its detection or its report ({@link CountFrom}), falling back to the
 *       other when the chosen one is missing, until its restoration; an open outage counts until
 *       the evaluation instant.
 *   <li>An outage whose cause is excluded, or that was not reported within the report deadline
 *       after it began (exactly the deadline is in time), is dropped whole. With a report deadline,
 *       an outage not reported yet does not count; it counts once reported in time.
 *   <li>Counted downtime D is the length of the union of counted outages, less the union of
 *       customer-approved maintenance, inside the period. Unapproved maintenance is downtime only
 *       if {@link Builder#unapprovedMaintenanceIsDowntime} says so.
 *   <li>Availability is (P − D) / P, or (P − M − D) / (P − M) ({@link Denominator}), exact.
 * </ul>
 */
public final class AvailabilityCommitment {

  /** Where counting an outage starts. */
  public enum CountFrom {
    /** At the monitor's detection; at the customer's report if no monitor detected it. */
    DETECTION,
    /** At the customer's report; at the detection if the customer did not report it. */
    REPORT
  }

  /** What availability is a share of. */
  public enum Denominator {
    /** (P − D) / P: the whole period. */
    WHOLE_PERIOD,
    /** (P − M − D) / (P − M): the period less the approved maintenance M. */
    EXCLUDING_MAINTENANCE
  }

  private final String name;
  private final String service;
  private final CountFrom countFrom;
  private final Set<String> excludedCauses;
  private final Duration reportDeadline;
  private final boolean unapprovedMaintenanceIsDowntime;
  private final Denominator denominator;
  private final BigDecimal minAvailabilityPercent;
  private final Duration maxDowntime;
  private final Duration maxMaintenance;
  private final Integer maxOutages;
  private final Integer minTroubleFreeDays;

  private AvailabilityCommitment(Builder b) {
    this.name = b.name;
    this.service = b.service;
    this.countFrom = b.countFrom;
    this.excludedCauses = Set.copyOf(b.excludedCauses);
    this.reportDeadline = b.reportDeadline;
    this.unapprovedMaintenanceIsDowntime = b.unapprovedMaintenanceIsDowntime;
    this.denominator = b.denominator;
    this.minAvailabilityPercent = b.minAvailabilityPercent;
    this.maxDowntime = b.maxDowntime;
    this.maxMaintenance = b.maxMaintenance;
    this.maxOutages = b.maxOutages;
    this.minTroubleFreeDays = b.minTroubleFreeDays;
  }

  public static Builder builder(String name) {
    return new Builder(name);
  }

  /**
   * Evaluates the commitment for {@code period} as known at {@code asOf}: only what happened before
   * {@code asOf} counts, and event times after it are treated as not known yet.
   *
   * @param outages outages of any service and time; those of other services, and those not touching
   *     the period, are ignored
   * @param maintenance maintenance windows of the service, approved or not, of any time
   */
  public AvailabilityEvaluation evaluate(
      ReportingPeriod period,
      Instant asOf,
      Collection<Outage> outages,
      Collection<MaintenanceWindow> maintenance) {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(asOf, "asOf");
    DowntimeCount count = DowntimeCounter.count(this, period, asOf, outages, maintenance);
    return new AvailabilityEvaluation(this, count);
  }

  public String name() {
    return name;
  }

  /** The service whose outages count; empty if outages of every service count. */
  public Optional<String> service() {
    return Optional.ofNullable(service);
  }

  public CountFrom countFrom() {
    return countFrom;
  }

  /** Excluded cause categories, in lower case. */
  public Set<String> excludedCauses() {
    return excludedCauses;
  }

  boolean isExcluded(String cause) {
    return excludedCauses.contains(cause.toLowerCase(Locale.ROOT));
  }

  /** How soon after it began an outage must be reported to count; empty for no deadline. */
  public Optional<Duration> reportDeadline() {
    return Optional.ofNullable(reportDeadline);
  }

  public boolean unapprovedMaintenanceIsDowntime() {
    return unapprovedMaintenanceIsDowntime;
  }

  public Denominator denominator() {
    return denominator;
  }

  public Optional<BigDecimal> minAvailabilityPercent() {
    return Optional.ofNullable(minAvailabilityPercent);
  }

  public Optional<Duration> maxDowntime() {
    return Optional.ofNullable(maxDowntime);
  }

  /** The maintenance budget: at most this much approved maintenance in the period. */
  public Optional<Duration> maxMaintenance() {
    return Optional.ofNullable(maxMaintenance);
  }

  public OptionalInt maxOutages() {
    return maxOutages == null ? OptionalInt.empty() : OptionalInt.of(maxOutages);
  }

  public OptionalInt minTroubleFreeDays() {
    return minTroubleFreeDays == null ? OptionalInt.empty() : OptionalInt.of(minTroubleFreeDays);
  }

  @Override
  public String toString() {
    return "AvailabilityCommitment[" + name + "]";
  }

  /** Collects a commitment; {@link #build()} checks it whole and reports every problem at once. */
  public static final class Builder {
    private final String name;
    private String service;
    private CountFrom countFrom = CountFrom.DETECTION;
    private final Set<String> excludedCauses = new TreeSet<>();
    private Duration reportDeadline;
    private boolean unapprovedMaintenanceIsDowntime;
    private Denominator denominator = Denominator.WHOLE_PERIOD;
    private BigDecimal minAvailabilityPercent;
    private Duration maxDowntime;
    private Duration maxMaintenance;
    private Integer maxOutages;
    private Integer minTroubleFreeDays;

    private Builder(String name) {
      this.name = Objects.requireNonNull(name, "name");
    }

    /** Only outages of this service count; by default, outages of every service do. */
    public Builder service(String service) {
      this.service = Objects.requireNonNull(service, "service");
      return this;
    }

    /** Where counting starts; {@link CountFrom#DETECTION} by default. */
    public Builder countFrom(CountFrom countFrom) {
      this.countFrom = Objects.requireNonNull(countFrom, "countFrom");
      return this;
    }

    /** Outages with these cause categories (any case) are dropped whole. */
    public Builder excludeCauses(String... causes) {
      for (String c : causes) {
        excludedCauses.add(c.toLowerCase(Locale.ROOT));
      }
      return this;
    }

    /** An outage reported later than this after it began is dropped; exactly this is in time. */
    public Builder reportDeadline(Duration deadline) {
      this.reportDeadline = Objects.requireNonNull(deadline, "deadline");
      return this;
    }

    /** Whether maintenance the customer did not approve counts as downtime; false by default. */
    public Builder unapprovedMaintenanceIsDowntime(boolean counts) {
      this.unapprovedMaintenanceIsDowntime = counts;
      return this;
    }

    /** {@link Denominator#WHOLE_PERIOD} by default. */
    public Builder denominator(Denominator denominator) {
      this.denominator = Objects.requireNonNull(denominator, "denominator");
      return this;
    }

    /** Clause: availability at least this percentage, e.g. {@code 99.9}. */
    public Builder minAvailabilityPercent(BigDecimal percent) {
      this.minAvailabilityPercent = Objects.requireNonNull(percent, "percent");
      return this;
    }

    public Builder minAvailabilityPercent(String percent) {
      return minAvailabilityPercent(new BigDecimal(percent));
    }

    /** Clause: counted downtime at most this long. */
    public Builder maxDowntime(Duration max) {
      this.maxDowntime = Objects.requireNonNull(max, "max");
      return this;
    }

    /** Clause (maintenance budget): approved maintenance in the period at most this long. */
    public Builder maxMaintenance(Duration max) {
      this.maxMaintenance = Objects.requireNonNull(max, "max");
      return this;
    }

    /** Clause: at most this many outages with counted downtime in the period. */
    public Builder maxOutages(int max) {
      this.maxOutages = max;
      return this;
    }

    /** Clause: at least this many local dates of the period without counted downtime. */
    public Builder minTroubleFreeDays(int min) {
      this.minTroubleFreeDays = min;
      return this;
    }

    public AvailabilityCommitment build() {
      List<String> problems = new ArrayList<>();
      if (name.isBlank()) {
        problems.add("name is blank; give the commitment a name");
      }
      if (minAvailabilityPercent != null
          && (minAvailabilityPercent.signum() < 0
              || minAvailabilityPercent.compareTo(BigDecimal.valueOf(100)) > 0)) {
        problems.add(
            "minAvailabilityPercent " + minAvailabilityPercent + " must be between 0 and 100");
      }
      requireNotNegative(problems, "reportDeadline", reportDeadline);
      requireNotNegative(problems, "maxDowntime", maxDowntime);
      requireNotNegative(problems, "maxMaintenance", maxMaintenance);
      requireNotNegative(problems, "maxOutages", maxOutages);
      requireNotNegative(problems, "minTroubleFreeDays", minTroubleFreeDays);
      if (minAvailabilityPercent == null
          && maxDowntime == null
          && maxMaintenance == null
          && maxOutages == null
          && minTroubleFreeDays == null) {
        problems.add(
            "no clause; give at least one of minAvailabilityPercent, maxDowntime,"
                + " maxMaintenance, maxOutages, minTroubleFreeDays");
      }
      if (!problems.isEmpty()) {
        throw new IllegalArgumentException(
            "commitment '" + name + "': " + String.join("; ", problems));
      }
      return new AvailabilityCommitment(this);
    }

    private static void requireNotNegative(List<String> problems, String field, Duration d) {
      if (d != null && d.isNegative()) {
        problems.add(field + " " + d + " is negative");
      }
    }

    private static void requireNotNegative(List<String> problems, String field, Integer n) {
      if (n != null && n < 0) {
        problems.add(field + " " + n + " is negative");
      }
    }
  }
}

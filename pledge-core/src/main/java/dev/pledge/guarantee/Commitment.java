package dev.pledge.guarantee;

import dev.pledge.clock.ClockDefinition;
import dev.pledge.obligation.ObligationDefinition;
import dev.pledge.period.AvailabilityCommitment;
import dev.pledge.period.CountRatioCommitment;
import dev.pledge.period.LatencyCommitment;
import dev.pledge.period.PeriodKind;
import dev.pledge.period.RatingCommitment;
import dev.pledge.remedy.Remedy;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One measurable promise of a guarantee. */
public sealed interface Commitment {

  String id();

  LocalizedText name();

  /** The kind the guarantee file names, e.g. {@code response} or {@code downtime_budget}. */
  String kind();

  /** The period its verdict is given for. */
  PeriodKind window();

  /** What a breach costs; empty if nothing beyond the breach case. */
  List<Remedy> remedies();

  /**
   * A clock on each ticket in scope, such as "respond within 5 minutes": per severity, or one
   * target for all. The period verdict holds when the share of tickets that met their clock is at
   * least {@code minOnTimePercent} (100 by default: every ticket).
   */
  record TicketClock(
      String id,
      LocalizedText name,
      String kind,
      Scope scope,
      Map<String, ClockDefinition> bySeverity,
      Optional<ClockDefinition> otherwise,
      BigDecimal minOnTimePercent,
      PeriodKind window,
      List<Remedy> remedies,
      List<CategoryClock> byCategory)
      implements Commitment {

    public TicketClock {
      bySeverity = Map.copyOf(bySeverity);
      remedies = List.copyOf(remedies);
      byCategory = List.copyOf(byCategory);
    }

    /** A commitment whose target does not depend on the ticket's category. */
    public TicketClock(
        String id,
        LocalizedText name,
        String kind,
        Scope scope,
        Map<String, ClockDefinition> bySeverity,
        Optional<ClockDefinition> otherwise,
        BigDecimal minOnTimePercent,
        PeriodKind window,
        List<Remedy> remedies) {
      this(
          id,
          name,
          kind,
          scope,
          bySeverity,
          otherwise,
          minOnTimePercent,
          window,
          remedies,
          List.of());
    }

    /** The clock for a ticket of {@code severity}, if the commitment sets one. */
    public Optional<ClockDefinition> clockFor(String severity) {
      ClockDefinition c = severity == null ? null : bySeverity.get(severity);
      return c != null ? Optional.of(c) : otherwise;
    }

    /**
     * The clock for a ticket of {@code severity} and {@code category}: its category's, if the
     * commitment gives the category a target (categories compare as cause categories do), else the
     * severity's.
     */
    public Optional<ClockDefinition> clockFor(String severity, String category) {
      if (category != null && !byCategory.isEmpty()) {
        String wanted = Exclusions.normalize(category);
        for (CategoryClock c : byCategory) {
          if (Exclusions.normalize(c.category()).equals(wanted)) {
            return Optional.of(c.clock());
          }
        }
      }
      return clockFor(severity);
    }
  }

  /**
   * A ticket clock's own target for tickets of one category, such as 48 h "when a new domain is set
   * up".
   *
   * @param category the category as the guarantee writes it, e.g. {@code new-domain}
   * @param name how the letter calls such tickets; the category itself if the guarantee gives none
   */
  record CategoryClock(String category, Optional<LocalizedText> name, ClockDefinition clock) {}

  /** Availability, downtime and maintenance budgets, outage counts, trouble-free days. */
  record Availability(
      String id,
      LocalizedText name,
      String kind,
      AvailabilityCommitment terms,
      PeriodKind window,
      List<Remedy> remedies)
      implements Commitment {
    public Availability {
      remedies = List.copyOf(remedies);
    }
  }

  /** Statistics of a measured metric: average, maximum, percentile, exceedances. */
  record Latency(
      String id,
      LocalizedText name,
      LatencyCommitment terms,
      PeriodKind window,
      List<Remedy> remedies)
      implements Commitment {
    public Latency {
      remedies = List.copyOf(remedies);
    }

    @Override
    public String kind() {
      return "latency";
    }
  }

  /** Customer ratings: the share satisfied, the average. */
  record Rating(
      String id,
      LocalizedText name,
      RatingCommitment terms,
      PeriodKind window,
      List<Remedy> remedies)
      implements Commitment {
    public Rating {
      remedies = List.copyOf(remedies);
    }

    @Override
    public String kind() {
      return "rating";
    }
  }

  /** A recurring deliverable: a monthly report by the 5th, a daily backup. */
  record Obligation(
      String id,
      LocalizedText name,
      ObligationDefinition terms,
      PeriodKind window,
      List<Remedy> remedies)
      implements Commitment {
    public Obligation {
      remedies = List.copyOf(remedies);
    }

    @Override
    public String kind() {
      return "obligation";
    }
  }

  /** A ratio of counts, such as a billing error rate at most 3×10⁻⁵. */
  record Ratio(
      String id,
      LocalizedText name,
      CountRatioCommitment terms,
      PeriodKind window,
      List<Remedy> remedies)
      implements Commitment {
    public Ratio {
      remedies = List.copyOf(remedies);
    }

    @Override
    public String kind() {
      return "ratio";
    }
  }
}

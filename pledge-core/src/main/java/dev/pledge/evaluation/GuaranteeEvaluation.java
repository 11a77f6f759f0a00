package dev.pledge.evaluation;

import dev.pledge.clock.ClockDefinition;
import dev.pledge.clock.ClockEvaluation;
import dev.pledge.clock.ClockEvaluator;
import dev.pledge.clock.ClockVerdict;
import dev.pledge.clock.Timeline;
import dev.pledge.clock.TimelineEvent;
import dev.pledge.guarantee.Commitment;
import dev.pledge.guarantee.Exclusions;
import dev.pledge.guarantee.Guarantee;
import dev.pledge.obligation.ObligationFulfilment;
import dev.pledge.period.ClauseVerdict;
import dev.pledge.period.CountSample;
import dev.pledge.period.Figures;
import dev.pledge.period.Fraction;
import dev.pledge.period.MaintenanceWindow;
import dev.pledge.period.Measurement;
import dev.pledge.period.Outage;
import dev.pledge.period.PeriodEvaluation;
import dev.pledge.period.Rating;
import dev.pledge.period.ReportingPeriod;
import dev.pledge.period.Verdict;
import dev.pledge.remedy.Money;
import dev.pledge.remedy.RemedyBasis;
import dev.pledge.remedy.RemedyOwed;
import dev.pledge.remedy.RemedyTerms;
import dev.pledge.time.TimeRange;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Evaluates a guarantee for one period as of an instant, fed its events one at a time: tickets are
 * evaluated as they arrive and only counted, so a month of a million tickets needs no more memory
 * than one; outages, maintenance, measurements, ratings and counts are kept for the period
 * commitments. {@link #report()} gives every commitment's verdict and the remedies owed.
 *
 * <p>A ticket counts in the period in which its clock started. A commitment whose window is a
 * quarter or a year is evaluated over the window that holds the period, on the events given.
 */
public final class GuaranteeEvaluation {

  private final Guarantee guarantee;
  private final ReportingPeriod period;
  private final Instant asOf;
  private final Consumer<TicketClockResult> ticketResults;
  private final Map<String, Tally> tallies = new LinkedHashMap<>();
  private final List<Outage> outages = new ArrayList<>();
  private final List<MaintenanceWindow> maintenance = new ArrayList<>();
  private final List<Measurement> measurements = new ArrayList<>();
  private final List<Rating> ratings = new ArrayList<>();
  private final List<CountSample> counts = new ArrayList<>();
  private final List<ObligationFulfilment> fulfilments = new ArrayList<>();

  /**
   * @param ticketResults receives each ticket's clock for each commitment that applies to it
   */
  public GuaranteeEvaluation(
      Guarantee guarantee,
      ReportingPeriod period,
      Instant asOf,
      Consumer<TicketClockResult> ticketResults) {
    this.guarantee = Objects.requireNonNull(guarantee, "guarantee");
    this.period = Objects.requireNonNull(period, "period");
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.ticketResults = Objects.requireNonNull(ticketResults, "ticketResults");
    for (Commitment c : guarantee.commitments()) {
      if (c instanceof Commitment.TicketClock) {
        tallies.put(c.id(), new Tally(windowOf(c).range()));
      }
    }
  }

  public void ticket(TicketFacts ticket) {
    boolean excluded = guarantee.exclusions().excludes(ticket.cause());
    for (Commitment c : guarantee.commitments()) {
      if (c instanceof Commitment.TicketClock t
          && t.scope().matches(ticket.service(), ticket.type(), ticket.severity())) {
        t.clockFor(ticket.severity(), ticket.category())
            .ifPresent(def -> clock(t, def, ticket, excluded));
      }
    }
  }

  private void clock(
      Commitment.TicketClock c, ClockDefinition def, TicketFacts ticket, boolean excluded) {
    Tally tally = tallies.get(c.id());
    // A ticket counts in the window its clock started in; the start is the first start event
    // known at "as of", so a ticket started elsewhere is passed over before its clock is run.
    Instant started = firstStart(def, ticket.timeline());
    if (started == null || !tally.window.contains(started)) {
      return;
    }
    ClockEvaluation e = ClockEvaluator.evaluate(def, ticket.timeline(), asOf);
    tally.add(e.verdict(), excluded);
    ticketResults.accept(
        new TicketClockResult(ticket.id(), c.id(), ticket.severity(), excluded, e));
  }

  /**
   * The instant of the first event that starts {@code def}'s clock, known at "as of"; null if none.
   */
  private Instant firstStart(ClockDefinition def, Timeline timeline) {
    for (int i = 0; i < timeline.size(); i++) {
      TimelineEvent event = timeline.get(i);
      if (event.at().isAfter(asOf)) {
        break;
      }
      if (def.startsOn(event.type())) {
        return event.at();
      }
    }
    return null;
  }

  public void outage(Outage outage) {
    // Cause categories compare as the guarantee's exclusions do: Customer-Equipment is
    // customer_equipment.
    outages.add(
        new Outage(
            outage.id(),
            outage.service(),
            outage.detectedAt(),
            outage.reportedAt(),
            outage.restoredAt(),
            Exclusions.normalize(outage.cause())));
  }

  public void maintenance(MaintenanceWindow window) {
    maintenance.add(window);
  }

  public void measurement(Measurement measurement) {
    measurements.add(measurement);
  }

  public void rating(Rating rating) {
    ratings.add(rating);
  }

  public void count(CountSample sample) {
    counts.add(sample);
  }

  /** A delivery of a recurring obligation; every one is kept, as matching depends on order. */
  public void fulfilment(ObligationFulfilment fulfilment) {
    fulfilments.add(fulfilment);
  }

  /** Every commitment's result, in the guarantee's order. */
  public GuaranteeReport report() {
    List<CommitmentResult> results = new ArrayList<>();
    for (Commitment c : guarantee.commitments()) {
      results.add(result(c));
    }
    return new GuaranteeReport(guarantee, period, asOf, results);
  }

  private CommitmentResult result(Commitment c) {
    ReportingPeriod window = windowOf(c);
    if (c instanceof Commitment.TicketClock t) {
      TicketCommitmentSummary s = tallies.get(c.id()).summary(t, window);
      Fraction measured = s.onTimePercent().orElse(null);
      RemedyBasis basis = new RemedyBasis(window, s.verdict(), measured, Duration.ZERO);
      return new CommitmentResult(
          c, window, s.clauses(), s.verdict(), owed(c, basis), Optional.empty(), Optional.of(s));
    }
    PeriodEvaluation e = periodEvaluation(c, window);
    List<RemedyOwed> owed = owed(c, RemedyBasis.of(e));
    return new CommitmentResult(
        c, window, e.clauses(), e.verdict(), owed, Optional.of(e), Optional.empty());
  }

  private PeriodEvaluation periodEvaluation(Commitment c, ReportingPeriod window) {
    if (c instanceof Commitment.Availability a) {
      return a.terms().evaluate(window, asOf, outages, maintenance);
    }
    if (c instanceof Commitment.Latency l) {
      return l.terms().evaluate(window, asOf, measurements);
    }
    if (c instanceof Commitment.Rating r) {
      return r.terms().evaluate(window, asOf, ratings);
    }
    if (c instanceof Commitment.Ratio r) {
      return r.terms().evaluate(window, asOf, counts);
    }
    if (c instanceof Commitment.Obligation o) {
      List<ObligationFulfilment> mine =
          fulfilments.stream().filter(f -> f.obligation().equals(c.id())).toList();
      return o.terms().evaluate(window, asOf, mine);
    }
    throw new IllegalStateException(c.id() + " is not a period commitment");
  }

  private List<RemedyOwed> owed(Commitment c, RemedyBasis basis) {
    if (c.remedies().isEmpty()) {
      return List.of();
    }
    // Money remedies are refused by the guarantee reader without a fee, so the stand-in below
    // only ever meets remedies that owe time, never money.
    Money fee = guarantee.fee().orElse(Money.zero(Currency.getInstance("USD")));
    return new RemedyTerms(c.remedies(), guarantee.claimWindow()).owed(basis, fee);
  }

  private ReportingPeriod windowOf(Commitment c) {
    return c.window() == period.kind()
        ? period
        : ReportingPeriod.of(c.window(), period.firstDate(), period.zone());
  }

  /** Counts of one ticket commitment's clocks, and the window whose tickets it counts. */
  private static final class Tally {
    /** Worked out once: a period works out its range from its dates and zone on every call. */
    private final TimeRange window;

    private int met;
    private int breached;
    private int inProgress;
    private int excluded;

    Tally(TimeRange window) {
      this.window = window;
    }

    void add(ClockVerdict verdict, boolean isExcluded) {
      if (isExcluded) {
        excluded++;
        return;
      }
      switch (verdict) {
        case MET -> met++;
        case BREACHED -> breached++;
        case IN_PROGRESS -> inProgress++;
      }
    }

    TicketCommitmentSummary summary(Commitment.TicketClock c, ReportingPeriod window) {
      int decided = met + breached;
      BigDecimal min = c.minOnTimePercent();
      Verdict verdict;
      String observed;
      if (decided == 0) {
        verdict = Verdict.NO_DATA;
        observed = "no ticket decided";
      } else {
        // met / decided >= min / 100, compared exactly: 100 × met >= min × decided.
        boolean holds =
            BigDecimal.valueOf(100L * met).compareTo(min.multiply(BigDecimal.valueOf(decided)))
                >= 0;
        verdict = holds ? Verdict.MET : Verdict.BREACHED;
        observed = Figures.percent(Fraction.of(met, decided)) + " (" + met + " of " + decided + ")";
      }
      ClauseVerdict clause =
          new ClauseVerdict(
              "on time", "≥ " + min.stripTrailingZeros().toPlainString() + " %", observed, verdict);
      return new TicketCommitmentSummary(
          c, window, met, breached, inProgress, excluded, List.of(clause), verdict);
    }
  }
}

package dev.pledge.server.report;

import dev.pledge.evaluation.GuaranteeEvaluation;
import dev.pledge.guarantee.Guarantee;
import dev.pledge.guarantee.Validity;
import dev.pledge.period.ReportingPeriod;
import dev.pledge.report.CsvReportWriter;
import dev.pledge.report.HtmlReportWriter;
import dev.pledge.report.JsonReportWriter;
import dev.pledge.report.ReportWriter;
import dev.pledge.server.guarantee.GuaranteeService;
import dev.pledge.server.guarantee.StoredGuarantee;
import dev.pledge.server.record.CustomerScope;
import dev.pledge.server.record.MeasuredRecords;
import dev.pledge.server.system.ApiException;
import dev.pledge.server.system.Caller;
import dev.pledge.server.system.Instants;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A period report: the guarantee version in effect on the period's first day evaluated by the
 * core's {@link GuaranteeEvaluation} on everything stored for the guarantee, written by the core's
 * report writers — the same document {@code pledge evaluate --format json|csv|html} prints with
 * that version's file for the same events. Nothing is cached: a corrected timestamp changes the
 * next report. The API and the web pages both ask here.
 */
@Service
public class PeriodReports {

  /** The report writers of {@code pledge evaluate --format}. */
  public enum Format {
    JSON,
    CSV,
    HTML
  }

  private final CustomerScope scope;
  private final GuaranteeService guarantees;
  private final MeasuredRecords records;
  private final Clock clock;
  private final Timer computation;

  PeriodReports(
      CustomerScope scope,
      GuaranteeService guarantees,
      MeasuredRecords records,
      Clock clock,
      MeterRegistry meters) {
    this.scope = scope;
    this.guarantees = guarantees;
    this.records = records;
    this.clock = clock;
    this.computation =
        Timer.builder("pledge.report.computation")
            .description("Time to evaluate a period and write its report, reading records included")
            .register(meters);
  }

  /**
   * The report of {@code customer}'s {@code guarantee} for {@code period}; another customer's is
   * answered exactly as one not stored (404).
   *
   * @param asOf the instant with its offset, or null: now, or the end of the period once it is over
   */
  @Transactional(readOnly = true)
  public String write(
      Caller caller, String customer, String guarantee, String period, String asOf, Format format) {
    StoredGuarantee stored = measuredBy(caller, customer, guarantee, period);
    Guarantee g = guarantees.parse(stored);
    ReportingPeriod p = period(period, g);
    Instant at = asOf(asOf, p);
    StringWriter text = new StringWriter();
    PrintWriter out = new PrintWriter(text);
    ReportWriter writer =
        switch (format) {
          case CSV -> new CsvReportWriter(out, g.zone());
          case HTML -> new HtmlReportWriter(out, g.zone());
          case JSON -> new JsonReportWriter(out, g, p, at);
        };
    computation.record(
        () -> {
          GuaranteeEvaluation evaluation = new GuaranteeEvaluation(g, p, at, writer::ticket);
          records.feed(customer, stored.id(), evaluation);
          writer.finish(evaluation.report());
        });
    out.flush();
    return text.toString();
  }

  /**
   * Whether {@link #write} would write the report, without evaluating it: a page that shows the
   * report answers as {@code write} does (404 for another customer's, 400 for a bad period).
   */
  @Transactional(readOnly = true)
  public void check(Caller caller, String customer, String guarantee, String period) {
    measuredBy(caller, customer, guarantee, period);
  }

  /** The version of the customer's guarantee the period is measured by. */
  private StoredGuarantee measuredBy(
      Caller caller, String customer, String guarantee, String period) {
    scope.check(customer, caller);
    if (guarantee == null || guarantee.isBlank()) {
      throw ApiException.badInput("guarantee", "guarantee is missing; say which one to report on");
    }
    StoredGuarantee latest =
        guarantees
            .latest(guarantee)
            .filter(g -> customer.equals(g.customerId()))
            .orElseThrow(() -> ApiException.notFound("no guarantee '" + guarantee + "' is stored"));
    ReportingPeriod p = period(period, guarantees.parse(latest));
    StoredGuarantee version = inEffect(latest, p);
    checkValidDuring(guarantees.parse(version), p);
    return version;
  }

  private static void checkValidDuring(Guarantee g, ReportingPeriod p) {
    try {
      g.checkValidDuring(p);
    } catch (IllegalArgumentException e) {
      throw ApiException.badInput("period", e.getMessage());
    }
  }

  /** A month whose report is offered, and the guarantee version it is measured by. */
  public record Offered(YearMonth month, int version) {}

  /**
   * A guarantee (its latest version) with the months whose report is offered, newest first, the
   * date its first version takes effect when that is still to come (else null), and the latest
   * version's validity, which says why no month is offered when none is.
   */
  public record Reportable(
      StoredGuarantee guarantee, List<Offered> months, LocalDate inEffectFrom, Validity valid) {}

  /**
   * The guarantees the caller may see reports of (a customer's own, or every customer's), each with
   * those of the last {@code months} months, this one included, that a version governs: a month
   * before the first version takes effect, or wholly outside the validity of the version in effect
   * on its first day, has no report.
   */
  @Transactional(readOnly = true)
  public List<Reportable> reportable(Caller caller, int months) {
    return guarantees.latestOfAll().stream()
        .filter(g -> g.customerId() != null && caller.maySee(g.customerId()))
        .map(g -> reportable(guarantees.versions(g.id()), months))
        .toList();
  }

  /** Each month measured by the version in effect on its first day, in the guarantee's zone. */
  private Reportable reportable(List<StoredGuarantee> versions, int months) {
    StoredGuarantee latest = versions.get(0);
    YearMonth now = YearMonth.now(clock.withZone(guarantees.parse(latest).zone()));
    List<Offered> offered =
        IntStream.range(0, months)
            .mapToObj(now::minusMonths)
            .flatMap(
                m ->
                    guarantees
                        .inEffectOn(versions, m.atDay(1))
                        .filter(v -> isValidDuring(v, m))
                        .map(v -> new Offered(m, v.version()))
                        .stream())
            .toList();
    LocalDate first = versions.get(versions.size() - 1).effectiveFrom();
    LocalDate upcoming = first != null && first.isAfter(now.atEndOfMonth()) ? first : null;
    return new Reportable(latest, offered, upcoming, guarantees.parse(latest).valid());
  }

  private boolean isValidDuring(StoredGuarantee version, YearMonth month) {
    Guarantee g = guarantees.parse(version);
    return g.valid().overlaps(month.atDay(1), month.atEndOfMonth());
  }

  /**
   * The version in effect on the period's first day: its effective date starts a period of its
   * longest window, so it governs the whole period, as {@code pledge evaluate} with its file does.
   */
  private StoredGuarantee inEffect(StoredGuarantee latest, ReportingPeriod p) {
    return guarantees
        .inEffectOn(latest.id(), p.firstDate())
        .orElseThrow(
            () ->
                ApiException.badInput(
                    "period",
                    guarantees.inEffectFrom(latest.id())
                        + "; ask for a period that starts on or after it, not "
                        + p.label()));
  }

  private static ReportingPeriod period(String text, Guarantee g) {
    try {
      return ReportingPeriod.parse(text, g.zone());
    } catch (RuntimeException e) {
      throw ApiException.badInput(
          "period",
          "period '"
              + text
              + "' is not a period: write a month (2026-10), a quarter (2026-Q4) or a year"
              + " (2026)");
    }
  }

  private Instant asOf(String text, ReportingPeriod p) {
    if (text == null) {
      Instant now = clock.instant();
      Instant end = p.range().endExclusive();
      return now.isBefore(end) ? now : end;
    }
    // An unencoded '+' of an offset arrives as a space.
    return Instants.parse("as_of", text.replace(' ', '+'));
  }
}

package dev.pledge.report;

import dev.pledge.clock.ClockResult;
import dev.pledge.evaluation.CommitmentResult;
import dev.pledge.evaluation.GuaranteeReport;
import dev.pledge.evaluation.TicketClockResult;
import dev.pledge.guarantee.Guarantee;
import dev.pledge.period.AvailabilityEvaluation;
import dev.pledge.period.ClauseVerdict;
import dev.pledge.period.CountRatioEvaluation;
import dev.pledge.period.Figures;
import dev.pledge.period.Fraction;
import dev.pledge.period.LatencyEvaluation;
import dev.pledge.period.PeriodEvaluation;
import dev.pledge.period.RatingEvaluation;
import dev.pledge.period.ReportingPeriod;
import dev.pledge.remedy.RemedyOwed;
import dev.pledge.time.Durations;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The report as one JSON object, written as it goes: the header, then every ticket clock, then the
 * commitments. Instants carry the guarantee's offset; durations are ISO-8601 with exact seconds
 * beside them.
 */
public final class JsonReportWriter implements ReportWriter {

  private final JsonGenerator json;
  private final ZoneId zone;

  public JsonReportWriter(Writer out, Guarantee guarantee, ReportingPeriod period, Instant asOf) {
    this.json = new JsonFactory().createGenerator(ObjectWriteContext.empty(), out);
    this.zone = guarantee.zone();
    json.writeStartObject();
    json.writeStringProperty("guarantee", guarantee.id());
    json.writeNumberProperty("version", guarantee.version());
    json.writeStringProperty("title", guarantee.title().in("en"));
    guarantee.customer().ifPresent(c -> json.writeStringProperty("customer", c.id()));
    json.writeStringProperty("period", period.label());
    json.writeStringProperty("period_start", ReportText.at(period.range().startInclusive(), zone));
    json.writeStringProperty("period_end", ReportText.at(period.range().endExclusive(), zone));
    json.writeStringProperty("as_of", ReportText.at(asOf, zone));
    json.writeName("tickets");
    json.writeStartArray();
  }

  @Override
  public void ticket(TicketClockResult t) {
    ClockResult c = t.clock().current();
    json.writeStartObject();
    json.writeStringProperty("ticket", t.ticketId());
    json.writeStringProperty("commitment", t.commitmentId());
    json.writeStringProperty("severity", t.severity());
    json.writeStringProperty("verdict", ReportText.verdict(t));
    json.writeStringProperty("state", c.state().toString());
    json.writeNumberProperty("cycles", t.clock().cycles().size());
    instant("started", c.started());
    instant("stopped", c.stopped());
    json.writeStringProperty("target", c.target().toString());
    if (c.workingDays().isPresent()) {
      json.writeNumberProperty("working_days", c.workingDays().getAsInt());
    }
    json.writeStringProperty("elapsed", c.elapsed().toString());
    json.writeNumberProperty("elapsed_seconds", Durations.toSeconds(c.elapsed()));
    instant("due", c.due());
    instant("breach_after", c.breachAfter());
    json.writeEndObject();
  }

  private void instant(String name, Optional<Instant> value) {
    if (value.isPresent()) {
      json.writeStringProperty(name, ReportText.at(value.get(), zone));
    } else {
      json.writeNullProperty(name);
    }
  }

  @Override
  public void finish(GuaranteeReport report) {
    json.writeEndArray();
    json.writeStringProperty("verdict", report.verdict().toString());
    json.writeName("commitments");
    json.writeStartArray();
    for (CommitmentResult r : report.results()) {
      commitment(r);
    }
    json.writeEndArray();
    json.writeEndObject();
    json.flush();
  }

  private void commitment(CommitmentResult r) {
    json.writeStartObject();
    json.writeStringProperty("id", r.commitment().id());
    json.writeStringProperty("kind", r.commitment().kind());
    json.writeStringProperty("name", r.commitment().name().in("en"));
    json.writeStringProperty("period", r.period().label());
    json.writeStringProperty("verdict", r.verdict().toString());
    json.writeName("clauses");
    json.writeStartArray();
    for (ClauseVerdict c : r.clauses()) {
      json.writeStartObject();
      json.writeStringProperty("clause", c.clause());
      json.writeStringProperty("target", c.target());
      json.writeStringProperty("observed", c.observed());
      json.writeStringProperty("verdict", c.verdict().toString());
      json.writeEndObject();
    }
    json.writeEndArray();
    r.tickets()
        .ifPresent(
            s -> {
              json.writeName("tickets");
              json.writeStartObject();
              json.writeNumberProperty("met", s.met());
              json.writeNumberProperty("breached", s.breached());
              json.writeNumberProperty("in_progress", s.inProgress());
              json.writeNumberProperty("excluded", s.excluded());
              json.writeEndObject();
            });
    r.periodEvaluation().ifPresent(this::figures);
    json.writeName("remedies");
    json.writeStartArray();
    for (RemedyOwed o : r.remedies()) {
      remedy(o);
    }
    json.writeEndArray();
    json.writeName("explanation");
    json.writeStartArray();
    r.periodEvaluation()
        .map(PeriodEvaluation::explanation)
        .orElse(java.util.List.of())
        .forEach(json::writeString);
    json.writeEndArray();
    json.writeEndObject();
  }

  /**
   * The exact figures behind the clauses, for machines: durations in seconds, ratios as exact
   * fractions ({@code 4459/4464}) beside their rounded display.
   */
  private void figures(PeriodEvaluation e) {
    json.writeName("figures");
    json.writeStartObject();
    if (e instanceof AvailabilityEvaluation a) {
      json.writeNumberProperty("period_seconds", Durations.toSeconds(a.periodLength()));
      json.writeNumberProperty("maintenance_seconds", Durations.toSeconds(a.maintenance()));
      json.writeNumberProperty("downtime_seconds", Durations.toSeconds(a.downtime()));
      json.writeNumberProperty("outages", a.outageCount());
      json.writeNumberProperty("trouble_free_days", a.troubleFreeDays());
      a.availabilityPercent().ifPresent(f -> fraction("availability_percent", f));
    } else if (e instanceof LatencyEvaluation l) {
      json.writeNumberProperty("samples", l.samples().size());
      l.average().ifPresent(f -> fraction("average", f));
      l.maximum().ifPresent(m -> json.writeStringProperty("maximum", m.toPlainString()));
    } else if (e instanceof RatingEvaluation r) {
      json.writeNumberProperty("ratings", r.ratings().size());
      r.satisfaction().ifPresent(f -> fraction("satisfied", f));
      r.average().ifPresent(f -> fraction("average", f));
    } else if (e instanceof CountRatioEvaluation c) {
      json.writeStringProperty("count", c.count().toString());
      json.writeStringProperty("total", c.total().toString());
      c.ratio().ifPresent(f -> fraction("ratio", f));
    }
    json.writeEndObject();
  }

  private void fraction(String name, Fraction f) {
    json.writeStringProperty(name, f.toString());
    json.writeStringProperty(name + "_display", Figures.decimal(f));
  }

  private void remedy(RemedyOwed o) {
    json.writeStartObject();
    json.writeStringProperty("remedy", o.remedy().getClass().getSimpleName());
    o.amount()
        .ifPresent(
            m -> {
              json.writeStringProperty("amount", m.amount().toPlainString());
              json.writeStringProperty("currency", m.currency().getCurrencyCode());
            });
    o.serviceExtension()
        .ifPresent(d -> json.writeStringProperty("service_extension", d.toString()));
    json.writeStringProperty("claim_opens", ReportText.at(o.claimOpens(), zone));
    json.writeStringProperty("claim_deadline", ReportText.at(o.claimDeadline(), zone));
    json.writeName("explanation");
    json.writeStartArray();
    o.explanation().forEach(json::writeString);
    json.writeEndArray();
    json.writeEndObject();
  }
}

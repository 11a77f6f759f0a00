package dev.pledge.evaluation;

import dev.pledge.event.EventSink;
import dev.pledge.event.Ticket;
import dev.pledge.obligation.ObligationFulfilment;
import dev.pledge.period.CountSample;
import dev.pledge.period.MaintenanceWindow;
import dev.pledge.period.Measurement;
import dev.pledge.period.Outage;
import dev.pledge.period.Rating;

/**
 * Feeds what an {@link dev.pledge.event.EventReader} delivers into a {@link GuaranteeEvaluation},
 * so that whoever reads event files (the command line, the server's imports and reports) evaluates
 * them the same way.
 */
public final class EvaluationSink implements EventSink {

  private final GuaranteeEvaluation evaluation;

  public EvaluationSink(GuaranteeEvaluation evaluation) {
    this.evaluation = evaluation;
  }

  /** A ticket's rating counts as a rating of the period it was given in. */
  @Override
  public void ticket(Ticket t) {
    evaluation.ticket(facts(t));
    if (t.isRated()) {
      evaluation.rating(t.rating());
    }
  }

  @Override
  public void outage(Outage outage) {
    evaluation.outage(outage);
  }

  @Override
  public void maintenance(MaintenanceWindow window) {
    evaluation.maintenance(window);
  }

  @Override
  public void measurement(Measurement measurement) {
    evaluation.measurement(measurement);
  }

  @Override
  public void rating(Rating rating) {
    evaluation.rating(rating);
  }

  @Override
  public void count(CountSample sample) {
    evaluation.count(sample);
  }

  @Override
  public void fulfilment(dev.pledge.event.ObligationFulfilment f) {
    evaluation.fulfilment(
        new ObligationFulfilment(
            f.id(), f.obligation(), f.at(), f.hasCovering() ? f.covering() : null, f.note()));
  }

  /** What the evaluation needs of a ticket read from a file. */
  public static TicketFacts facts(Ticket t) {
    return new TicketFacts(
        t.id(),
        t.service(),
        t.type().fileName(),
        t.severity().isEmpty() ? null : t.severity(),
        t.cause().isEmpty() ? null : t.cause(),
        t.timeline(),
        t.category().isEmpty() ? null : t.category());
  }
}

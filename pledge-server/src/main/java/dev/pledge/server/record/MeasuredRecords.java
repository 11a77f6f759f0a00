package dev.pledge.server.record;

import dev.pledge.clock.Timeline;
import dev.pledge.evaluation.GuaranteeEvaluation;
import dev.pledge.evaluation.TicketFacts;
import dev.pledge.server.ticket.StoredEvent;
import dev.pledge.server.ticket.TicketService;
import org.springframework.stereotype.Component;

/**
 * Feeds an evaluation everything stored for one customer under one guarantee, as {@code pledge
 * evaluate} feeds it an event file: tickets with their timelines in the order they came, then the
 * ratings (a ticket's own and the others, in the order they came), outages, maintenance windows,
 * measurements, counts and fulfilments, each in the order it came.
 */
@Component
public class MeasuredRecords {

  private final Records records;
  private final TicketService tickets;

  MeasuredRecords(Records records, TicketService tickets) {
    this.records = records;
    this.tickets = tickets;
  }

  public void feed(String customer, String guarantee, GuaranteeEvaluation e) {
    for (TicketService.WithTimeline t : tickets.ofGuarantee(guarantee)) {
      if (customer.equals(t.ticket().customer())) {
        e.ticket(
            new TicketFacts(
                t.ticket().id(),
                t.ticket().service(),
                t.ticket().type(),
                t.ticket().severity(),
                t.ticket().cause(),
                Timeline.of(t.timeline().stream().map(StoredEvent::toTimelineEvent).toList()),
                t.ticket().category()));
      }
    }
    records.ratings(customer, guarantee).forEach(r -> e.rating(r.rating()));
    records.outages(customer, guarantee).forEach(o -> e.outage(o.toOutage()));
    records.maintenance(customer, guarantee).forEach(m -> e.maintenance(m.toWindow()));
    records.measurements(customer, guarantee).forEach(m -> e.measurement(m.value()));
    records.counts(customer, guarantee).forEach(c -> e.count(c.value()));
    records.fulfilments(customer, guarantee).forEach(f -> e.fulfilment(f.value()));
  }
}

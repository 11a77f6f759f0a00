package dev.pledge.server.record;

import dev.pledge.event.EventFormat;
import dev.pledge.event.EventInput;
import dev.pledge.event.EventReader;
import dev.pledge.server.guarantee.GuaranteeService;
import dev.pledge.server.ticket.TicketService;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores an event file (docs/event-formats.md) for one customer and one of its guarantees: what an
 * import sends, and what the demo data is made of.
 */
@Service
public class EventFiles {

  private final CustomerScope scope;
  private final Records records;
  private final TicketService tickets;
  private final GuaranteeService guarantees;
  private final Clock clock;

  EventFiles(
      CustomerScope scope,
      Records records,
      TicketService tickets,
      GuaranteeService guarantees,
      Clock clock) {
    this.scope = scope;
    this.records = records;
    this.tickets = tickets;
    this.guarantees = guarantees;
    this.clock = clock;
  }

  /**
   * What was stored: how many records of each kind, under which guarantee, and the versions its
   * tickets are measured against (each the one in effect when the ticket was reported), ascending.
   */
  public record Stored(
      String guarantee, List<Integer> guaranteeVersions, Map<String, Integer> stored) {}

  /**
   * Stores every event of {@code content} strictly: every line is checked before the first is
   * stored, and a file with any problem stores nothing.
   *
   * @throws dev.pledge.event.EventFileException listing the reader's problems, line by line
   * @throws dev.pledge.server.system.ApiException 400 naming {@code guarantee} if it is not the
   *     customer's
   */
  @Transactional
  public Stored store(String customer, String guarantee, EventFormat format, byte[] content) {
    CustomerScope.Measured g = scope.guarantee(customer, "guarantee", guarantee);
    EventImport sink = new EventImport(customer, g, records, tickets, guarantees, clock.instant());
    EventReader.strict().read(EventInput.of(EventImport.SOURCE, format, content), sink);
    Map<String, Integer> stored = sink.finish();
    return new Stored(g.stored().id(), sink.versionsUsed(), stored);
  }
}

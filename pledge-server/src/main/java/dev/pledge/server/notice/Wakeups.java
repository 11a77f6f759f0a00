package dev.pledge.server.notice;

import dev.pledge.server.system.AfterCommit;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * This node's two polling loops' alarm clocks: scheduled notices and the outbox. Whatever writes a
 * row due soon rings the loop once the row is committed, so a breach is handled and its notices
 * sent within moments rather than at the next poll. Rows written by other nodes are found at the
 * next poll ({@code pledge.notices.poll-interval}) or by the node that wrote them.
 */
@Component
class Wakeups {

  private final Wakeup schedule;
  private final Wakeup outbox;

  Wakeups(Clock clock) {
    this.schedule = new Wakeup(clock);
    this.outbox = new Wakeup(clock);
  }

  Wakeup schedule() {
    return schedule;
  }

  Wakeup outbox() {
    return outbox;
  }

  /** A scheduled notice written in the current transaction falls due at {@code at}. */
  void scheduled(Instant at) {
    AfterCommit.run(() -> schedule.at(at));
  }

  /** A notice written to the outbox in the current transaction may be sent from {@code at}. */
  void queued(Instant at) {
    AfterCommit.run(() -> outbox.at(at));
  }
}

package dev.pledge.server.notice;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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
    afterCommit(schedule, at);
  }

  /** A notice written to the outbox in the current transaction may be sent from {@code at}. */
  void queued(Instant at) {
    afterCommit(outbox, at);
  }

  /**
   * Rings {@code loop} for the earliest of the instants a transaction wrote, once it commits: one
   * ring a transaction, however many rows it wrote (an import writes thousands).
   */
  private static void afterCommit(Wakeup loop, Instant at) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      loop.at(at);
      return;
    }
    Earliest earliest = (Earliest) TransactionSynchronizationManager.getResource(loop);
    if (earliest != null) {
      earliest.bringForward(at);
      return;
    }
    Earliest first = new Earliest(at);
    TransactionSynchronizationManager.bindResource(loop, first);
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            loop.at(first.at);
          }

          @Override
          public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(loop);
          }
        });
  }

  /** The earliest instant written so far in one transaction, for one loop. */
  private static final class Earliest {
    private Instant at;

    Earliest(Instant at) {
      this.at = at;
    }

    void bringForward(Instant other) {
      if (other.isBefore(at)) {
        at = other;
      }
    }
  }
}

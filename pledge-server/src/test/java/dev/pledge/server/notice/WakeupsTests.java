package dev.pledge.server.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Rows written in one transaction ring their loop once, for the earliest, after the commit. */
class WakeupsTests {

  private final Clock clock = Clock.systemUTC();
  private final Wakeups wakeups = new Wakeups(clock);

  @AfterEach
  void endTransaction() {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.clearSynchronization();
    }
  }

  @Test
  void aCommittedTransactionRingsOnceForItsEarliestRow() throws Exception {
    Instant now = clock.instant();
    CountDownLatch awake = sleeper(now.plus(Duration.ofHours(1)));
    TransactionSynchronizationManager.initSynchronization();

    wakeups.scheduled(now.plus(Duration.ofHours(2)));
    wakeups.scheduled(now.minusSeconds(1));
    wakeups.scheduled(now.plus(Duration.ofHours(3)));

    assertThat(awake.await(200, TimeUnit.MILLISECONDS))
        .as("nothing rings before the commit")
        .isFalse();
    List<TransactionSynchronization> registered =
        TransactionSynchronizationManager.getSynchronizations();
    assertThat(registered).hasSize(1);
    complete(registered, true);
    // The first row was due in two hours, past the sleep: only the earliest wakes the loop now.
    assertThat(awake.await(30, TimeUnit.SECONDS)).as("woken by the row due a second ago").isTrue();
    assertThat(TransactionSynchronizationManager.getResourceMap()).isEmpty();
  }

  @Test
  void aRolledBackTransactionRingsNothing() throws Exception {
    Instant now = clock.instant();
    CountDownLatch awake = sleeper(now.plus(Duration.ofHours(1)));
    TransactionSynchronizationManager.initSynchronization();

    wakeups.scheduled(now.minusSeconds(1));
    complete(TransactionSynchronizationManager.getSynchronizations(), false);

    assertThat(awake.await(300, TimeUnit.MILLISECONDS)).isFalse();
    assertThat(TransactionSynchronizationManager.getResourceMap()).isEmpty();
    wakeups.schedule().at(now); // lets the sleeper go
  }

  private static void complete(List<TransactionSynchronization> registered, boolean committed) {
    for (TransactionSynchronization s : registered) {
      if (committed) {
        s.afterCommit();
      }
      s.afterCompletion(
          committed
              ? TransactionSynchronization.STATUS_COMMITTED
              : TransactionSynchronization.STATUS_ROLLED_BACK);
    }
  }

  private CountDownLatch sleeper(Instant until) {
    CountDownLatch awake = new CountDownLatch(1);
    Thread t =
        new Thread(
            () -> {
              try {
                wakeups.schedule().sleepUntil(until);
                awake.countDown();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    t.setDaemon(true);
    t.start();
    return awake;
  }
}

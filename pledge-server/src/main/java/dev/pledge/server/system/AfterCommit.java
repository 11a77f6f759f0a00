package dev.pledge.server.system;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Work to do once what was written is committed: a metric must not count a write rolled back. */
public final class AfterCommit {

  private AfterCommit() {}

  /** Runs {@code action} after the current transaction commits, or now when there is none. */
  public static void run(Runnable action) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              action.run();
            }
          });
    } else {
      action.run();
    }
  }
}

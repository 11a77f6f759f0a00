package dev.pledge.server.notice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Where a polling loop sleeps, and how a transaction that wrote work due soon wakes it: the loop
 * sleeps until the earliest instant it knows of, and {@link #at} brings that forward. Only a hint:
 * the loop reads what is due from the database, so a lost or early wake-up costs one poll, never a
 * notice.
 */
final class Wakeup {

  private final Clock clock;
  private Instant asked;

  Wakeup(Clock clock) {
    this.clock = clock;
  }

  /** Work falls due at {@code at}: a loop sleeping past it wakes by then. */
  synchronized void at(Instant at) {
    if (asked == null || at.isBefore(asked)) {
      asked = at;
      notifyAll();
    }
  }

  /** Sleeps until {@code until}, or until an earlier instant asked for meanwhile. */
  synchronized void sleepUntil(Instant until) throws InterruptedException {
    while (true) {
      Instant target = asked != null && asked.isBefore(until) ? asked : until;
      long nanos = Duration.between(clock.instant(), target).toNanos();
      if (nanos <= 0) {
        break;
      }
      // Rounded up: waking a little early would find nothing due yet and sleep again.
      wait((nanos + 999_999) / 1_000_000);
    }
    asked = null;
  }
}

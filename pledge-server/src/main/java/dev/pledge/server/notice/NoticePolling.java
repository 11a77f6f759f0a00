package dev.pledge.server.notice;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Every node runs two loops of its own, one for due scheduled notices and one for the outbox. Each
 * claims a batch and works it; claims again at once if the batch was full; else sleeps until the
 * earliest row no node holds falls due, at most {@code pledge.notices.poll-interval}, or until this
 * node commits work due sooner ({@link Wakeups}). So a breach is handled at its instant, and its
 * notices leave as soon as that is committed, instead of waiting for the next poll of a fixed
 * timer. Nodes never coordinate except through the claims in the database.
 */
@Component
@ConditionalOnProperty(name = "pledge.notices.polling", havingValue = "true", matchIfMissing = true)
class NoticePolling implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(NoticePolling.class);

  private final NoticeScheduler scheduler;
  private final Dispatcher dispatcher;
  private final Wakeups wakeups;
  private final NoticeSettings settings;
  private final Clock clock;
  private final List<Thread> loops = new ArrayList<>();
  private volatile boolean running;

  NoticePolling(
      NoticeScheduler scheduler,
      Dispatcher dispatcher,
      Wakeups wakeups,
      NoticeSettings settings,
      Clock clock) {
    this.scheduler = scheduler;
    this.dispatcher = dispatcher;
    this.wakeups = wakeups;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public synchronized void start() {
    running = true;
    loops.add(
        loop("pledge-notice-schedule", scheduler::poll, scheduler::nextDue, wakeups.schedule()));
    loops.add(
        loop("pledge-notice-outbox", dispatcher::poll, dispatcher::nextDue, wakeups.outbox()));
  }

  @Override
  public synchronized void stop() {
    running = false;
    for (Thread t : loops) {
      t.interrupt();
    }
    for (Thread t : loops) {
      try {
        t.join(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    loops.clear();
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  private Thread loop(
      String name, Supplier<Polled> poll, Supplier<Optional<Instant>> nextDue, Wakeup wakeup) {
    Thread t = new Thread(() -> run(name, poll, nextDue, wakeup), name);
    t.setDaemon(true);
    t.start();
    return t;
  }

  private void run(
      String name, Supplier<Polled> poll, Supplier<Optional<Instant>> nextDue, Wakeup wakeup) {
    try {
      // The first poll after one interval, as before: a node starting up is busy enough.
      wakeup.sleepUntil(clock.instant().plus(settings.pollInterval()));
      while (running) {
        wakeup.sleepUntil(pollOnce(name, poll, nextDue));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Polls once; returns when to poll next. */
  private Instant pollOnce(
      String name, Supplier<Polled> poll, Supplier<Optional<Instant>> nextDue) {
    Instant latest = clock.instant().plus(settings.pollInterval());
    try {
      if (poll.get().claimed() >= settings.batch()) {
        return clock.instant(); // a full batch: more may be due already
      }
      return nextDue.get().filter(latest::isAfter).orElse(latest);
    } catch (RuntimeException e) {
      // A database that is away for a moment: the next poll tries again. One line, not a stack
      // trace every few seconds while it is away.
      log.warn("{} failed ({}); trying again at the next poll", name, e.toString());
      log.debug("{} failed", name, e);
      return latest;
    } catch (Error e) {
      // The loop must outlive one bad poll: a node whose loop died would send nothing again.
      log.error("{} failed; trying again at the next poll", name, e);
      return latest;
    }
  }
}

package dev.pledge.server.notice;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every node polls on its own, every {@code pledge.notices.poll-interval}: due scheduled notices
 * first, then the outbox. Nodes never coordinate except through the claims in the database.
 */
@Component
@ConditionalOnProperty(name = "pledge.notices.polling", havingValue = "true", matchIfMissing = true)
class NoticePolling {

  private static final Logger log = LoggerFactory.getLogger(NoticePolling.class);

  private final NoticeScheduler scheduler;
  private final Dispatcher dispatcher;

  NoticePolling(NoticeScheduler scheduler, Dispatcher dispatcher) {
    this.scheduler = scheduler;
    this.dispatcher = dispatcher;
  }

  @Scheduled(
      fixedDelayString = "${pledge.notices.poll-interval:PT1S}",
      initialDelayString = "${pledge.notices.poll-interval:PT1S}")
  void poll() {
    try {
      scheduler.pollOnce();
      dispatcher.pollOnce();
    } catch (RuntimeException e) {
      // A database that is away for a moment: the next poll tries again. One line, not a stack
      // trace every few seconds while it is away.
      log.warn("polling for notices failed ({}); trying again at the next poll", e.toString());
      log.debug("polling for notices failed", e);
    }
  }
}

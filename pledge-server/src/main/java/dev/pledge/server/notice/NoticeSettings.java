package dev.pledge.server.notice;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code pledge.notices.*}: how often each node looks for due work, how long a claim lasts, how
 * many threads work it, and how notices are retried.
 *
 * @param polling whether this node polls on its own (tests drive polling by hand with false)
 * @param pollInterval the longest a node sleeps between two polls; it wakes earlier when work it
 *     knows of falls due, or when it has just written work due now
 * @param lease how long a claim keeps other nodes off a row; a node that dies holds it this long
 * @param batch rows claimed per poll
 * @param workers threads that handle claimed notices, and as many that send them, on each node
 * @param warningPercents warnings for commitments whose clocks name no thresholds
 * @param node this node's name in claims; a random one if unset
 * @param maxAttempts sending attempts before a notice is marked failed
 * @param firstRetry wait before the second attempt; doubled each time, plus up to half of it again
 * @param maxRetry the longest wait between two attempts
 * @param mailFrom the sender of notice mails
 * @param webhookPrivateAddresses whether webhooks may go to private network addresses
 * @param mailToLog whether, with no SMTP server configured, mail notices are written to the log
 *     instead of failing (the demo's way of showing them); never used when an SMTP server is set
 */
@ConfigurationProperties("pledge.notices")
record NoticeSettings(
    Boolean polling,
    Duration pollInterval,
    Duration lease,
    Integer batch,
    Integer workers,
    List<Integer> warningPercents,
    String node,
    Integer maxAttempts,
    Duration firstRetry,
    Duration maxRetry,
    String mailFrom,
    Boolean webhookPrivateAddresses,
    Boolean mailToLog) {

  NoticeSettings {
    polling = polling == null || polling;
    pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
    lease = lease == null ? Duration.ofMinutes(2) : lease;
    batch = batch == null ? 100 : batch;
    workers = workers == null ? 4 : workers;
    if (workers < 1) {
      throw new IllegalArgumentException(
          "pledge.notices.workers is " + workers + "; give 1 or more threads, e.g. 4");
    }
    warningPercents = warningPercents == null ? List.of(75, 90) : List.copyOf(warningPercents);
    for (int p : warningPercents) {
      if (p <= 0 || p >= 100) {
        throw new IllegalArgumentException(
            "pledge.notices.warning-percents has "
                + p
                + "; give percentages of the target between 0 and 100, e.g. 75,90");
      }
    }
    node = node == null || node.isBlank() ? "node-" + UUID.randomUUID() : node;
    maxAttempts = maxAttempts == null ? 8 : maxAttempts;
    firstRetry = firstRetry == null ? Duration.ofSeconds(30) : firstRetry;
    maxRetry = maxRetry == null ? Duration.ofHours(1) : maxRetry;
    mailFrom = mailFrom == null ? "pledge@localhost" : mailFrom;
    webhookPrivateAddresses = webhookPrivateAddresses != null && webhookPrivateAddresses;
    mailToLog = mailToLog != null && mailToLog;
  }
}

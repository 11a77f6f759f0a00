package dev.pledge.server.notice;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox: claims due rows like the scheduler does, sends each (mail over SMTP, webhooks
 * as signed JSON POSTs), and records the outcome. A failed attempt is retried after a backoff that
 * doubles each time, plus up to half of it again at random (so many failures do not all retry at
 * once), up to {@code pledge.notices.max-attempts}; then the notice is marked failed, with its last
 * error, for {@code GET /api/notices?status=failed}.
 */
@Component
class Dispatcher {

  static final String NOTICE_ID = "Pledge-Notice-Id";

  private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

  private final Outbox outbox;
  private final Recipients recipients;
  private final NoticeSettings settings;
  private final ObjectProvider<JavaMailSender> mail;
  private final Clock clock;
  private final Claims claims;
  private final MeterRegistry meters;
  private final Workers workers;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  Dispatcher(
      Outbox outbox,
      Recipients recipients,
      NoticeSettings settings,
      ObjectProvider<JavaMailSender> mail,
      JdbcClient db,
      Clock clock,
      MeterRegistry meters) {
    this.outbox = outbox;
    this.recipients = recipients;
    this.settings = settings;
    this.mail = mail;
    this.clock = clock;
    this.claims = new Claims(db, "outbox", "next_attempt_at");
    this.meters = meters;
    this.workers = new Workers("pledge-notice-sender", settings.workers());
  }

  /** Claims what is due and sends it; returns how many notices this node sent. */
  int pollOnce() {
    return poll().handled();
  }

  /**
   * Claims a batch of due notices and sends them on {@code pledge.notices.workers} threads, each
   * ticket's in the order they were written, so a receiver never hears of a breach before the
   * warning that preceded it.
   */
  Polled poll() {
    Claims.Claim claim = claimOnly();
    Map<String, List<Outbox.Entry>> byTicket = new LinkedHashMap<>();
    for (Outbox.Entry e : outbox.find(claim.ids())) {
      byTicket.computeIfAbsent(String.valueOf(e.ticket()), k -> new ArrayList<>()).add(e);
    }
    int sent = workers.each(byTicket.values(), e -> send(e, claim.token()));
    return new Polled(claim.ids().size(), sent);
  }

  /** When the next notice no node holds may be sent. */
  Optional<Instant> nextDue() {
    return claims.nextDue(clock.instant());
  }

  @PreDestroy
  void close() {
    workers.close();
  }

  /** Claims due rows without sending them: what a node that dies right after claiming leaves. */
  Claims.Claim claimOnly() {
    return claims.claim(settings.node(), clock.instant(), settings.lease(), settings.batch());
  }

  private boolean send(Outbox.Entry e, String token) {
    try {
      if (e.channel().equals("email")) {
        email(e);
      } else {
        webhook(e);
      }
      count(e, "sent");
      return outbox.sent(e.id(), token, clock.instant());
    } catch (RuntimeException | MessagingException failure) {
      String error = failure.getClass().getSimpleName() + ": " + failure.getMessage();
      Instant next = retryAt(e.attempts() + 1, clock.instant());
      log.warn(
          "notice {} to {} failed (attempt {}): {}", e.id(), e.address(), e.attempts() + 1, error);
      outbox.attemptFailed(e.id(), token, error, next);
      count(e, next == null ? "failed" : "retrying");
      return false;
    }
  }

  /**
   * Counts a delivery attempt by channel and outcome: sent, retrying (failed, to be tried again) or
   * failed (given up: the notice is marked failed).
   */
  private void count(Outbox.Entry e, String outcome) {
    Counter.builder("pledge.notices")
        .description("Notice delivery attempts, by channel and outcome")
        .tags("channel", e.channel(), "outcome", outcome)
        .register(meters)
        .increment();
  }

  /** When to try again after {@code failed} failed attempts; null once they are used up. */
  Instant retryAt(int failed, Instant now) {
    if (failed >= settings.maxAttempts()) {
      return null;
    }
    Duration wait = settings.firstRetry();
    for (int i = 1; i < failed && wait.compareTo(settings.maxRetry()) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    if (wait.compareTo(settings.maxRetry()) > 0) {
      wait = settings.maxRetry();
    }
    long jitter = ThreadLocalRandom.current().nextLong(wait.toMillis() / 2 + 1);
    return now.plus(wait).plusMillis(jitter);
  }

  private void email(Outbox.Entry e) throws MessagingException {
    JavaMailSender sender = mail.getIfAvailable();
    if (sender == null && settings.mailToLog()) {
      log.warn(
          "Notice {} by email to {} (no SMTP server, so written here):\nSubject: {}\n{}",
          e.id(),
          e.address(),
          e.subject(),
          e.body());
      return;
    }
    if (sender == null) {
      throw new DeliveryFailed(
          "no SMTP server is configured; set spring.mail.host (and port, username, password)");
    }
    MimeMessage message = sender.createMimeMessage();
    MimeMessageHelper m = new MimeMessageHelper(message, "UTF-8");
    m.setFrom(settings.mailFrom());
    m.setTo(e.address());
    m.setSubject(e.subject());
    m.setText(e.body());
    message.setHeader(NOTICE_ID, e.id());
    try {
      sender.send(message);
    } catch (MailException failure) {
      throw new DeliveryFailed(failure.getMessage());
    }
  }

  private void webhook(Outbox.Entry e) {
    String secret =
        recipients
            .find(e.recipient())
            .map(Recipient::secret)
            .orElseThrow(() -> new DeliveryFailed("the recipient was removed; its secret is gone"));
    if (!settings.webhookPrivateAddresses()) {
      WebhookTargets.refusedResolved(URI.create(e.address()))
          .ifPresent(
              why -> {
                throw new DeliveryFailed(
                    "refused: "
                        + why
                        + "; set pledge.notices.webhook-private-addresses=true to allow it");
              });
    }
    long t = clock.instant().getEpochSecond();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(e.address()))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .header(NOTICE_ID, e.id())
            .header(WebhookSignature.HEADER, WebhookSignature.header(secret, t, e.body()))
            .POST(HttpRequest.BodyPublishers.ofString(e.body()))
            .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException failure) {
      throw new DeliveryFailed("webhook unreachable: " + failure.getMessage());
    } catch (InterruptedException failure) {
      Thread.currentThread().interrupt();
      throw new DeliveryFailed("interrupted while posting the webhook");
    }
    if (response.statusCode() / 100 != 2) {
      throw new DeliveryFailed("webhook answered " + response.statusCode());
    }
  }

  /** A delivery that did not happen, with the reason kept as the notice's last error. */
  static final class DeliveryFailed extends RuntimeException {
    DeliveryFailed(String message) {
      super(message);
    }
  }
}

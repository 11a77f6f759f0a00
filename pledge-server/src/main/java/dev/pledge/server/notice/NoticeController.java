package dev.pledge.server.notice;

import dev.pledge.server.system.ApiException;
import dev.pledge.server.system.Caller;
import java.time.Instant;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The outbox as people see it: what was sent, what waits, and what failed and why. */
@RestController
@RequestMapping("/api/notices")
class NoticeController {

  private final Outbox outbox;

  NoticeController(Outbox outbox) {
    this.outbox = outbox;
  }

  record NoticeView(
      String id,
      String recipient,
      String organisation,
      String ticket,
      String kind,
      String channel,
      String address,
      String subject,
      String status,
      int attempts,
      Instant nextAttemptAt,
      String lastError,
      Instant createdAt,
      Instant sentAt) {
    static NoticeView of(Outbox.Entry e) {
      return new NoticeView(
          e.id(),
          e.recipient(),
          e.organisation(),
          e.ticket(),
          e.kind(),
          e.channel(),
          e.address(),
          e.subject(),
          e.status(),
          e.attempts(),
          e.nextAttemptAt(),
          e.lastError(),
          e.createdAt(),
          e.sentAt());
    }
  }

  /** A customer sees the notices sent to its own recipients; filters are optional. */
  @GetMapping
  List<NoticeView> list(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String ticket) {
    if (status != null && !List.of("pending", "sent", "failed").contains(status)) {
      throw ApiException.badInput(
          "status", "status '" + status + "' is not known; write pending, sent or failed");
    }
    return outbox.list(caller, status, ticket).stream().map(NoticeView::of).toList();
  }
}

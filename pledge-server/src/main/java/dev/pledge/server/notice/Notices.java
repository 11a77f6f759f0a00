package dev.pledge.server.notice;

import dev.pledge.clock.ClockResult;
import dev.pledge.server.breach.BreachCases;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a decided notice into outbox rows, one per recipient of the ticket's customer and of the
 * guarantee's provider; a breach also opens its breach case and schedules the escalations. Runs
 * inside the transaction that marks the scheduled notice done.
 */
@Component
class Notices {

  private final Recipients recipients;
  private final Outbox outbox;
  private final Schedule schedule;
  private final BreachCases breachCases;
  private final JsonMapper json;

  Notices(
      Recipients recipients,
      Outbox outbox,
      Schedule schedule,
      BreachCases breachCases,
      JsonMapper json) {
    this.recipients = recipients;
    this.outbox = outbox;
    this.schedule = schedule;
    this.breachCases = breachCases;
    this.json = json;
  }

  /** To every recipient who wants warnings, at once or at its next working hour. */
  void warning(NoticeClocks.TicketClock c, ClockResult cycle, int percent, Instant now) {
    Notice n = Notice.of("warning", c, cycle, percent, null, now);
    for (Recipient r : recipientsOf(c)) {
      if (r.warnings() && r.escalationMinutes() == 0) {
        write(r, n, r.warningTime(now), now);
      }
    }
  }

  /** Opens the breach case; tells the first line at once and schedules the escalations. */
  void breach(NoticeClocks.TicketClock c, ClockResult cycle, Instant now) {
    Notice draft = Notice.of("breach", c, cycle, 100, null, now);
    String caseId =
        breachCases.open(
            c.ticket().id(),
            c.ticket().customer(),
            c.commitment(),
            cycle.cycle(),
            cycle.breachAfter().orElse(now),
            customerNotice(c, draft, "en"),
            customerNotice(c, draft, "zh-CN"));
    Notice n = Notice.of("breach", c, cycle, 100, caseId, now);
    for (Recipient r : recipientsOf(c)) {
      if (!r.breaches()) {
        continue;
      }
      if (r.escalationMinutes() == 0) {
        write(r, n, now, now);
      } else {
        schedule.add(
            new Schedule.Entry(
                null,
                c.ticket().id(),
                c.commitment(),
                cycle.cycle(),
                "escalation",
                100,
                r.id(),
                now.plus(Duration.ofMinutes(r.escalationMinutes()))));
      }
    }
  }

  void escalation(
      NoticeClocks.TicketClock c,
      ClockResult cycle,
      String breachCase,
      String recipient,
      Instant now) {
    Notice n = Notice.of("escalation", c, cycle, 100, breachCase, now);
    recipients.find(recipient).ifPresent(r -> write(r, n, now, now));
  }

  /**
   * What the customer is told of the breach in {@code locale}, kept in its breach case: in the zone
   * of the customer's first recipient, as its mails show times.
   */
  private String customerNotice(NoticeClocks.TicketClock c, Notice n, String locale) {
    List<Recipient> theirs =
        c.ticket().customer() == null ? List.of() : recipients.of(c.ticket().customer());
    ZoneId zone = theirs.isEmpty() ? n.zone() : theirs.get(0).zoneOr(n.zone());
    Templates.Mail mail = Templates.render(n, locale, zone);
    return mail.subject() + "\n\n" + mail.body();
  }

  private List<Recipient> recipientsOf(NoticeClocks.TicketClock c) {
    List<Recipient> out = new ArrayList<>();
    if (c.ticket().customer() != null) {
      out.addAll(recipients.of(c.ticket().customer()));
    }
    if (c.provider() != null && !c.provider().equals(c.ticket().customer())) {
      out.addAll(recipients.of(c.provider()));
    }
    return out;
  }

  private void write(Recipient r, Notice n, Instant notBefore, Instant now) {
    String id = UUID.randomUUID().toString();
    ZoneId zone = r.zoneOr(n.zone());
    Templates.Mail mail = Templates.render(n, r.locale(), zone);
    String body = r.channel().equals("webhook") ? webhookBody(id, n, zone) : mail.body();
    outbox.add(
        new Outbox.Entry(
            id,
            r.id(),
            r.organisation(),
            n.ticket(),
            n.kind(),
            r.channel(),
            r.address(),
            mail.subject(),
            body,
            "pending",
            0,
            notBefore,
            null,
            now,
            null));
  }

  /** The webhook's JSON: the notice's figures, durations in ISO-8601, instants with offsets. */
  private String webhookBody(String id, Notice n, ZoneId zone) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", id);
    body.put("kind", n.kind());
    body.put("ticket", n.ticket());
    body.put("commitment", n.commitment());
    body.put("cycle", n.cycle());
    body.put("percent", n.percent());
    body.put("target", n.target().toString());
    body.put("elapsed", n.elapsed().toString());
    body.put("remaining", n.remaining().toString());
    body.put("overrun", n.overrun().toString());
    body.put("due", show(n.due(), zone));
    body.put("breach_after", show(n.breachAfter(), zone));
    body.put("as_of", show(n.asOf(), zone));
    body.put("breach_case", n.breachCase());
    return json.writeValueAsString(body);
  }

  private static String show(Instant at, ZoneId zone) {
    return at == null ? null : at.atZone(zone).toOffsetDateTime().toString();
  }
}

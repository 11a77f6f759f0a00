package dev.pledge.server.notice;

import dev.pledge.calendar.BusinessCalendar;
import dev.pledge.calendar.CalendarFile;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Someone an organisation wants told of warnings and breaches: an email address or a webhook.
 *
 * @param zone where the recipient reads times; null for the guarantee's zone
 * @param calendarYaml the working hours warnings wait for; null for "at once"
 * @param secret the webhook's signing secret; null for email
 * @param escalationMinutes 0 to be told at once; N to be told of a breach only if its breach case
 *     is still not acknowledged N minutes after the breach
 */
record Recipient(
    String id,
    String organisation,
    String channel,
    String address,
    String locale,
    String zone,
    String calendarYaml,
    String secret,
    boolean warnings,
    boolean breaches,
    int escalationMinutes,
    Instant createdAt) {

  ZoneId zoneOr(ZoneId fallback) {
    return zone == null ? fallback : ZoneId.of(zone);
  }

  Optional<BusinessCalendar> calendar() {
    return Optional.ofNullable(calendarYaml)
        .map(y -> CalendarFile.parse(y, "recipient " + id + " calendar").calendar());
  }

  /** When a warning may go out: now if the recipient is at work, else at its next opening. */
  Instant warningTime(Instant now) {
    return calendar().filter(c -> !c.isOpen(now)).flatMap(c -> c.nextOpening(now)).orElse(now);
  }
}

package dev.pledge.server.portal;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;

/**
 * Durations as people read them on the pages: {@code 1d 02:03:04}, {@code 0:07:00}. Templates call
 * it as {@code @durations.show(...)} on the ISO-8601 text the API gives.
 */
@Component("durations")
class Durations {

  /** {@code PT7M} as {@code 0:07:00}; {@code null} as empty. */
  public String show(String iso) {
    if (iso == null) {
      return "";
    }
    Duration d = Duration.parse(iso);
    String time = "%d:%02d:%02d".formatted(d.toHoursPart(), d.toMinutesPart(), d.toSecondsPart());
    return d.toDays() > 0 ? d.toDays() + "d " + time : time;
  }

  /** {@code 2026-10-05T10:20+08:00} as {@code 2026-10-05 10:20 +08:00}; {@code null} as empty. */
  public String at(String instant) {
    if (instant == null) {
      return "";
    }
    int zone = Math.max(instant.lastIndexOf('+'), instant.lastIndexOf('-'));
    return zone > 10
        ? instant.substring(0, zone).replace('T', ' ') + " " + instant.substring(zone)
        : instant.replace('T', ' ');
  }

  /** An instant in UTC to the second: {@code 2026-10-05 02:05:00Z}. */
  public String utc(Instant at) {
    return at.truncatedTo(ChronoUnit.SECONDS).toString().replace('T', ' ');
  }
}

package dev.pledge.server.portal;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;

/**
 * Durations as people read them on the pages: {@code 1d 02:03:04}, {@code 0:07:00}. Templates call
 * it as {@code @durations.show(...)} on the ISO-8601 text the API gives.
 */
@Component("durations")
class Durations {

  private static final DateTimeFormatter MINUTES =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");
  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

  /** {@code PT7M} as {@code 0:07:00}; {@code null} as empty. */
  public String show(String iso) {
    if (iso == null) {
      return "";
    }
    return show(Duration.parse(iso));
  }

  /** {@code PT7M} as {@code 0:07:00}. */
  public String show(Duration d) {
    String time = "%d:%02d:%02d".formatted(d.toHoursPart(), d.toMinutesPart(), d.toSecondsPart());
    return d.toDays() > 0 ? d.toDays() + "d " + time : time;
  }

  /**
   * {@code 2026-10-05T10:20+08:00} as {@code 2026-10-05 10:20 +08:00}, with seconds only when there
   * are any (and no fraction); {@code null} as empty.
   */
  public String at(String instant) {
    return instant == null ? "" : show(OffsetDateTime.parse(instant));
  }

  /** An instant in a guarantee's zone, as {@link #at(String)} shows it. */
  public String in(Instant at, ZoneId zone) {
    return show(at.atZone(zone).toOffsetDateTime());
  }

  /** An instant in UTC, as {@link #at(String)} shows it; {@code null} as empty. */
  public String utc(Instant at) {
    return at == null ? "" : show(at.atOffset(ZoneOffset.UTC));
  }

  private static String show(OffsetDateTime at) {
    OffsetDateTime seconds = at.truncatedTo(ChronoUnit.SECONDS);
    return (seconds.getSecond() == 0 ? MINUTES : SECONDS).format(seconds);
  }
}

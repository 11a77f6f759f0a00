package dev.pledge.server.portal;

import dev.pledge.server.system.WholeSeconds;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Durations and instants as people read them on the pages: {@code 1d 02:03:04} ({@code 1天 02:03:04}
 * in Chinese), {@code 0:07:00}, {@code 2026-10-05 10:20:00 +08:00}. Templates call it as
 * {@code @durations.show(...)} on the ISO-8601 text the API gives.
 */
@Component("durations")
class Durations {

  /**
   * Every instant with its seconds, as the notices show them: a column whose deadlines fall on a
   * second reads the same as one whose times fall on a minute.
   */
  private static final DateTimeFormatter INSTANT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

  private final MessageSource messages;

  Durations(MessageSource messages) {
    this.messages = messages;
  }

  /**
   * {@code PT7M} as {@code 0:07:00}, to the nearest second as the notices round (a half second up);
   * {@code null} as empty.
   */
  public String show(String iso) {
    return iso == null ? "" : show(Duration.parse(iso));
  }

  /**
   * A clock's time remaining, to the nearest second but a half second down, so that it and elapsed
   * as shown add up to the target ({@link WholeSeconds}). {@code null} as empty.
   */
  public String remaining(String iso) {
    return iso == null ? "" : clock(WholeSeconds.remaining(Duration.parse(iso)));
  }

  /**
   * {@code PT7M} as {@code 0:07:00}, to the nearest second (a half second up); whole days in the
   * person's language.
   */
  public String show(Duration exact) {
    return clock(WholeSeconds.nearest(exact));
  }

  private String clock(long seconds) {
    Duration d = Duration.ofSeconds(seconds);
    String time = "%d:%02d:%02d".formatted(d.toHoursPart(), d.toMinutesPart(), d.toSecondsPart());
    if (d.toDays() == 0) {
      return time;
    }
    Object[] parts = {d.toDays(), time};
    return messages.getMessage("duration.days", parts, LocaleContextHolder.getLocale());
  }

  /**
   * {@code 2026-10-05T10:20+08:00} as {@code 2026-10-05 10:20:00 +08:00}, without a fraction;
   * {@code null} as empty.
   */
  public String at(String instant) {
    return instant == null ? "" : show(OffsetDateTime.parse(instant));
  }

  /** An instant in a guarantee's zone, as {@link #at(String)} shows it; {@code null} as empty. */
  public String in(Instant at, ZoneId zone) {
    return at == null ? "" : show(at.atZone(zone).toOffsetDateTime());
  }

  private static String show(OffsetDateTime at) {
    return INSTANT.format(at.truncatedTo(ChronoUnit.SECONDS));
  }
}

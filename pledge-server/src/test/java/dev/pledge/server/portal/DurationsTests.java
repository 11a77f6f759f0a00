package dev.pledge.server.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Durations and instants as the pages show them, in the person's language. */
class DurationsTests {

  private final Durations durations = new Durations(pages());

  @AfterEach
  void noLocale() {
    LocaleContextHolder.resetLocaleContext();
  }

  @Test
  void wholeDaysAreWrittenInThePersonsLanguage() {
    Duration week = Duration.ofDays(7).plusMinutes(5);

    LocaleContextHolder.setLocale(Locale.ENGLISH);
    String english = durations.show(week);
    LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
    String chinese = durations.show(week);

    assertThat(english).isEqualTo("7d 0:05:00");
    assertThat(chinese).isEqualTo("7天 0:05:00");
    // Under a day, the time alone, the same in every language.
    assertThat(durations.show("PT7M")).isEqualTo("0:07:00");
  }

  @Test
  void elapsedAndRemainingAsShownAddUpToTheTarget() {
    // A clock read 109.6 s into a 15-minute target: rounded down, both were a second short.
    assertThat(durations.show("PT1M49.6S")).isEqualTo("0:01:50");
    assertThat(durations.remaining("PT13M10.4S")).isEqualTo("0:13:10");
    // Under half a second either way: to the nearest second, as the notices round.
    assertThat(durations.show("PT1M49.4S")).isEqualTo("0:01:49");
    assertThat(durations.remaining("PT13M10.6S")).isEqualTo("0:13:11");
    // Exactly half a second: elapsed rounds up and remaining down, so they still add up.
    assertThat(durations.show("PT1M49.5S")).isEqualTo("0:01:50");
    assertThat(durations.remaining("PT13M10.5S")).isEqualTo("0:13:10");
    // Nothing remaining is shown as nothing, not a second less.
    assertThat(durations.remaining("PT0S")).isEqualTo("0:00:00");
    assertThat(durations.remaining("PT15M")).isEqualTo("0:15:00");
  }

  @Test
  void everyInstantShowsItsSecondsAndNoFraction() {
    ZoneId shanghai = ZoneId.of("Asia/Shanghai");

    // On the minute, with seconds, and with a fraction: the same format each time.
    assertThat(durations.in(Instant.parse("2026-10-05T02:20:00Z"), shanghai))
        .isEqualTo("2026-10-05 10:20:00 +08:00");
    assertThat(durations.at("2026-10-05T10:20:07.250+08:00"))
        .isEqualTo("2026-10-05 10:20:07 +08:00");
    assertThat(durations.in(null, shanghai)).isEmpty();
    assertThat(durations.at(null)).isEmpty();
  }

  private static ResourceBundleMessageSource pages() {
    ResourceBundleMessageSource m = new ResourceBundleMessageSource();
    m.setBasename("messages");
    m.setDefaultEncoding("UTF-8");
    m.setFallbackToSystemLocale(false);
    return m;
  }
}

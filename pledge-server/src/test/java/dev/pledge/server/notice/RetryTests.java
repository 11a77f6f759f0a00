package dev.pledge.server.notice;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** When a failed notice is tried again: doubling waits with jitter, capped, then never. */
class RetryTests {

  private static final Instant NOW = Instant.parse("2026-11-21T02:00:00Z");

  private final Dispatcher dispatcher =
      new Dispatcher(
          null,
          null,
          new NoticeSettings(
              false,
              null,
              null,
              null,
              null,
              null,
              "n",
              6,
              Duration.ofSeconds(30),
              Duration.ofMinutes(3),
              null,
              null,
              null),
          null,
          null,
          Clock.systemUTC(),
          new SimpleMeterRegistry());

  @Test
  void waitsDoubleUpToTheCapWithUpToHalfAgainAtRandom() {
    // failed attempts → the wait before the next one, before jitter
    long[][] table = {
      {1, 30}, // after the first failure: the first retry's wait
      {2, 60},
      {3, 120},
      {4, 180}, // 240 s capped at 3 min
      {5, 180},
    };
    for (long[] row : table) {
      for (int i = 0; i < 200; i++) {
        Duration wait = Duration.between(NOW, dispatcher.retryAt((int) row[0], NOW));
        assertThat(wait)
            .as("after %d failures", row[0])
            .isBetween(
                Duration.ofSeconds(row[1]),
                Duration.ofSeconds(row[1]).multipliedBy(3).dividedBy(2));
      }
    }
  }

  @Test
  void afterTheLastAttemptThereIsNoNext() {
    assertThat(dispatcher.retryAt(6, NOW)).isNull();
  }
}

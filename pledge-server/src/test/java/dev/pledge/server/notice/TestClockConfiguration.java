package dev.pledge.server.notice;

import java.time.Instant;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Gives each server started with it its own {@link TestClock} in place of the system clock. */
@TestConfiguration
class TestClockConfiguration {

  @Bean
  @Primary
  TestClock testClock() {
    return new TestClock(Instant.parse("2026-11-20T00:00:00Z"));
  }
}

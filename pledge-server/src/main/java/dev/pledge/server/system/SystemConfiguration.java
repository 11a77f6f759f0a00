package dev.pledge.server.system;

import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What every feature shares. */
@Configuration
class SystemConfiguration {

  /**
   * The server's only source of "now": recorded-at stamps and the default "as of". Ticks in
   * microseconds, what PostgreSQL stores, so an answer shows the instant a later read returns.
   */
  @Bean
  Clock clock() {
    return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1000));
  }
}

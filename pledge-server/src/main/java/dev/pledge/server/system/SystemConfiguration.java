package dev.pledge.server.system;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What every feature shares. */
@Configuration
class SystemConfiguration {

  /** The server's only source of "now": recorded-at stamps and the default "as of". */
  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}

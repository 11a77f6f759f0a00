package dev.pledge.server;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Every input-limit test on the embedded H2 database the server uses by default, in memory. */
class H2InputLimitsIntegrationTests extends InputLimitsIntegrationTests {
  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestDatabases.h2(registry);
  }
}

package dev.pledge.server;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Every test of the error pages on the embedded H2 database. */
class H2ErrorPagesIntegrationTests extends ErrorPagesIntegrationTests {
  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestDatabases.h2(registry);
  }
}

package dev.pledge.server;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Every alert receiver test on the embedded H2 database the server uses by default, in memory. */
class H2AlertApiTests extends AlertApiTests {
  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestDatabases.h2(registry);
  }
}

package dev.pledge.server;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Stored templates, calendars and holiday schedules on H2. */
class H2GuaranteeSourcesApiTests extends GuaranteeSourcesApiTests {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestDatabases.h2(registry);
  }
}

package dev.pledge.server;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Every test of the pages that work tickets on the embedded H2 database. */
class H2TicketPagesIntegrationTests extends TicketPagesIntegrationTests {
  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestDatabases.h2(registry);
  }
}

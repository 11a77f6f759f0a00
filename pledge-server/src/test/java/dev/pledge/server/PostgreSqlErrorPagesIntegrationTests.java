package dev.pledge.server;

import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every test of the error pages on the machine's PostgreSQL, in a fresh database made for this run
 * and dropped after it; they fail, never skip, without it.
 */
class PostgreSqlErrorPagesIntegrationTests extends ErrorPagesIntegrationTests {
  private static String database;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    database = TestDatabases.postgreSql(registry);
  }

  @AfterAll
  static void dropDatabase() {
    TestDatabases.drop(database);
  }
}

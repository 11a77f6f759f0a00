package dev.pledge.server;

import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every input-limit test on the machine's PostgreSQL (127.0.0.1:5432, user postgres, trust
 * authentication), in a fresh database made for this run and dropped after it.
 */
class PostgreSqlInputLimitsIntegrationTests extends InputLimitsIntegrationTests {
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

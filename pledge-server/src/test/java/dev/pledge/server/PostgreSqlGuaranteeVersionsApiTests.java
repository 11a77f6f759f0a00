package dev.pledge.server;

import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every guarantee version test on the machine's PostgreSQL, in a fresh database made for this run
 * and dropped after it.
 */
class PostgreSqlGuaranteeVersionsApiTests extends GuaranteeVersionsApiTests {
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

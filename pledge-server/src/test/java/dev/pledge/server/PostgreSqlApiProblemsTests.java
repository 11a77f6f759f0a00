package dev.pledge.server;

import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every problem-document test on the machine's PostgreSQL, in a fresh database made for this run
 * and dropped after it. If PostgreSQL cannot be reached these tests fail: they never skip.
 */
class PostgreSqlApiProblemsTests extends ApiProblemsTests {
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

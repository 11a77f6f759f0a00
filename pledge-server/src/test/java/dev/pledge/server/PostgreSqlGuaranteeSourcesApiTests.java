package dev.pledge.server;

import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Stored templates, calendars and holiday schedules on PostgreSQL, in a database of their own. */
class PostgreSqlGuaranteeSourcesApiTests extends GuaranteeSourcesApiTests {

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

package dev.pledge.server.notice;

import dev.pledge.server.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Every notice test on PostgreSQL, in a fresh database dropped afterwards. */
class PostgreSqlNoticeIntegrationTests extends NoticeIntegrationTests {

  private static final String URL = TestDatabases.freshPostgreSql("pledge_notice_test");

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> URL);
    registry.add("spring.datasource.username", () -> TestDatabases.USER);
    registry.add("spring.datasource.password", () -> "");
  }

  @AfterAll
  static void dropDatabase() {
    TestDatabases.dropPostgreSql(URL);
  }
}

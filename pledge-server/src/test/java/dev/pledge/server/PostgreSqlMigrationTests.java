package dev.pledge.server;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The migration tests on the machine's PostgreSQL (127.0.0.1:5432, user postgres, trust
 * authentication), each in a fresh database dropped after it. If PostgreSQL cannot be reached these
 * tests fail, saying how to start it: they never skip.
 */
class PostgreSqlMigrationTests extends MigrationTests {

  private final List<String> made = new ArrayList<>();

  @Override
  DataSource freshDatabase() {
    String url = TestDatabases.freshPostgreSql("pledge_migration");
    made.add(url);
    return new SimpleDriverDataSource(new org.postgresql.Driver(), url, TestDatabases.USER, "");
  }

  @Override
  String vendorMigrations() {
    return "classpath:db/vendor/postgresql";
  }

  @AfterEach
  void dropDatabases() {
    made.forEach(TestDatabases::dropPostgreSql);
  }
}

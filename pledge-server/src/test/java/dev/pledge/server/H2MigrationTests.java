package dev.pledge.server;

import javax.sql.DataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** The migration tests on the embedded H2 database the server uses by default, in memory. */
class H2MigrationTests extends MigrationTests {

  /**
   * One connection kept open, as the server's pool keeps its connections. With a new connection for
   * each use, H2 2.4 refused the first insert after Flyway's connection had closed: "Check
   * constraint invalid", caused by "The database has been closed".
   */
  @Override
  DataSource freshDatabase() {
    return new SingleConnectionDataSource(TestDatabases.freshH2(), "sa", "", true);
  }

  @Override
  String vendorMigrations() {
    return "classpath:db/vendor/h2";
  }
}

package dev.pledge.server;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every alert receiver test on the machine's PostgreSQL (127.0.0.1:5432, user postgres, trust
 * authentication), in a fresh database made for this run and dropped after it. If PostgreSQL cannot
 * be reached these tests fail, saying how to start it: they never skip.
 */
class PostgreSqlAlertApiTests extends AlertApiTests {

  private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
  private static final String USER = "postgres";
  private static final String DATABASE =
      "pledge_test_" + UUID.randomUUID().toString().replace("-", "");

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    onServer("create database " + DATABASE);
    registry.add("spring.datasource.url", () -> SERVER + DATABASE);
    registry.add("spring.datasource.username", () -> USER);
    registry.add("spring.datasource.password", () -> "");
  }

  @AfterAll
  static void dropDatabase() {
    onServer("drop database if exists " + DATABASE + " with (force)");
  }

  private static void onServer(String sql) {
    try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, "");
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "PostgreSQL is needed at "
              + SERVER
              + " (user "
              + USER
              + ", trust authentication) and could not be used: "
              + e.getMessage()
              + ". Start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql)"
              + " main start",
          e);
    }
  }
}

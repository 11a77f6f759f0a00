package dev.pledge.server;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Fresh databases for a test class: an H2 database in memory, or a database of its own on the
 * machine's PostgreSQL (127.0.0.1:5432, user postgres, trust authentication). If PostgreSQL cannot
 * be reached the tests fail, saying how to start it: they never skip.
 */
public final class TestDatabases {

  private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

  /** The PostgreSQL user the tests connect as, with no password (trust authentication). */
  public static final String USER = "postgres";

  private TestDatabases() {}

  static void h2(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", TestDatabases::freshH2);
  }

  /**
   * The JDBC URL of a fresh H2 database in memory, in the modes the server sets; it lasts as long
   * as the JVM.
   */
  static String freshH2() {
    return "jdbc:h2:mem:pledge-"
        + UUID.randomUUID()
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
        + ";DB_CLOSE_DELAY=-1";
  }

  /**
   * Creates a PostgreSQL database for one test class; drop it after the class with {@link #drop}.
   */
  static String postgreSql(DynamicPropertyRegistry registry) {
    String url = freshPostgreSql("pledge_test");
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.username", () -> USER);
    registry.add("spring.datasource.password", () -> "");
    return url.substring(SERVER.length());
  }

  /**
   * Creates a PostgreSQL database with a fresh name and returns its JDBC URL, for tests that start
   * their servers themselves; drop it with {@link #dropPostgreSql}.
   */
  public static String freshPostgreSql(String prefix) {
    String database = prefix + "_" + UUID.randomUUID().toString().replace("-", "");
    onServer("create database " + database);
    return SERVER + database;
  }

  public static void dropPostgreSql(String url) {
    drop(url.substring(SERVER.length()));
  }

  static void drop(String database) {
    if (database != null) {
      onServer("drop database if exists " + database + " with (force)");
    }
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

package dev.pledge.server.notice;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Fresh databases on the machine's PostgreSQL (127.0.0.1:5432, user postgres, trust
 * authentication), as {@code PostgreSqlApiIntegrationTests} makes them: these tests never skip.
 */
final class PostgreSql {

  static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
  static final String USER = "postgres";

  private PostgreSql() {}

  /** Creates a database with a fresh name and returns its JDBC URL. */
  static String freshDatabase(String prefix) {
    String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "");
    onServer("create database " + name);
    return SERVER + name;
  }

  static void drop(String url) {
    onServer("drop database if exists " + url.substring(SERVER.length()) + " with (force)");
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

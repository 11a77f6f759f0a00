package dev.pledge.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The audit log on the machine's PostgreSQL, in a fresh database dropped after the run; there, the
 * database itself refuses to change or remove an entry, whoever asks.
 */
class PostgreSqlAuditLogTests extends AuditLogTests {

  private static String database;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    database = TestDatabases.postgreSql(registry);
  }

  @AfterAll
  static void dropDatabase() {
    TestDatabases.drop(database);
  }

  @Test
  void databaseRefusesToUpdateOrDeleteAnEntry() {
    int before = entriesStored();
    assertThat(before).isPositive();
    assertThatThrownBy(() -> db.sql("update audit_entry set action = 'forged'").update())
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("audit_entry is append-only: UPDATE is not allowed");
    assertThatThrownBy(() -> db.sql("delete from audit_entry").update())
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("append-only: DELETE");
    assertThatThrownBy(() -> db.sql("truncate audit_entry").update())
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("append-only: TRUNCATE");
    assertThat(entriesStored()).isEqualTo(before);
    assertThat(
            db.sql("select count(*) from audit_entry where action = 'forged'")
                .query(Integer.class)
                .single())
        .isZero();
  }

  private int entriesStored() {
    return db.sql("select count(*) from audit_entry").query(Integer.class).single();
  }
}

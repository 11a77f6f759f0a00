package dev.pledge.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Migrations that change rows already stored, run on a fresh database holding rows an earlier
 * version wrote: the subclasses run them on H2 and on PostgreSQL.
 */
abstract class MigrationTests {

  private DataSource database;
  private JdbcClient db;

  /** A fresh, empty database. */
  abstract DataSource freshDatabase();

  /** The migrations only this database runs, e.g. {@code classpath:db/vendor/postgresql}. */
  abstract String vendorMigrations();

  @BeforeEach
  void emptyDatabase() {
    database = freshDatabase();
    db = JdbcClient.create(database);
  }

  @Test
  void v11KeepsTheEarliestRecipientOfEachAddressAndRefusesAnotherTwin() {
    migrateTo("10");
    organisation("acme");
    organisation("globex");
    // The earliest of the acme mail twins is kept; of two stored at once, the smaller id.
    recipient("a-later", "acme", "email", "ops@acme.example", "2026-10-01T10:00Z");
    recipient("b-earliest", "acme", "email", "ops@acme.example", "2026-10-01T09:00Z");
    recipient("c-same-instant", "acme", "email", "ops@acme.example", "2026-10-01T09:00Z");
    recipient("d-hook", "acme", "webhook", "https://acme.example/hook", "2026-10-01T09:00Z");
    recipient("e-hook-twin", "acme", "webhook", "https://acme.example/hook", "2026-10-01T09:00Z");
    // Not twins: the same address on another channel, or for another organisation.
    recipient("f-as-hook", "acme", "webhook", "ops@acme.example", "2026-10-02T09:00Z");
    recipient("g-other", "globex", "email", "ops@acme.example", "2026-10-02T09:00Z");

    migrateTo("latest");

    assertThat(db.sql("select id from notice_recipient order by id").query(String.class).list())
        .containsExactly("b-earliest", "d-hook", "f-as-hook", "g-other");
    assertThatThrownBy(
            () -> recipient("h-new-twin", "acme", "email", "ops@acme.example", "2026-11-01T09:00Z"))
        .isInstanceOf(DataIntegrityViolationException.class)
        .hasMessageContaining("notice_recipient_address_once");
    recipient("i-new", "acme", "email", "desk@acme.example", "2026-11-01T09:00Z");
    assertThat(db.sql("select count(*) from notice_recipient").query(Integer.class).single())
        .isEqualTo(5);
  }

  private void migrateTo(String version) {
    Flyway.configure()
        .dataSource(database)
        .locations("classpath:db/migration", vendorMigrations())
        .target(version)
        .load()
        .migrate();
  }

  private void organisation(String id) {
    db.sql("insert into organisation (id, kind, name) values (:id, 'customer', :id)")
        .param("id", id)
        .update();
  }

  private void recipient(
      String id, String organisation, String channel, String address, String createdAt) {
    db.sql(
            """
            insert into notice_recipient (id, organisation_id, channel, address, locale, warnings,
              breaches, escalation_minutes, created_at)
            values (:id, :organisation, :channel, :address, 'en', true, true, 0, :created)
            """)
        .param("id", id)
        .param("organisation", organisation)
        .param("channel", channel)
        .param("address", address)
        .param("created", OffsetDateTime.parse(createdAt))
        .update();
  }
}

package dev.pledge.server.guarantee;

import dev.pledge.guarantee.Party;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Providers and customers, known from the guarantees that name them. */
@Repository
class Organisations {

  private final JdbcClient db;

  Organisations(JdbcClient db) {
    this.db = db;
  }

  /** Records the party if it is new; a known one keeps its first name. */
  void remember(Party party, String kind) {
    boolean known =
        db.sql("select count(*) from organisation where id = :id")
                .param("id", party.id())
                .query(Integer.class)
                .single()
            > 0;
    if (!known) {
      db.sql(
              """
              insert into organisation (id, kind, name) values (:id, :kind, :name)
              """)
          .param("id", party.id())
          .param("kind", kind)
          .param("name", party.name() == null ? party.id() : nameOf(party))
          .update();
    }
  }

  private static String nameOf(Party party) {
    return party.name().byLanguage().values().stream().findFirst().orElse(party.id());
  }
}

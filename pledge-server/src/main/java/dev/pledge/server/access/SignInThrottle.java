package dev.pledge.server.access;

import dev.pledge.server.system.Instants;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows password guessing: after {@value #FREE_FAILURES} failed sign-ins for one login name, or
 * from one client address, further attempts are refused for a minute, then two, four, ... up to an
 * hour, each further failure doubling the wait. Failures are counted for unknown login names too,
 * so a refusal never tells whether an account exists. Counts live in the database, so every node
 * refuses alike; a name's count is cleared by a successful sign-in, and any count is forgotten (and
 * deleted) a day after its last failure.
 */
@Component
class SignInThrottle {

  static final int FREE_FAILURES = 5;
  private static final Duration FIRST_WAIT = Duration.ofMinutes(1);
  private static final Duration LONGEST_WAIT = Duration.ofHours(1);
  private static final Duration MEMORY = Duration.ofDays(1);

  private final JdbcClient db;
  private final Clock clock;

  SignInThrottle(JdbcClient db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** Until when attempts for this login name or from this address are refused, if they are. */
  @Transactional(readOnly = true)
  Optional<Instant> refusedUntil(String login, String address) {
    Instant now = clock.instant();
    return db
        .sql(
            """
            select locked_until from sign_in_failure
            where throttle_key in (:keys) and locked_until > :now
            """)
        .param("keys", List.of(loginKey(login), addressKey(address)))
        .param("now", Instants.utc(now))
        .query(OffsetDateTime.class)
        .list()
        .stream()
        .map(OffsetDateTime::toInstant)
        .max(Instant::compareTo);
  }

  /** Counts a failed attempt against the login name and the address; committed on its own. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  void failed(String login, String address) {
    forget();
    count(loginKey(login));
    count(addressKey(address));
  }

  /** Drops counts whose last failure is a day old, so guessed names do not pile up. */
  private void forget() {
    db.sql("delete from sign_in_failure where last_failure < :cutoff")
        .param("cutoff", Instants.utc(clock.instant().minus(MEMORY)))
        .update();
  }

  /** A successful sign-in clears the name's count (not the address's: one could reset it so). */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  void succeeded(String login) {
    db.sql("delete from sign_in_failure where throttle_key = :key")
        .param("key", loginKey(login))
        .update();
  }

  private void count(String key) {
    Instant now = clock.instant();
    // The row is made if missing (two nodes may race to make it; one does nothing), then locked,
    // so concurrent failures each count.
    db.sql(
            """
            insert into sign_in_failure (throttle_key, failures, last_failure)
            values (:key, 0, :now) on conflict do nothing
            """)
        .param("key", key)
        .param("now", Instants.utc(now))
        .update();
    int before =
        db.sql(
                """
                select failures, last_failure from sign_in_failure
                where throttle_key = :key for update
                """)
            .param("key", key)
            .query(
                (rs, n) ->
                    forgotten(rs.getObject("last_failure", OffsetDateTime.class), now)
                        ? 0
                        : rs.getInt("failures"))
            .single();
    int failures = before + 1;
    Instant lockedUntil = failures < FREE_FAILURES ? null : now.plus(wait(failures));
    db.sql(
            """
            update sign_in_failure
            set failures = :failures, last_failure = :now, locked_until = :lockedUntil
            where throttle_key = :key
            """)
        .param("key", key)
        .param("failures", failures)
        .param("now", Instants.utc(now))
        .param("lockedUntil", lockedUntil == null ? null : Instants.utc(lockedUntil))
        .update();
  }

  private static boolean forgotten(OffsetDateTime lastFailure, Instant now) {
    return lastFailure.toInstant().plus(MEMORY).isBefore(now);
  }

  /** One minute at the fifth failure, doubling with each further one, at most an hour. */
  static Duration wait(int failures) {
    int doublings = Math.min(failures - FREE_FAILURES, 10);
    Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
    return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
  }

  private static String loginKey(String login) {
    return "login:" + People.normalise(login);
  }

  private static String addressKey(String address) {
    return "address:" + address;
  }
}

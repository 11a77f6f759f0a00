package dev.pledge.server.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pledge.server.system.Caller;
import dev.pledge.server.system.Role;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What a node remembers of the tokens it accepted, on a monotonic clock the test moves. */
class AcceptedTokensTests {

  private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
  private static final Caller AGENT = new Caller("token-1", Role.AGENT, "provider", false);
  private static final Caller OTHER = new Caller("token-2", Role.AGENT, "provider", false);

  private long nanos = 1_000_000_000L;
  private final AcceptedTokens accepted = new AcceptedTokens(Duration.ofSeconds(1), () -> nanos);

  @Test
  void anAcceptedTokenIsKnownForItsLifetimeAndLookedUpAgainAfter() {
    assertThat(accepted.find("hash-1", NOW)).isEmpty();
    accepted.accepted("hash-1", AGENT, null);

    nanos += Duration.ofMillis(999).toNanos();
    assertThat(accepted.find("hash-1", NOW)).contains(AGENT);

    nanos += Duration.ofMillis(1).toNanos();
    assertThat(accepted.find("hash-1", NOW)).isEmpty();
  }

  @Test
  void aTokenPastItsExpiryIsNotKnownThoughReadMomentsAgo() {
    Instant expires = NOW.plusMillis(10);
    accepted.accepted("hash-1", AGENT, expires);

    assertThat(accepted.find("hash-1", expires.minusNanos(1))).contains(AGENT);
    assertThat(accepted.find("hash-1", expires)).isEmpty();
  }

  @Test
  void aTokenRevokedHereIsForgottenAndOthersAreKept() {
    accepted.accepted("hash-1", AGENT, null);
    accepted.accepted("hash-2", OTHER, null);

    accepted.revoked("token-1");

    assertThat(accepted.find("hash-1", NOW)).isEmpty();
    assertThat(accepted.find("hash-2", NOW)).contains(OTHER);
  }

  @Test
  void aLifetimeOfZeroKeepsNothing() {
    AcceptedTokens none = new AcceptedTokens(Duration.ZERO, () -> nanos);
    none.accepted("hash-1", AGENT, null);

    assertThat(none.find("hash-1", NOW)).isEmpty();
  }
}

package dev.pledge.server.access;

import dev.pledge.server.system.Caller;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Tokens recently found live in the database, by hash, so that a client sending many requests a
 * second is looked up once per {@code pledge.api.token-cache} (1 s) instead of once per request.
 * Only accepted tokens are kept: an unknown, expired or revoked one is looked up every time, so
 * guessing tokens fills nothing. A revocation made on this node takes effect at once; one made on
 * another node sharing the database, within the cache's lifetime. Expiry is checked on every use.
 */
final class AcceptedTokens {

  /** More entries than any real set of clients; past it, the cache starts again empty. */
  private static final int MAX_ENTRIES = 10_000;

  private record Entry(Caller caller, Instant expiresAt, long readAtNanos) {}

  private final ConcurrentHashMap<String, Entry> byHash = new ConcurrentHashMap<>();
  private final long lifetimeNanos;
  private final LongSupplier nanoTime;

  AcceptedTokens(Duration lifetime) {
    this(lifetime, System::nanoTime);
  }

  /** With the monotonic clock the lifetime is measured on, for tests. */
  AcceptedTokens(Duration lifetime, LongSupplier nanoTime) {
    this.lifetimeNanos = lifetime.toNanos();
    this.nanoTime = nanoTime;
  }

  /** The holder of the token with this hash, if it was found live recently and has not expired. */
  Optional<Caller> find(String hash, Instant now) {
    Entry e = byHash.get(hash);
    if (e == null) {
      return Optional.empty();
    }
    if (nanoTime.getAsLong() - e.readAtNanos() >= lifetimeNanos
        || (e.expiresAt() != null && !now.isBefore(e.expiresAt()))) {
      byHash.remove(hash, e);
      return Optional.empty();
    }
    return Optional.of(e.caller());
  }

  /** Remembers a token just found live in the database. */
  void accepted(String hash, Caller caller, Instant expiresAt) {
    if (lifetimeNanos <= 0) {
      return;
    }
    if (byHash.size() >= MAX_ENTRIES) {
      byHash.clear();
    }
    byHash.put(hash, new Entry(caller, expiresAt, nanoTime.getAsLong()));
  }

  /** Forgets a token revoked on this node, so that its next request is refused. */
  void revoked(String tokenId) {
    byHash.values().removeIf(e -> e.caller().tokenId().equals(tokenId));
  }
}

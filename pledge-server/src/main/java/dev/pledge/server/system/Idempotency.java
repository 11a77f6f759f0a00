package dev.pledge.server.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a write at most once per {@code Idempotency-Key}: the write and its answer are committed in
 * one transaction, before the answer leaves. The same key with the same request replays the stored
 * answer; with a different request it is a conflict. Without a key, the write simply runs; a key
 * longer than the 200 characters stored is refused before anything runs.
 */
@Component
public class Idempotency {

  private static final String KEY = "Idempotency-Key";

  private final JdbcClient db;
  private final TransactionTemplate tx;
  private final Clock clock;

  Idempotency(JdbcClient db, TransactionTemplate tx, Clock clock) {
    this.db = db;
    this.tx = tx;
    this.clock = clock;
  }

  /**
   * @param scope whose keys these are ({@link Caller#idempotencyScope()}): the same key in another
   *     scope is another key, so no one replays someone else's answer
   * @param request what identifies the request: method, path and canonical body
   * @param write the write; throwing rolls everything back and stores nothing
   */
  public StoredAnswer once(
      String scope, Optional<String> key, String request, Supplier<StoredAnswer> write) {
    key.ifPresent(k -> Texts.fits(KEY, k, 200));
    if (key.isEmpty()) {
      return tx.execute(s -> write.get());
    }
    String hash = sha256(request);
    try {
      // The write runs first and the key is stored with its answer last: a key seen before makes
      // that insert clash, which rolls the write back. New keys, nearly all of them, so cost no
      // lookup; a retry costs the write done and undone.
      return tx.execute(s -> store(scope, key.get(), hash, write));
    } catch (RuntimeException refused) {
      // The key was used before (its insert clashed), or this repeated write was refused for what
      // the first one did (the ticket exists, the records are stored), or a request with the same
      // key committed meanwhile: if so, answer as it was answered. Otherwise the refusal stands.
      return tx.execute(s -> replay(scope, key.get(), hash)).orElseThrow(() -> refused);
    }
  }

  private Optional<StoredAnswer> replay(String scope, String key, String hash) {
    return db.sql(
            """
            select request_hash, status, response from idempotency
            where scope = :scope and idempotency_key = :key
            """)
        .param("scope", scope)
        .param("key", key)
        .query(
            (rs, n) -> {
              if (!rs.getString("request_hash").equals(hash)) {
                throw ApiException.conflict(
                    "Idempotency-Key",
                    "Idempotency-Key '"
                        + key
                        + "' was already used for a different request; use a new key");
              }
              return new StoredAnswer(rs.getInt("status"), rs.getString("response"));
            })
        .optional();
  }

  private StoredAnswer store(String scope, String key, String hash, Supplier<StoredAnswer> write) {
    StoredAnswer answer = write.get();
    db.sql(
            """
            insert into idempotency
              (scope, idempotency_key, request_hash, status, response, created_at)
            values (:scope, :key, :hash, :status, :response, :createdAt)
            """)
        .param("scope", scope)
        .param("key", key)
        .param("hash", hash)
        .param("status", answer.status())
        .param("response", answer.json())
        .param("createdAt", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
        .update();
    return answer;
  }

  /** Hex SHA-256 of the UTF-8 text. */
  public static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}

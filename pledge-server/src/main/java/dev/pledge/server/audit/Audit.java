package dev.pledge.server.audit;

import dev.pledge.server.system.Caller;
import java.time.Clock;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the audit log: who changed what, when, and the target before and after, as the API shows
 * it. Every write path calls {@link #record} inside the transaction of its change, so a change that
 * is refused or rolled back leaves no entry and a committed one always has its entry; a write
 * replayed under the same {@code Idempotency-Key} does not run again, and so adds none.
 */
@Component
public class Audit {

  /** The actor of what the server does on its own, such as opening a breach case. */
  public static final String SYSTEM = "system";

  /**
   * Fields never logged, should a view ever carry them: the log is read by more people than the
   * secrets are meant for.
   */
  private static final Set<String> SECRETS =
      Set.of("token", "password", "password_hash", "token_hash", "secret");

  private final AuditEntries entries;
  private final JsonMapper json;
  private final Clock clock;

  Audit(AuditEntries entries, JsonMapper json, Clock clock) {
    this.entries = entries;
    this.json = json;
    this.clock = clock;
  }

  /**
   * Logs a change made for {@code actor}.
   *
   * @param organisation the customer whose data changed, or {@code null} for the provider's own
   * @param action what was done, as {@code feature.verb}: {@code ticket.open}, {@code token.revoke}
   * @param before the target's view before the change; {@code null} for a creation
   * @param after the target's view after the change; {@code null} for a removal
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void record(
      Caller actor,
      String organisation,
      String action,
      String targetType,
      String targetId,
      Object before,
      Object after) {
    entries.add(
        new AuditEntries.NewEntry(
            clock.instant(),
            actorOf(actor),
            actor.role() == null ? null : actor.role().name(),
            actor.organisation(),
            organisation,
            action,
            targetType,
            targetId,
            text(before),
            text(after)));
  }

  /** Logs a change the server made on its own (actor {@code system}). */
  @Transactional(propagation = Propagation.MANDATORY)
  public void recordBySystem(
      String organisation,
      String action,
      String targetType,
      String targetId,
      Object before,
      Object after) {
    entries.add(
        new AuditEntries.NewEntry(
            clock.instant(),
            SYSTEM,
            null,
            null,
            organisation,
            action,
            targetType,
            targetId,
            text(before),
            text(after)));
  }

  /**
   * {@code token:<id>} for an API token, {@code person:<id>} for a person signed in, {@code system}
   * for the server itself.
   */
  static String actorOf(Caller caller) {
    if (caller == Caller.SYSTEM) {
      return SYSTEM;
    }
    String id = caller.tokenId();
    return id.startsWith("person:") ? id : "token:" + id;
  }

  private String text(Object view) {
    if (view == null) {
      return null;
    }
    JsonNode tree = json.valueToTree(view);
    withoutSecrets(tree);
    return json.writeValueAsString(tree);
  }

  private static void withoutSecrets(JsonNode node) {
    if (node instanceof ObjectNode object) {
      object.remove(SECRETS);
    }
    if (node.isObject() || node.isArray()) {
      node.values().forEach(Audit::withoutSecrets);
    }
  }
}

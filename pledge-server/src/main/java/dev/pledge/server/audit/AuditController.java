package dev.pledge.server.audit;

import dev.pledge.server.system.ApiException;
import dev.pledge.server.system.Caller;
import dev.pledge.server.system.Instants;
import java.time.Instant;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the audit log, newest first. The provider's administrators and service managers read every
 * entry; a customer user reads the entries concerning its own organisation, and asking for another
 * organisation's is answered as for an organisation with no entries: an empty list.
 */
@RestController
class AuditController {

  static final int DEFAULT_LIMIT = 100;
  static final int MAX_LIMIT = 1000;

  private final AuditEntries entries;
  private final JsonMapper json;

  AuditController(AuditEntries entries, JsonMapper json) {
    this.entries = entries;
    this.json = json;
  }

  /** An entry as the API shows it; {@code before} and {@code after} are the target's views. */
  record EntryView(
      long id,
      Instant at,
      String actor,
      String actorRole,
      String actorOrganisation,
      String organisation,
      String action,
      String targetType,
      String targetId,
      JsonNode before,
      JsonNode after) {}

  @GetMapping("/api/audit")
  @Transactional(readOnly = true)
  List<EntryView> list(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(required = false) String organisation,
      @RequestParam(name = "target_type", required = false) String targetType,
      @RequestParam(name = "target_id", required = false) String targetId,
      @RequestParam(required = false) String since,
      @RequestParam(name = "older_than", required = false) Long olderThan,
      @RequestParam(required = false) Integer limit) {
    String scope = blankToNull(organisation);
    if (caller.customer()) {
      if (scope != null && !scope.equals(caller.organisation())) {
        return List.of();
      }
      scope = caller.organisation();
    }
    AuditEntries.Query query =
        new AuditEntries.Query(
            scope,
            blankToNull(targetType),
            blankToNull(targetId),
            since == null ? null : Instants.parse("since", since),
            olderThan,
            limit(limit));
    return entries.find(query).stream().map(this::view).toList();
  }

  private static int limit(Integer limit) {
    if (limit == null) {
      return DEFAULT_LIMIT;
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw ApiException.badInput(
          "limit",
          "limit "
              + limit
              + " is out of range; ask for 1 to "
              + MAX_LIMIT
              + " entries, and for older ones with older_than=<the last id>");
    }
    return limit;
  }

  private EntryView view(AuditEntries.Stored e) {
    return new EntryView(
        e.id(),
        e.at(),
        e.actor(),
        e.actorRole(),
        e.actorOrganisation(),
        e.organisation(),
        e.action(),
        e.targetType(),
        e.targetId(),
        e.before() == null ? null : json.readTree(e.before()),
        e.after() == null ? null : json.readTree(e.after()));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}

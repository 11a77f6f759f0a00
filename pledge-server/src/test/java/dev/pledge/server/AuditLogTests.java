package dev.pledge.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pledge.server.Api.Answer;
import dev.pledge.server.access.ApiTokens;
import dev.pledge.server.breach.BreachCases;
import dev.pledge.server.system.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The audit log over HTTP, on a real database (the subclasses run every test on H2 and on
 * PostgreSQL): each kind of change leaves exactly one entry with its actor and the target before
 * and after; a refused change and a replayed one leave none; no entry holds a secret; a customer
 * reads only the entries concerning its own organisation.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"logging.level.root=warn", "spring.main.banner-mode=off"})
abstract class AuditLogTests {

  private static final AtomicInteger NEXT = new AtomicInteger();

  @LocalServerPort int port;
  @Autowired JdbcClient db;
  @Autowired ApiTokens tokens;
  @Autowired BreachCases breachCases;
  @Autowired TransactionTemplate tx;

  private ApiTokens.Issued manager;
  private ApiTokens.Issued admin;

  private Api api;

  @BeforeEach
  void providerTokens() {
    api = new Api(port);
    manager = tokens.issue(null, Role.SERVICE_MANAGER, "audit tests");
    admin = tokens.issue(null, Role.ADMINISTRATOR, "audit tests");
  }

  // Guarantees, templates, calendars and holiday schedules

  @Test
  void guaranteeUploadIsLoggedWithTheVersionBeforeItAndTheSameTextAgainLogsNothing() {
    String customer = unique("cust");
    String g = unique("net");
    assertThat(api.putYaml(manager.token(), g, guarantee(g, customer, "15m")).status())
        .isEqualTo(201);
    JsonNode first = only(entries("guarantee", g));
    assertThat(first.get("action").asString()).isEqualTo("guarantee.upload");
    assertActor(first, manager, "SERVICE_MANAGER");
    assertThat(first.get("organisation").asString()).isEqualTo(customer);
    assertThat(first.get("before").isNull()).isTrue();
    assertThat(first.get("after").get("version").asInt()).isEqualTo(1);
    assertThat(first.get("after").get("yaml").asString()).contains("target: 15m");

    assertThat(api.putYaml(manager.token(), g, guarantee(g, customer, "15m")).status())
        .isEqualTo(200);
    assertThat(entries("guarantee", g)).hasSize(1);

    // Refused: an invalid text, and a changed text under a stored version.
    assertThat(api.putYaml(manager.token(), g, "id: " + g + "\nversion: x\n").status())
        .isEqualTo(422);
    assertThat(api.putYaml(manager.token(), g, guarantee(g, customer, "20m")).status())
        .isEqualTo(409);
    assertThat(entries("guarantee", g)).hasSize(1);

    String second = guarantee(g, customer, "20m").replace("version: 1", "version: 2");
    assertThat(api.putYaml(manager.token(), g, second).status()).isEqualTo(201);
    List<JsonNode> both = entries("guarantee", g);
    assertThat(both).hasSize(2);
    assertThat(both.get(0).get("before").get("version").asInt()).isEqualTo(1);
    assertThat(both.get(0).get("after").get("version").asInt()).isEqualTo(2);
    assertThat(both.get(0).get("id").asLong()).isGreaterThan(both.get(1).get("id").asLong());
  }

  @Test
  void holidayScheduleUploadIsLoggedAsTheProvidersOwn() {
    String name = unique("company") + ".csv";
    String text = "date,kind,name\n2026-10-09,holiday,Founders' day\n";
    assertThat(
            api.send(
                    manager.token(),
                    "PUT",
                    "/api/holiday-schedules/" + name,
                    "text/csv",
                    text,
                    null)
                .status())
        .isEqualTo(201);
    JsonNode e = only(entries("holiday_schedule", name));
    assertThat(e.get("action").asString()).isEqualTo("holiday_schedule.upload");
    assertThat(e.get("organisation").isNull()).isTrue();
    assertThat(e.get("after").get("text").asString()).isEqualTo(text);

    String bad = "date,kind,name\n2026-13-01,holiday,Nowhere\n";
    assertThat(
            api.send(
                    manager.token(), "PUT", "/api/holiday-schedules/" + name, "text/csv", bad, null)
                .status())
        .isEqualTo(422);
    assertThat(entries("holiday_schedule", name)).hasSize(1);
  }

  // Tickets

  @Test
  void ticketOpenedAndItsEventsAreLoggedOnceEvenWhenRetried() {
    Customer c = customer();
    String t = unique("INC");
    String key = unique("key");
    assertThat(
            api.post(manager.token(), "/api/tickets", ticketJson(t, c.guarantee()), key).status())
        .isEqualTo(201);
    assertThat(
            api.post(manager.token(), "/api/tickets", ticketJson(t, c.guarantee()), key).status())
        .isEqualTo(201);
    JsonNode opened = only(entries("ticket", t));
    assertThat(opened.get("action").asString()).isEqualTo("ticket.open");
    assertThat(opened.get("organisation").asString()).isEqualTo(c.id());
    assertThat(opened.get("after").get("severity").asString()).isEqualTo("sev1");

    String event = "{\"at\": \"2026-10-05T10:05+08:00\", \"event\": \"reported\"}";
    String eventKey = unique("key");
    assertThat(api.post(manager.token(), events(t), event, eventKey).status()).isEqualTo(201);
    assertThat(api.post(manager.token(), events(t), event, eventKey).status()).isEqualTo(201);
    assertThat(
            api.post(
                    manager.token(),
                    events(t),
                    "{\"at\": \"2026-10-05T10:06Z\", \"event\": \"fixed\"}",
                    null)
                .status())
        .isEqualTo(400);
    List<JsonNode> logged = entries("ticket", t);
    assertThat(logged).hasSize(2);
    assertThat(logged.get(0).get("action").asString()).isEqualTo("ticket.event");
    assertThat(logged.get(0).get("before").isNull()).isTrue();
    assertThat(logged.get(0).get("after").get("event").asString()).isEqualTo("reported");

    Answer comment =
        api.post(c.token(), "/api/tickets/" + t + "/comments", "{\"text\": \"still down\"}", null);
    assertThat(comment.status()).isEqualTo(201);
    JsonNode commented = entries("ticket", t).get(0);
    assertThat(commented.get("action").asString()).isEqualTo("ticket.comment");
    assertActor(commented, c.user(), "CUSTOMER_USER");
    assertThat(commented.get("actor_organisation").asString()).isEqualTo(c.id());
  }

  // Outages, maintenance and the other records

  @Test
  void outageRestorationIsLoggedWithTheOutageBeforeAndAfter() {
    Customer c = customer();
    String o = unique("OUT");
    String opened =
        """
        {"id": "%s", "guarantee": "%s", "service": "network",
         "reported_at": "2026-10-08T10:00+08:00"}
        """
            .formatted(o, c.guarantee());
    assertThat(api.post(c.token(), c.path("/outages"), opened, null).status()).isEqualTo(201);
    JsonNode open = only(entries("outage", o));
    assertThat(open.get("action").asString()).isEqualTo("outage.open");
    assertActor(open, c.user(), "CUSTOMER_USER");

    // Restored before it was reported: refused, nothing logged.
    String early = "{\"restored_at\": \"2026-10-08T09:00+08:00\"}";
    assertThat(
            api.post(manager.token(), c.path("/outages/" + o + "/restoration"), early, null)
                .status())
        .isEqualTo(400);
    assertThat(entries("outage", o)).hasSize(1);

    String restoration = "{\"restored_at\": \"2026-10-08T11:30+08:00\"}";
    String key = unique("key");
    String path = c.path("/outages/" + o + "/restoration");
    assertThat(api.post(manager.token(), path, restoration, key).status()).isEqualTo(200);
    assertThat(api.post(manager.token(), path, restoration, key).status()).isEqualTo(200);
    List<JsonNode> logged = entries("outage", o);
    assertThat(logged).hasSize(2);
    JsonNode restored = logged.get(0);
    assertThat(restored.get("action").asString()).isEqualTo("outage.restore");
    assertActor(restored, manager, "SERVICE_MANAGER");
    assertThat(restored.get("before").get("restored_at").isNull()).isTrue();
    assertThat(Instant.parse(restored.get("after").get("restored_at").asString()))
        .isEqualTo(Instant.parse("2026-10-08T03:30:00Z"));
  }

  @Test
  void outageCorrectionIsLoggedWithTheInstantBeforeAndAfter() {
    Customer c = customer();
    String o = unique("OUT");
    String opened =
        """
        {"id": "%s", "guarantee": "%s", "service": "network",
         "detected_at": "2026-10-08T10:00+08:00", "restored_at": "2026-10-08T10:30+08:00"}
        """
            .formatted(o, c.guarantee());
    assertThat(api.post(manager.token(), c.path("/outages"), opened, null).status()).isEqualTo(201);
    String path = c.path("/outages/" + o + "/corrections");
    String wrongField = "{\"field\": \"cause\", \"at\": \"2026-10-08T10:40+08:00\"}";
    assertThat(api.post(manager.token(), path, wrongField, null).status()).isEqualTo(400);
    String later = "{\"field\": \"restored_at\", \"at\": \"2026-10-08T10:40+08:00\"}";
    assertThat(api.post(manager.token(), path, later, null).status()).isEqualTo(200);
    List<JsonNode> logged = entries("outage", o);
    assertThat(logged)
        .extracting(e -> e.get("action").asString())
        .containsExactly("outage.correct", "outage.open");
    JsonNode corrected = logged.get(0);
    assertThat(Instant.parse(corrected.get("before").get("restored_at").asString()))
        .isEqualTo(Instant.parse("2026-10-08T02:30:00Z"));
    assertThat(Instant.parse(corrected.get("after").get("restored_at").asString()))
        .isEqualTo(Instant.parse("2026-10-08T02:40:00Z"));
  }

  @Test
  void importIsLoggedOnceWithWhatItStoredAndARefusedFileIsNotLogged() {
    Customer c = customer();
    String path = c.path("/imports?guarantee=" + c.guarantee() + "&format=jsonl");
    String bad =
        """
        {"kind": "outage", "id": "OUT-A", "service": "network", "detected_at": "2026-10-03T10:00"}
        """;
    assertThat(api.send(manager.token(), "POST", path, "application/jsonl", bad, null).status())
        .isEqualTo(422);
    assertThat(entries("guarantee", c.guarantee())).hasSize(1);

    String good =
        """
        {"kind": "outage", "id": "OUT-A", "service": "network", "detected_at": "2026-10-03T10:00+08:00", "restored_at": "2026-10-03T10:35+08:00"}
        {"kind": "outage", "id": "OUT-B", "service": "network", "detected_at": "2026-10-04T10:00+08:00", "restored_at": "2026-10-04T10:35+08:00"}
        """;
    String key = unique("key");
    assertThat(api.send(manager.token(), "POST", path, "application/jsonl", good, key).status())
        .isEqualTo(201);
    assertThat(api.send(manager.token(), "POST", path, "application/jsonl", good, key).status())
        .isEqualTo(201);
    List<JsonNode> logged = entries("guarantee", c.guarantee());
    assertThat(logged)
        .extracting(e -> e.get("action").asString())
        .containsExactly("events.import", "guarantee.upload");
    assertThat(logged.get(0).get("after").get("stored").get("outage").asInt()).isEqualTo(2);
    assertThat(logged.get(0).toString()).doesNotContain("OUT-A");
  }

  @Test
  void maintenanceDecisionIsLoggedAsTheCustomersWithTheApprovalBeforeAndAfter() {
    Customer c = customer();
    String w = unique("MW");
    String window =
        """
        {"id": "%s", "guarantee": "%s", "start": "2026-10-17T01:00+08:00",
         "end": "2026-10-17T03:00+08:00"}
        """
            .formatted(w, c.guarantee());
    assertThat(api.post(manager.token(), c.path("/maintenance"), window, null).status())
        .isEqualTo(201);
    assertThat(api.post(c.token(), c.path("/maintenance/" + w + "/decision"), "{}", null).status())
        .isEqualTo(400);
    assertThat(
            api.post(
                    c.token(),
                    c.path("/maintenance/" + w + "/decision"),
                    "{\"approved\": true}",
                    null)
                .status())
        .isEqualTo(200);
    List<JsonNode> logged = entries("maintenance", w);
    assertThat(logged)
        .extracting(e -> e.get("action").asString())
        .containsExactly("maintenance.decision", "maintenance.plan");
    JsonNode decision = logged.get(0);
    assertActor(decision, c.user(), "CUSTOMER_USER");
    assertThat(decision.get("before").get("approval").asString()).isEqualTo("pending");
    assertThat(decision.get("after").get("approval").asString()).isEqualTo("approved");
  }

  @Test
  void monitorAlertOpensAnOutageLoggedOnceAndARepeatedAlertLogsNothing() {
    Customer c = customer();
    ApiTokens.Issued monitor = tokens.issue(null, Role.API_CLIENT, "alertmanager");
    String alert =
        """
        {"version": "4", "status": "firing", "truncatedAlerts": 0, "alerts": [
          {"status": "firing", "labels": {"alertname": "LinkDown", "pledge_customer": "%s",
           "pledge_service": "network"}, "annotations": {},
           "startsAt": "2026-10-08T02:00:00Z", "endsAt": "0001-01-01T00:00:00Z",
           "fingerprint": "%s"}]}
        """
            .formatted(c.id(), "f" + NEXT.incrementAndGet());
    assertThat(api.post(monitor.token(), "/api/alerts/alertmanager", alert, null).status())
        .isEqualTo(200);
    assertThat(api.post(monitor.token(), "/api/alerts/alertmanager", alert, null).status())
        .isEqualTo(200);
    List<JsonNode> logged =
        ofOrganisation(admin.token(), c.id()).stream()
            .filter(e -> e.get("target_type").asString().equals("outage"))
            .toList();
    JsonNode open = only(logged);
    assertThat(open.get("action").asString()).isEqualTo("outage.open");
    assertActor(open, monitor, "API_CLIENT");
    assertThat(open.get("after").get("started_by").asString()).isEqualTo("monitor");
  }

  // Breach cases and recipients

  @Test
  void breachCaseOpenedBySystemAndUpdatedByTheProviderAreBothLogged() {
    Customer c = customer();
    String t = unique("INC");
    assertThat(
            api.post(manager.token(), "/api/tickets", ticketJson(t, c.guarantee()), null).status())
        .isEqualTo(201);
    String id =
        tx.execute(
            s ->
                breachCases.open(
                    t,
                    c.id(),
                    "response",
                    1,
                    Instant.parse("2026-10-05T02:20:00Z"),
                    "sorry",
                    "抱歉"));
    JsonNode opened = only(entries("breach_case", id));
    assertThat(opened.get("action").asString()).isEqualTo("breach_case.open");
    assertThat(opened.get("actor").asString()).isEqualTo("system");
    assertThat(opened.get("organisation").asString()).isEqualTo(c.id());

    assertThat(
            api.send(
                    manager.token(),
                    "PATCH",
                    "/api/breach-cases/" + id,
                    JSON,
                    "{\"status\": \"shut\"}",
                    null)
                .status())
        .isEqualTo(400);
    String close = "{\"status\": \"closed\", \"cause\": \"fibre cut\"}";
    String key = unique("key");
    assertThat(
            api.send(manager.token(), "PATCH", "/api/breach-cases/" + id, JSON, close, key)
                .status())
        .isEqualTo(200);
    assertThat(
            api.send(manager.token(), "PATCH", "/api/breach-cases/" + id, JSON, close, key)
                .status())
        .isEqualTo(200);
    List<JsonNode> logged = entries("breach_case", id);
    assertThat(logged).hasSize(2);
    JsonNode update = logged.get(0);
    assertThat(update.get("action").asString()).isEqualTo("breach_case.update");
    assertThat(update.get("before").get("status").asString()).isEqualTo("open");
    assertThat(update.get("after").get("status").asString()).isEqualTo("closed");
    assertThat(update.get("after").get("cause").asString()).isEqualTo("fibre cut");
  }

  @Test
  void webhookRecipientIsLoggedWithoutItsSecret() {
    Customer c = customer();
    String secret = "s3cret-" + unique("never-logged");
    String webhook =
        """
        {"channel": "webhook", "address": "https://hooks.example.com/pledge", "secret": "%s"}
        """
            .formatted(secret);
    Answer added =
        api.post(c.token(), "/api/organisations/" + c.id() + "/recipients", webhook, null);
    assertThat(added.status()).as(added.text()).isEqualTo(201);
    String id = added.body().get("id").asString();
    JsonNode add = only(entries("recipient", id));
    assertThat(add.get("action").asString()).isEqualTo("recipient.add");
    assertThat(add.get("after").get("address").asString())
        .isEqualTo("https://hooks.example.com/pledge");
    assertThat(add.toString()).doesNotContain(secret).doesNotContain("\"secret\"");

    Answer removed =
        api.send(
            c.token(),
            "DELETE",
            "/api/organisations/" + c.id() + "/recipients/" + id,
            JSON,
            "",
            null);
    assertThat(removed.status()).isEqualTo(200);
    JsonNode remove = entries("recipient", id).get(0);
    assertThat(remove.get("action").asString()).isEqualTo("recipient.remove");
    assertThat(remove.get("before").get("id").asString()).isEqualTo(id);
    assertThat(remove.get("after").isNull()).isTrue();
  }

  // Tokens and people

  @Test
  void tokenIssueAndRevokeAreLoggedWithoutTheTokenAndRevokingAgainLogsNothing() {
    Answer issued =
        api.post(
            admin.token(), "/api/tokens", "{\"role\": \"AGENT\", \"name\": \"night desk\"}", null);
    assertThat(issued.status()).isEqualTo(201);
    String id = issued.body().get("id").asString();
    String token = issued.body().get("token").asString();
    JsonNode issue = only(entries("token", id));
    assertThat(issue.get("action").asString()).isEqualTo("token.issue");
    assertActor(issue, admin, "ADMINISTRATOR");
    assertThat(issue.get("after").get("name").asString()).isEqualTo("night desk");
    assertThat(issue.get("after").has("token")).isFalse();

    assertThat(api.send(admin.token(), "DELETE", "/api/tokens/" + id, JSON, "", null).status())
        .isEqualTo(204);
    assertThat(api.send(admin.token(), "DELETE", "/api/tokens/" + id, JSON, "", null).status())
        .isEqualTo(204);
    List<JsonNode> logged = entries("token", id);
    assertThat(logged).hasSize(2);
    assertThat(logged.get(0).get("action").asString()).isEqualTo("token.revoke");
    assertThat(logged.get(0).get("before").get("revoked_at").isNull()).isTrue();
    assertThat(logged.get(0).get("after").get("revoked_at").isNull()).isFalse();

    assertThat(everyEntryText()).doesNotContain(token).doesNotContain("token_hash");
  }

  @Test
  void personCreatedIsLoggedWithoutThePasswordAndARefusedOneIsNot() {
    String email = unique("ann") + "@example.com";
    String password = "correct horse " + unique("battery");
    String person =
        """
        {"email": "%s", "display_name": "Ann", "role": "AGENT", "password": "%s"}
        """;
    Answer refused = api.post(admin.token(), "/api/people", person.formatted(email, "short"), null);
    assertThat(refused.status()).isEqualTo(400);
    Answer created =
        api.post(admin.token(), "/api/people", person.formatted(email, password), unique("k"));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    String id = created.body().get("id").asString();
    JsonNode create = only(entries("person", id));
    assertThat(create.get("action").asString()).isEqualTo("person.create");
    assertThat(create.get("after").get("email").asString()).isEqualTo(email);
    assertThat(
            ofOrganisation(admin.token(), null).stream()
                .filter(e -> e.get("target_type").asString().equals("person"))
                .filter(e -> e.toString().contains(email)))
        .hasSize(1);
    assertThat(everyEntryText()).doesNotContain(password).doesNotContain("{bcrypt}");
  }

  // Who reads what

  @Test
  void customerReadsOnlyItsOwnOrganisationsEntriesAndAnotherOrganisationIsAsUnknown() {
    Customer a = customer();
    Customer b = customer();
    String t = unique("INC");
    assertThat(
            api.post(manager.token(), "/api/tickets", ticketJson(t, b.guarantee()), null).status())
        .isEqualTo(201);

    List<JsonNode> own = ofOrganisation(a.token(), null);
    assertThat(own).isNotEmpty();
    assertThat(own).allSatisfy(e -> assertThat(e.get("organisation").asString()).isEqualTo(a.id()));

    Answer other = api.get(a.token(), "/api/audit?organisation=" + b.id());
    Answer unknown = api.get(a.token(), "/api/audit?organisation=" + unique("nobody"));
    Answer byTarget = api.get(a.token(), "/api/audit?target_type=ticket&target_id=" + t);
    assertThat(other.status()).isEqualTo(200);
    assertThat(other.text()).isEqualTo(unknown.text()).isEqualTo("[]");
    assertThat(byTarget.text()).isEqualTo("[]");
    assertThat(ofOrganisation(admin.token(), b.id())).isNotEmpty();
  }

  @Test
  void withoutATokenIsUnauthorisedAndAgentsAndApiClientsAreForbidden() {
    assertThat(api.get(null, "/api/audit").status()).isEqualTo(401);
    String agent = tokens.issue(null, Role.AGENT, "agent").token();
    String client = tokens.issue(null, Role.API_CLIENT, "client").token();
    assertThat(api.get(agent, "/api/audit").status()).isEqualTo(403);
    assertThat(api.get(client, "/api/audit").status()).isEqualTo(403);
    assertThat(api.get(manager.token(), "/api/audit").status()).isEqualTo(200);
  }

  @Test
  void entriesAreNewestFirstInPagesOfTheLimitAsked() {
    customer();
    customer();
    Answer two = api.get(admin.token(), "/api/audit?limit=2");
    assertThat(two.body().size()).isEqualTo(2);
    long newest = two.body().get(0).get("id").asLong();
    long next = two.body().get(1).get("id").asLong();
    assertThat(newest).isGreaterThan(next);
    Answer page = api.get(admin.token(), "/api/audit?limit=1&older_than=" + newest);
    assertThat(page.body().get(0).get("id").asLong()).isEqualTo(next);

    Answer none = api.get(admin.token(), "/api/audit?limit=0");
    assertThat(none.status()).isEqualTo(400);
    assertThat(none.body().get("field").asString()).isEqualTo("limit");
    assertThat(api.get(admin.token(), "/api/audit?limit=1001").status()).isEqualTo(400);
    assertThat(api.get(admin.token(), "/api/audit?since=yesterday").body().get("field").asString())
        .isEqualTo("since");
    assertThat(api.get(admin.token(), "/api/audit?since=2999-01-01T00:00Z").text()).isEqualTo("[]");
  }

  // Helpers

  private static final String JSON = "application/json";

  /** A customer with a guarantee and a customer user's token. */
  record Customer(String id, String guarantee, ApiTokens.Issued user) {
    String token() {
      return user.token();
    }

    String path(String rest) {
      return "/api/customers/" + id + rest;
    }
  }

  private Customer customer() {
    String id = unique("cust");
    String g = unique("net");
    assertThat(api.putYaml(manager.token(), g, guarantee(g, id, "15m")).status()).isEqualTo(201);
    return new Customer(id, g, tokens.issue(id, Role.CUSTOMER_USER, "user"));
  }

  static String guarantee(String id, String customer, String target) {
    return """
        id: %s
        version: 1
        provider: {id: example-idc, name: Example Data Centre}
        customer: {id: %s}
        services: [network]
        valid: {from: 2026-01-01, to: 2026-12-31}
        zone: Asia/Shanghai
        severities:
          sev1: Network down
        commitments:
          - id: response
            kind: response
            scope: {types: [incident]}
            target: %s
        """
        .formatted(id, customer, target);
  }

  private static String ticketJson(String id, String guarantee) {
    return """
        {"id": "%s", "guarantee": "%s", "service": "network", "type": "incident",
         "severity": "sev1"}
        """
        .formatted(id, guarantee);
  }

  private static String events(String ticket) {
    return "/api/tickets/" + ticket + "/events";
  }

  static String unique(String prefix) {
    return prefix + "-" + NEXT.incrementAndGet() + "-" + System.nanoTime();
  }

  private static void assertActor(JsonNode entry, ApiTokens.Issued token, String role) {
    assertThat(entry.get("actor").asString()).isEqualTo("token:" + token.id());
    assertThat(entry.get("actor_role").asString()).isEqualTo(role);
  }

  private static JsonNode only(List<JsonNode> entries) {
    assertThat(entries).hasSize(1);
    return entries.get(0);
  }

  /** The entries about one target, newest first, as an administrator reads them. */
  private List<JsonNode> entries(String targetType, String targetId) {
    Answer a =
        api.get(admin.token(), "/api/audit?target_type=" + targetType + "&target_id=" + targetId);
    assertThat(a.status()).as(a.text()).isEqualTo(200);
    return list(a.body());
  }

  private List<JsonNode> ofOrganisation(String token, String organisation) {
    Answer a =
        api.get(
            token,
            "/api/audit?limit=1000"
                + (organisation == null ? "" : "&organisation=" + organisation));
    assertThat(a.status()).as(a.text()).isEqualTo(200);
    return list(a.body());
  }

  private static List<JsonNode> list(JsonNode array) {
    List<JsonNode> entries = new ArrayList<>();
    array.forEach(entries::add);
    return entries;
  }

  /** Every entry's text as stored, for looking for what must never be there. */
  private String everyEntryText() {
    return String.join(
        "\n",
        db.sql("select coalesce(before_view, '') || coalesce(after_view, '') from audit_entry")
            .query(String.class)
            .list());
  }
}

package dev.pledge.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.pledge.clock.ClockEvaluation;
import dev.pledge.clock.ClockEvaluator;
import dev.pledge.clock.Timeline;
import dev.pledge.clock.TimelineEvent;
import dev.pledge.clock.TimelineEventType;
import dev.pledge.guarantee.Commitment;
import dev.pledge.guarantee.Guarantee;
import dev.pledge.guarantee.GuaranteeFile;
import dev.pledge.server.Api.Answer;
import dev.pledge.server.access.ApiTokens;
import dev.pledge.server.system.Idempotency;
import dev.pledge.server.system.Role;
import dev.pledge.yaml.InvalidDefinitionException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The API from the outside, over HTTP, on a real database: the subclasses run every test on H2 and
 * on PostgreSQL.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"logging.level.root=warn", "spring.main.banner-mode=off"})
abstract class ApiIntegrationTests {

  private static final AtomicInteger NEXT = new AtomicInteger();

  @LocalServerPort int port;
  @Autowired JdbcClient db;
  @Autowired ApiTokens tokens;

  private Api api;

  /** The provider's service manager: may do everything but issue tokens. */
  private String provider;

  @BeforeEach
  void providerToken() {
    api = new Api(port);
    provider = tokens.issue(null, Role.SERVICE_MANAGER, "tests").token();
  }

  /** A data-centre network guarantee: 15-minute response to incidents, around the clock. */
  static String guarantee(String id) {
    return """
        id: %s
        version: 1
        provider: {id: example-idc, name: Example Data Centre}
        customer: {id: northwind, name: Northwind Technology Ltd.}
        services: [network]
        valid: {from: 2026-01-01, to: 2026-12-31}
        zone: Asia/Shanghai
        severities:
          sev1: Network down
          sev2: Network degraded
        exclusions:
          causes: [force_majeure]
        commitments:
          - id: response
            kind: response
            scope: {types: [incident]}
            target: 15m
        """
        .formatted(id);
  }

  /** The same guarantee for another customer. */
  static String guarantee(String id, String customer) {
    return guarantee(id)
        .replace("{id: northwind, name: Northwind Technology Ltd.}", "{id: " + customer + "}");
  }

  static String unique(String prefix) {
    return prefix + "-" + NEXT.incrementAndGet() + "-" + System.nanoTime();
  }

  @Test
  void validGuaranteeIsStoredAndReadBack() {
    String id = unique("net");
    Answer put = putYaml(id, guarantee(id), "application/yaml");
    assertThat(put.status()).isEqualTo(201);
    assertThat(put.body().get("version").asInt()).isEqualTo(1);
    assertThat(put.body().get("customer").asString()).isEqualTo("northwind");

    Answer get = get("/api/guarantees/" + id);
    assertThat(get.status()).isEqualTo(200);
    assertThat(get.body().get("yaml").asString()).isEqualTo(guarantee(id));
    assertThat(get.body().has("uploaded_at")).isTrue();

    // The same text again changes nothing; text/plain is accepted as well.
    assertThat(putYaml(id, guarantee(id), "text/plain").status()).isEqualTo(200);
    Answer changed = putYaml(id, guarantee(id).replace("15m", "20m"), "application/yaml");
    assertThat(changed.status()).isEqualTo(409);
    assertThat(changed.body().get("field").asString()).isEqualTo("version");
  }

  @Test
  void invalidGuaranteeIsRefusedWithEveryProblemAndNothingStored() {
    String id = unique("bad");
    String yaml = guarantee(id).replace("zone: Asia/Shanghai", "zone: Mars/Olympus");
    InvalidDefinitionException expected =
        catchThrowableOfType(
            InvalidDefinitionException.class,
            () -> GuaranteeFile.parse(yaml, id + ".yaml", Path.of("none")));

    Answer put = putYaml(id, yaml, "application/yaml");

    assertThat(put.status()).isEqualTo(422);
    assertThat(put.contentType()).startsWith("application/problem+json");
    assertThat(put.body().get("detail").asString()).isEqualTo(expected.getMessage());
    JsonNode first = put.body().get("problems").get(0);
    assertThat(first.get("line").asInt()).isEqualTo(7); // zone: is the 7th line
    assertThat(first.get("column").asInt())
        .isEqualTo(expected.problems().get(0).location().column());
    assertThat(first.get("text").asString()).isEqualTo(expected.problems().get(0).toString());
    assertThat(get("/api/guarantees/" + id).status()).isEqualTo(404);
    assertThat(guaranteesStored(id)).isZero();
  }

  @Test
  void guaranteeReferringToAFileNotStoredIsRefused() {
    String id = unique("files");
    String yaml =
        guarantee(id)
            .replace(
                "zone: Asia/Shanghai\n",
                "zone: Asia/Shanghai\ncalendars:\n  office: /etc/hostname\n");

    Answer put = putYaml(id, yaml, "application/yaml");

    assertThat(put.status()).isEqualTo(422);
    JsonNode problem = put.body().get("problems").get(0);
    assertThat(problem.get("path").asString()).isEqualTo("calendars.office");
    assertThat(problem.get("line").asInt()).isEqualTo(9); // office: is the 9th line
    assertThat(problem.get("message").asString())
        .contains("looked among the templates, calendars and holiday schedules stored");
    assertThat(guaranteesStored(id)).isZero();
  }

  @Test
  void guaranteeInAnotherFormatIsRefusedAsAProblem() {
    Answer put = putYaml(unique("json"), "{}", "application/json");
    assertThat(put.status()).isEqualTo(415);
    assertThat(put.contentType()).startsWith("application/problem+json");
  }

  @Test
  void aTicketsCategoryChoosesItsOwnTarget() throws Exception {
    // The mail guarantee: provisioning within 24 h, 48 h when a new domain is set up.
    String g = unique("mail");
    String yaml =
        java.nio.file.Files.readString(Path.of("..", "examples", "guarantees", "mail.yaml"))
            .replace("id: mail-2026", "id: " + g);
    assertThat(putYaml(g, yaml, "application/yaml").status()).isEqualTo(201);
    String plain = unique("REQ");
    String domain = unique("REQ");
    for (String t : List.of(plain, domain)) {
      String category = t.equals(domain) ? ", \"category\": \"New_Domain\"" : "";
      Answer opened =
          post(
              "/api/tickets",
              """
              {"id": "%s", "guarantee": "%s", "service": "mail", "type": "request"%s}
              """
                  .formatted(t, g, category),
              null);
      assertThat(opened.status()).as(opened.text()).isEqualTo(201);
      post(events(t), event("2026-10-05T10:00+08:00", "reported"), null);
    }
    assertThat(get("/api/tickets/" + domain).body().get("ticket").get("category").asString())
        .isEqualTo("New_Domain");

    // 30 hours on: the plain request is past its 24 h, the new domain within its 48 h.
    String asOf = URLEncoder.encode("2026-10-06T16:00+08:00", StandardCharsets.UTF_8);
    JsonNode late = provisioning(get("/api/tickets/" + plain + "/sla?asOf=" + asOf));
    JsonNode inTime = provisioning(get("/api/tickets/" + domain + "/sla?asOf=" + asOf));
    assertThat(late.get("target").asString()).isEqualTo("PT24H");
    assertThat(late.get("verdict").asString()).isEqualTo("breached");
    assertThat(inTime.get("target").asString()).isEqualTo("PT48H");
    assertThat(inTime.get("verdict").asString()).isEqualTo("in_progress");
    assertThat(inTime.get("due").asString()).isEqualTo("2026-10-07T10:00+08:00");
  }

  private static JsonNode provisioning(Answer sla) {
    assertThat(sla.status()).as(sla.text()).isEqualTo(200);
    for (JsonNode clock : sla.body().get("clocks")) {
      if (clock.get("commitment").asString().equals("provisioning")) {
        return clock;
      }
    }
    throw new AssertionError("no provisioning clock in " + sla.text());
  }

  @Test
  void correctingAnEventsInstantReevaluatesTheClock() {
    String g = unique("net");
    putYaml(g, guarantee(g), "application/yaml");
    String t = unique("INC");
    post("/api/tickets", ticketJson(t, g), null);
    post(events(t), event("2026-10-05T10:05+08:00", "reported"), null);
    post(events(t), event("2026-10-05T10:30+08:00", "acknowledged"), null);
    assertThat(onlyClock(t, "2026-10-05T11:00+08:00").get("verdict").asString())
        .isEqualTo("breached");

    // The agent acknowledged at 10:12 but typed 10:30: correcting event 2 makes it met.
    Answer corrected =
        post(
            "/api/tickets/" + t + "/events/2/corrections", "{\"at\": \"2026-10-05T02:12Z\"}", null);

    assertThat(corrected.status()).as(corrected.text()).isEqualTo(200);
    assertThat(corrected.body().get("at").asString()).isEqualTo("2026-10-05T02:12:00Z");
    JsonNode clock = onlyClock(t, "2026-10-05T11:00+08:00");
    assertThat(clock.get("elapsed").asString()).isEqualTo("PT7M");
    assertThat(clock.get("verdict").asString()).isEqualTo("met");
    assertThat(
            db.sql(
                    "select before_view from audit_entry where action = 'ticket.event.correct'"
                        + " and target_id = :t")
                .param("t", t)
                .query(String.class)
                .single())
        .contains("2026-10-05T02:30:00Z");
  }

  @Test
  void onlyTheProviderCorrectsAnInstantAndOnlyOfTicketsItSees() {
    Customer a = customer("cust-a");
    Customer b = customer("cust-b");
    String body = "{\"at\": \"2026-10-05T02:00Z\"}";
    String path = "/api/tickets/" + b.ticket() + "/events/1/corrections";
    String clientOfA = tokens.issue(a.id(), Role.API_CLIENT, "client of a").token();

    assertProblem(api.post(a.token(), path, body, null), 403, null);
    assertProblem(api.post(b.token(), path, body, null), 403, null);
    Answer other = api.post(clientOfA, path, body, null);
    Answer unknown =
        api.post(
            clientOfA, "/api/tickets/" + b.ticket() + "-none/events/1/corrections", body, null);
    assertThat(other.status()).isEqualTo(404);
    assertThat(other.text()).isEqualTo(unknown.text().replace("-none", ""));
    assertProblem(post(path, "{\"at\": \"2026-10-05 10:00\"}", null), 400, "at");
    assertThat(post("/api/tickets/" + b.ticket() + "/events/9/corrections", body, null).status())
        .isEqualTo(404);
    assertThat(get("/api/tickets/" + b.ticket()).body().get("timeline").get(0).get("at").asString())
        .isEqualTo("2026-10-05T02:05:00Z");
  }

  @Test
  void answeredTicketIsMetAfterSevenMinutes() {
    String g = unique("net");
    putYaml(g, guarantee(g), "application/yaml");
    String t = unique("INC");
    assertThat(post("/api/tickets", ticketJson(t, g), null).status()).isEqualTo(201);
    post(events(t), event("2026-10-05T10:05+08:00", "reported"), null);
    post(events(t), event("2026-10-05T10:12+08:00", "acknowledged"), null);

    JsonNode clock = onlyClock(t, "2026-10-05T10:30+08:00");

    // Reported 10:05, acknowledged 10:12 on 24x7: 7 of 15 minutes used, met; due 10:20.
    assertThat(clock.get("commitment").asString()).isEqualTo("response");
    assertThat(clock.get("state").asString()).isEqualTo("stopped");
    assertThat(clock.get("elapsed").asString()).isEqualTo("PT7M");
    assertThat(clock.get("remaining").asString()).isEqualTo("PT8M");
    assertThat(clock.get("due").asString()).isEqualTo("2026-10-05T10:20+08:00");
    assertThat(clock.get("breach_after").asString()).isEqualTo("2026-10-05T10:20+08:00");
    assertThat(clock.get("verdict").asString()).isEqualTo("met");
    // The same figures as the core's evaluator on the same timeline.
    ClockEvaluation e =
        coreClock(
            g,
            Timeline.of(
                TimelineEvent.of(at("2026-10-05T10:05+08:00"), TimelineEventType.REPORTED),
                TimelineEvent.of(at("2026-10-05T10:12+08:00"), TimelineEventType.ACKNOWLEDGED)),
            at("2026-10-05T10:30+08:00"));
    assertThat(clock.get("elapsed").asString()).isEqualTo(e.current().elapsed().toString());
    assertThat(clock.get("remaining").asString()).isEqualTo(e.current().remaining().toString());
    assertThat(at(clock.get("due").asString())).isEqualTo(e.current().due().orElseThrow());
  }

  @Test
  void runningClockIsEvaluatedAfreshOnEveryRequest() {
    String g = unique("net");
    putYaml(g, guarantee(g), "application/yaml");
    String t = unique("INC");
    post("/api/tickets", ticketJson(t, g), null);
    post(events(t), event("2026-10-05T10:05+08:00", "reported"), null);

    // As of 10:10: 5 minutes used, running.
    JsonNode early = onlyClock(t, "2026-10-05T10:10+08:00");
    assertThat(early.get("state").asString()).isEqualTo("running");
    assertThat(early.get("elapsed").asString()).isEqualTo("PT5M");
    assertThat(early.get("remaining").asString()).isEqualTo("PT10M");
    assertThat(early.get("verdict").asString()).isEqualTo("in_progress");
    // As of 10:21 (UTC 02:21): one minute past breach_after 10:20, breached.
    JsonNode late = onlyClock(t, "2026-10-05T02:21Z");
    assertThat(late.get("verdict").asString()).isEqualTo("breached");
    assertThat(late.get("overrun").asString()).isEqualTo("PT1M");
    // An acknowledgement recorded later, at 10:12, changes the answer for 10:21 at once.
    post(events(t), event("2026-10-05T10:12+08:00", "acknowledged"), null);
    assertThat(onlyClock(t, "2026-10-05T02:21Z").get("verdict").asString()).isEqualTo("met");
  }

  @Test
  void repeatedRequestWithTheSameKeyIsAnsweredOnceAndWrittenOnce() {
    String g = unique("net");
    putYaml(g, guarantee(g), "application/yaml");
    String t = unique("INC");
    String ticketKey = unique("key");
    Answer first = post("/api/tickets", ticketJson(t, g), ticketKey);
    Answer again = post("/api/tickets", ticketJson(t, g), ticketKey);
    assertThat(first.status()).isEqualTo(201);
    assertThat(again.status()).isEqualTo(201);
    assertThat(again.text()).isEqualTo(first.text());

    String eventKey = unique("key");
    String reported = event("2026-10-05T10:05+08:00", "reported");
    Answer e1 = post(events(t), reported, eventKey);
    Answer e2 = post(events(t), reported, eventKey);
    assertThat(e2.text()).isEqualTo(e1.text());
    assertThat(e1.body().get("seq").asInt()).isEqualTo(1);
    assertThat(eventsStored(t)).isEqualTo(1);
    // Without a key the same event is a new fact.
    assertThat(post(events(t), reported, null).body().get("seq").asInt()).isEqualTo(2);
    Answer ticket = get("/api/tickets/" + t);
    assertThat(ticket.body().get("ticket").get("id").asString()).isEqualTo(t);
    assertThat(ticket.body().get("timeline").size()).isEqualTo(2);
    assertThat(ticket.body().get("timeline").get(1).get("at").asString())
        .isEqualTo("2026-10-05T02:05:00Z");
  }

  @Test
  void concurrentRequestsWithTheSameKeyWriteOnce() throws Exception {
    String g = unique("net");
    putYaml(g, guarantee(g), "application/yaml");
    String t = unique("INC");
    String key = unique("key");
    List<Callable<Answer>> sameRequest =
        Collections.nCopies(8, () -> post("/api/tickets", ticketJson(t, g), key));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Answer> answers = new ArrayList<>();
      for (Future<Answer> f : pool.invokeAll(sameRequest)) {
        answers.add(f.get());
      }
      // Every request gets the one answer that was committed.
      assertThat(answers).extracting(Answer::status).containsOnly(201);
      assertThat(answers).extracting(Answer::text).containsOnly(answers.get(0).text());
    } finally {
      pool.shutdown();
    }
    assertThat(
            db.sql("select count(*) from ticket where id = :t")
                .param("t", t)
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void ticketWithAnExcludedCauseShowsItsClockAsExcluded() {
    String g = unique("net");
    putYaml(g, guarantee(g), "application/yaml");
    String t = unique("INC");
    post("/api/tickets", ticketJson(t, g).replace("equipment_failure", "Force-Majeure"), null);
    post(events(t), event("2026-10-05T10:05+08:00", "reported"), null);

    // Causes compare as the guarantee's exclusions do: Force-Majeure is force_majeure.
    assertThat(onlyClock(t, "2026-10-05T10:10+08:00").get("excluded").asBoolean()).isTrue();
  }

  @Test
  void sameKeyWithADifferentRequestIsAConflict() {
    String g = unique("net");
    putYaml(g, guarantee(g), "application/yaml");
    String t = unique("INC");
    post("/api/tickets", ticketJson(t, g), null);
    String key = unique("key");
    post(events(t), event("2026-10-05T10:05+08:00", "reported"), key);

    Answer conflict = post(events(t), event("2026-10-05T10:06+08:00", "reported"), key);

    assertThat(conflict.status()).isEqualTo(409);
    assertThat(conflict.body().get("field").asString()).isEqualTo("Idempotency-Key");
    assertThat(eventsStored(t)).isEqualTo(1);
  }

  @Test
  void badInputIsAProblemNamingTheField() {
    String g = unique("net");
    putYaml(g, guarantee(g), "application/yaml");
    String t = unique("INC");
    post("/api/tickets", ticketJson(t, g), null);

    assertProblem(post(events(t), event("2026-10-05T10:05", "reported"), null), 400, "at")
        .contains("without an offset");
    assertProblem(post(events(t), event("2026-10-05T10:05Z", "answered"), null), 400, "event")
        .contains("'answered' is not a timeline event");
    // Severity and comments have endpoints of their own, whose rules an event must not get around.
    assertProblem(
            post(events(t), event("2026-10-05T10:05Z", "severity_changed"), null), 400, "event")
        .contains("POST /api/tickets/{id}/severity");
    assertProblem(post(events(t), event("2026-10-05T10:05Z", "commented"), null), 400, "event")
        .contains("POST /api/tickets/{id}/comments");
    assertThat(eventsStored(t)).isZero();
    assertProblem(post(events(t), "{\"at\": \"2026-10-05T10:05Z\",", null), 400, null)
        .contains("not valid JSON");
    assertProblem(post(events(t), "{\"at\": [1], \"event\": \"reported\"}", null), 400, "at");
    assertProblem(
        post(events(t), "{\"at\": \"2026-10-05T10:05Z\", \"evnt\": \"x\"}", null), 400, "evnt");
    assertProblem(post("/api/tickets", ticketJson(unique("INC"), "nope"), null), 400, "guarantee")
        .contains("'nope' is not stored");
    assertProblem(
            post("/api/tickets", ticketJson(unique("INC"), g).replace("network", "mail"), null),
            400,
            "service")
        .contains("its services: network");
    assertProblem(
            post("/api/tickets", ticketJson(unique("INC"), g).replace("incident", "fault"), null),
            400,
            "type")
        .contains("'fault' is not a ticket type");
    assertProblem(
            post("/api/tickets", ticketJson(unique("INC"), g).replace("sev1", "p1"), null),
            400,
            "severity")
        .contains("severity 'p1' is not defined in guarantee '" + g + "'; defined: sev1, sev2");
    assertProblem(post("/api/tickets", ticketJson(t, g), null), 409, "id");
    assertProblem(get("/api/tickets/" + t + "/sla?asOf=2026-10-05T10:05"), 400, "asOf");
    assertProblem(get("/api/tickets/nope/sla"), 404, null);
    assertThat(eventsStored(t)).isZero();
  }

  // ---- Who may call what -------------------------------------------------------------------

  /** Two customers, each with a guarantee, a ticket with one event, and a user's token. */
  private record Customer(String id, String token, String guarantee, String ticket) {}

  private Customer customer(String prefix) {
    String id = unique(prefix);
    String g = unique("net");
    assertThat(putYaml(g, guarantee(g, id), "application/yaml").status()).isEqualTo(201);
    String t = unique("INC");
    assertThat(post("/api/tickets", ticketJson(t, g), null).status()).isEqualTo(201);
    assertThat(post(events(t), event("2026-10-05T10:05+08:00", "reported"), null).status())
        .isEqualTo(201);
    return new Customer(id, tokens.issue(id, Role.CUSTOMER_USER, "user").token(), g, t);
  }

  @Test
  void callWithoutATokenOrWithAnUnknownOneIsUnauthorised() {
    Customer b = customer("cust-b");
    int before = ticketsStored();

    assertProblem(api.get(null, "/api/guarantees/" + b.guarantee()), 401, null)
        .contains("Authorization: Bearer");
    assertProblem(api.get("plg_not-a-token", "/api/tickets/" + b.ticket()), 401, null)
        .contains("not known");
    assertProblem(
        api.post(null, "/api/tickets", ticketJson(unique("INC"), b.guarantee()), null), 401, null);
    assertProblem(
        api.post("", events(b.ticket()), event("2026-10-05T10:06Z", "acknowledged"), null),
        401,
        null);
    assertProblem(
        putYaml(null, b.guarantee(), guarantee(b.guarantee()), "application/yaml"), 401, null);
    assertProblem(
        api.post(null, "/api/tokens", tokenJson(null, "ADMINISTRATOR", "x"), null), 401, null);

    assertThat(ticketsStored()).isEqualTo(before);
    assertThat(eventsStored(b.ticket())).isEqualTo(1);
    assertThat(get("/api/guarantees/" + b.guarantee()).body().get("customer").asString())
        .isEqualTo(b.id());
  }

  @Test
  void customerWorksOnItsOwnGuaranteeAndTickets() {
    Customer a = customer("cust-a");

    assertThat(api.get(a.token(), "/api/guarantees/" + a.guarantee()).status()).isEqualTo(200);
    Answer opened =
        api.post(a.token(), "/api/tickets", ticketJson(null, a.guarantee()), unique("k"));
    assertThat(opened.status()).isEqualTo(201);
    // Pledge numbers a customer's tickets: the customer's id and eight letters or digits.
    String t = opened.body().get("id").asString();
    assertThat(t).matches(a.id() + "-[2-9A-HJKMNP-Z]{8}");
    assertThat(
            api.post(a.token(), events(t), event("2026-10-05T10:05+08:00", "reported"), unique("k"))
                .status())
        .isEqualTo(201);
    Answer ticket = api.get(a.token(), "/api/tickets/" + t);
    assertThat(ticket.body().get("ticket").get("customer").asString()).isEqualTo(a.id());
    assertThat(ticket.body().get("timeline").size()).isEqualTo(1);
    assertThat(api.get(a.token(), "/api/tickets/" + t + "/sla").status()).isEqualTo(200);
  }

  @Test
  void customerAskingForAnotherCustomersGuaranteeIsToldItIsNotStored() {
    Customer a = customer("cust-a");
    Customer b = customer("cust-b");

    Answer other = api.get(a.token(), "/api/guarantees/" + b.guarantee());
    Answer none = api.get(a.token(), "/api/guarantees/" + b.guarantee() + "-none");

    assertProblem(other, 404, null).isEqualTo("no guarantee '" + b.guarantee() + "' is stored");
    assertThat(none.status()).isEqualTo(404);
    assertThat(other.text()).doesNotContain(b.id());
  }

  @Test
  void customerCannotUploadAGuaranteeNorCanAnAgent() {
    Customer a = customer("cust-a");
    Customer b = customer("cust-b");
    String agent = tokens.issue(null, Role.AGENT, "agent").token();
    String changed = guarantee(b.guarantee(), b.id()).replace("version: 1", "version: 2");

    assertProblem(putYaml(a.token(), b.guarantee(), changed, "application/yaml"), 403, null);
    assertProblem(putYaml(agent, b.guarantee(), changed, "application/yaml"), 403, null);
    String fresh = unique("net");
    assertProblem(
        putYaml(a.token(), fresh, guarantee(fresh, a.id()), "application/yaml"), 403, null);

    assertThat(guaranteesStored(b.guarantee())).isEqualTo(1);
    assertThat(guaranteesStored(fresh)).isZero();
    // The agent reads guarantees and works tickets.
    assertThat(api.get(agent, "/api/guarantees/" + b.guarantee()).status()).isEqualTo(200);
    assertThat(
            api.post(agent, events(b.ticket()), event("2026-10-05T10:06Z", "acknowledged"), null)
                .status())
        .isEqualTo(201);
  }

  @Test
  void customerCannotOpenATicketOnAnotherCustomersGuarantee() {
    Customer a = customer("cust-a");
    Customer b = customer("cust-b");
    String t = unique("INC");

    // Answered exactly as a guarantee that is not stored at all: the id does not leak.
    assertProblem(
            api.post(a.token(), "/api/tickets", ticketJson(null, b.guarantee()), null),
            400,
            "guarantee")
        .isEqualTo("guarantee '" + b.guarantee() + "' is not stored; PUT it first");

    assertThat(
            db.sql("select count(*) from ticket where id = :t")
                .param("t", t)
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void customerChoosingATicketIdLearnsNothingOfAnotherCustomersTickets() {
    Customer a = customer("cust-a");
    Customer b = customer("cust-b");
    int before = ticketsStored();

    Answer taken = api.post(a.token(), "/api/tickets", ticketJson(b.ticket(), a.guarantee()), null);
    Answer free =
        api.post(a.token(), "/api/tickets", ticketJson(unique("INC"), a.guarantee()), null);

    assertProblem(taken, 400, "id").startsWith("Pledge numbers the tickets a customer opens");
    assertThat(taken.text()).isEqualTo(free.text());
    assertThat(ticketsStored()).isEqualTo(before);
  }

  @Test
  void customerCannotReadAnotherCustomersTicketOrItsClocks() {
    Customer a = customer("cust-a");
    Customer b = customer("cust-b");

    assertProblem(api.get(a.token(), "/api/tickets/" + b.ticket()), 404, null)
        .isEqualTo("no ticket '" + b.ticket() + "' exists");
    assertProblem(api.get(a.token(), "/api/tickets/" + b.ticket() + "/sla"), 404, null)
        .isEqualTo("no ticket '" + b.ticket() + "' exists");
    assertProblem(
            api.get(a.token(), "/api/tickets/" + b.ticket() + "/sla?asOf=2026-10-05T10:10Z"),
            404,
            null)
        .doesNotContain(b.id());
    // B itself still sees them.
    assertThat(api.get(b.token(), "/api/tickets/" + b.ticket() + "/sla").status()).isEqualTo(200);
  }

  @Test
  void customerCannotRecordEventsOnAnotherCustomersTicket() {
    Customer a = customer("cust-a");
    Customer b = customer("cust-b");

    assertProblem(
            api.post(
                a.token(), events(b.ticket()), event("2026-10-05T10:06Z", "acknowledged"), null),
            404,
            null)
        .isEqualTo("no ticket '" + b.ticket() + "' exists");

    assertThat(eventsStored(b.ticket())).isEqualTo(1);
  }

  @Test
  void oneCustomersIdempotencyKeyNeverReplaysAnothersAnswer() {
    Customer a = customer("cust-a");
    Customer b = customer("cust-b");
    String key = unique("key");
    String acknowledged = event("2026-10-05T10:06Z", "acknowledged");
    assertThat(api.post(b.token(), events(b.ticket()), acknowledged, key).status()).isEqualTo(201);
    String ticketKey = unique("key");
    assertThat(
            api.post(b.token(), "/api/tickets", ticketJson(null, b.guarantee()), ticketKey)
                .status())
        .isEqualTo(201);

    // The same request with the same key from A: not B's stored answer, but "no such ticket".
    assertProblem(api.post(a.token(), events(b.ticket()), acknowledged, key), 404, null);
    assertProblem(
        api.post(a.token(), "/api/tickets", ticketJson(null, b.guarantee()), ticketKey),
        400,
        "guarantee");

    assertThat(eventsStored(b.ticket())).isEqualTo(2);
    // B's retry is still replayed.
    assertThat(api.post(b.token(), events(b.ticket()), acknowledged, key).body().get("seq").asInt())
        .isEqualTo(2);
    assertThat(eventsStored(b.ticket())).isEqualTo(2);
  }

  @Test
  void onlyAnAdministratorIssuesTokens() {
    Customer a = customer("cust-a");
    Customer b = customer("cust-b");
    String agent = tokens.issue(null, Role.AGENT, "agent").token();
    int before = tokensStored();
    String forB = tokenJson(b.id(), "CUSTOMER_USER", "intruder");

    assertProblem(api.post(a.token(), "/api/tokens", forB, null), 403, null);
    assertProblem(api.post(provider, "/api/tokens", forB, null), 403, null);
    assertProblem(
        api.post(agent, "/api/tokens", tokenJson(null, "ADMINISTRATOR", "me"), null), 403, null);

    assertThat(tokensStored()).isEqualTo(before);
  }

  @Test
  void administratorIssuesATokenThatIsStoredOnlyAsItsHash() {
    Customer b = customer("cust-b");
    String admin = tokens.issue(null, Role.ADMINISTRATOR, "admin").token();

    Answer issued =
        api.post(admin, "/api/tokens", tokenJson(b.id(), "customer_user", "Ann at B"), null);

    assertThat(issued.status()).as(issued.text()).isEqualTo(201);
    String token = issued.body().get("token").asString();
    String stored =
        db.sql("select token_hash from api_token where id = :id")
            .param("id", issued.body().get("id").asString())
            .query(String.class)
            .single();
    assertThat(stored).isEqualTo(Idempotency.sha256(token)).doesNotContain(token);
    assertThat(
            db.sql("select count(*) from api_token where token_hash = :t")
                .param("t", token)
                .query(Integer.class)
                .single())
        .isZero();
    // The new token works, for B's things only.
    assertThat(api.get(token, "/api/tickets/" + b.ticket()).status()).isEqualTo(200);
    // A customer user's token needs a customer organisation.
    assertProblem(
        api.post(admin, "/api/tokens", tokenJson("example-idc", "CUSTOMER_USER", "x"), null),
        400,
        "organisation");
    assertProblem(
        api.post(admin, "/api/tokens", tokenJson(null, "CUSTOMER_USER", "x"), null),
        400,
        "organisation");
    assertProblem(api.post(admin, "/api/tokens", tokenJson(null, "ROOT", "x"), null), 400, "role");
  }

  @Test
  void firstStartIssuedOneAdministratorToken() {
    assertThat(
            db.sql(
                    "select count(*) from api_token where name = 'first administrator' and role = 'ADMINISTRATOR'")
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }

  private static String tokenJson(String organisation, String role, String name) {
    return """
        {"organisation": %s, "role": "%s", "name": "%s"}
        """
        .formatted(organisation == null ? "null" : "\"" + organisation + "\"", role, name);
  }

  private int ticketsStored() {
    return db.sql("select count(*) from ticket").query(Integer.class).single();
  }

  private int tokensStored() {
    return db.sql("select count(*) from api_token").query(Integer.class).single();
  }

  private org.assertj.core.api.AbstractStringAssert<?> assertProblem(
      Answer a, int status, String field) {
    assertThat(a.status()).as(a.text()).isEqualTo(status);
    assertThat(a.contentType()).startsWith("application/problem+json");
    if (field == null) {
      assertThat(a.body().has("field")).as(a.text()).isFalse();
    } else {
      assertThat(a.body().get("field").asString()).as(a.text()).isEqualTo(field);
    }
    return assertThat(a.body().get("detail").asString());
  }

  private JsonNode onlyClock(String ticket, String asOf) {
    Answer a =
        get(
            "/api/tickets/"
                + ticket
                + "/sla?asOf="
                + URLEncoder.encode(asOf, StandardCharsets.UTF_8));
    assertThat(a.status()).as(a.text()).isEqualTo(200);
    assertThat(a.body().get("clocks").size()).isEqualTo(1);
    return a.body().get("clocks").get(0);
  }

  private static ClockEvaluation coreClock(String g, Timeline timeline, Instant asOf) {
    Guarantee parsed = GuaranteeFile.parse(guarantee(g), g + ".yaml", Path.of("none"));
    Commitment.TicketClock c = (Commitment.TicketClock) parsed.commitment("response").orElseThrow();
    return ClockEvaluator.evaluate(c.clockFor("sev1").orElseThrow(), timeline, asOf);
  }

  private static Instant at(String text) {
    return OffsetDateTime.parse(text).toInstant();
  }

  private static String events(String ticket) {
    return "/api/tickets/" + ticket + "/events";
  }

  /** A sev1 incident; a null id leaves {@code id} out, as a customer does. */
  private static String ticketJson(String id, String guarantee) {
    return """
        {%s"guarantee": "%s", "service": "network", "type": "incident",
         "severity": "sev1", "cause": "equipment_failure"}
        """
        .formatted(id == null ? "" : "\"id\": \"" + id + "\", ", guarantee);
  }

  private static String event(String at, String type) {
    return """
        {"at": "%s", "event": "%s"}
        """
        .formatted(at, type);
  }

  private int eventsStored(String ticket) {
    return db.sql("select count(*) from timeline_event where ticket_id = :t")
        .param("t", ticket)
        .query(Integer.class)
        .single();
  }

  private int guaranteesStored(String id) {
    return db.sql("select count(*) from guarantee where id = :id")
        .param("id", id)
        .query(Integer.class)
        .single();
  }

  private Answer putYaml(String id, String yaml, String contentType) {
    return putYaml(provider, id, yaml, contentType);
  }

  private Answer putYaml(String token, String id, String yaml, String contentType) {
    return api.put(token, "/api/guarantees/" + id, contentType, yaml);
  }

  private Answer post(String path, String body, String key) {
    return api.post(provider, path, body, key);
  }

  private Answer get(String path) {
    return api.get(provider, path);
  }
}

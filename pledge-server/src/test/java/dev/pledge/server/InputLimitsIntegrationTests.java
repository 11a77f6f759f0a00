package dev.pledge.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pledge.server.Api.Answer;
import dev.pledge.server.access.ApiTokens;
import dev.pledge.server.access.People;
import dev.pledge.server.system.Role;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bad input is refused with a problem naming its field, never a 500, and stores nothing: texts
 * longer than their columns, instants outside what is kept, ids a URL cannot carry, and pages
 * showing tickets without a severity. On a real database: the subclasses run every test on H2 and
 * on PostgreSQL.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"logging.level.root=warn", "spring.main.banner-mode=off"})
abstract class InputLimitsIntegrationTests {

  private static final AtomicInteger NEXT = new AtomicInteger();

  private static final String RANGE = "write one from 1970-01-01T00:00:00Z to 9999-12-31T23:59:59Z";

  @LocalServerPort int port;
  @Autowired JdbcClient db;
  @Autowired ApiTokens tokens;
  @Autowired People people;

  private Api api;
  private Portal portal;
  private String manager;
  private String customer;
  private String guarantee;

  @BeforeEach
  void aCustomerWithAGuarantee() {
    api = new Api(port);
    portal = new Portal(port, people, db);
    manager = tokens.issue(null, Role.SERVICE_MANAGER, "tests").token();
    db.sql("delete from sign_in_failure").update();
    customer = unique("cust");
    guarantee = unique("net");
    Answer put =
        api.putYaml(manager, guarantee, ApiIntegrationTests.guarantee(guarantee, customer));
    assertThat(put.status()).as(put.text()).isEqualTo(201);
  }

  // Lengths

  @Test
  void aTicketWithATooLongIdOrCauseIsRefusedNamingTheFieldAndNotStored() {
    String longId = "INC-" + "x".repeat(197);
    String id = unique("INC");

    Answer tooLongId =
        api.post(manager, "/api/tickets", ticketJson(longId, "\"cause\": \"power\""));
    Answer tooLongCause =
        api.post(manager, "/api/tickets", ticketJson(id, "\"cause\": \"" + "c".repeat(101) + "\""));

    assertProblem(tooLongId, "id", "id is 201 characters long; at most 200 fit");
    assertProblem(tooLongCause, "cause", "cause is 101 characters long; at most 100 fit");
    assertThat(api.get(manager, "/api/tickets/" + id).status()).isEqualTo(404);
    assertThat(ticketsOfCustomer()).isZero();
    String longest = "INC-" + "x".repeat(196);
    assertThat(api.post(manager, "/api/tickets", ticketJson(longest, "")).status()).isEqualTo(201);
  }

  @Test
  void anEventWithATooLongReasonIsRefusedAndTheTimelineKeptAsItWas() {
    String id = reportedTicket();

    Answer refused =
        api.post(
            manager,
            "/api/tickets/" + id + "/events",
            event("2026-10-05T10:05+08:00", "acknowledged")
                .replace("}", ", \"reason\": \"" + "r".repeat(501) + "\"}"));

    assertProblem(refused, "reason", "reason is 501 characters long; at most 500 fit");
    assertThat(timeline(id)).isEqualTo(1);
  }

  @Test
  void anIdempotencyKeyLongerThanItsColumnIsRefusedBeforeAnythingIsWritten() {
    String id = unique("INC");
    String key = "k".repeat(201);

    Answer ticket = api.post(manager, "/api/tickets", ticketJson(id, ""), key);
    Answer outage = api.post(manager, path("/outages"), outageJson(unique("OUT")), "k".repeat(300));

    assertProblem(
        ticket, "Idempotency-Key", "Idempotency-Key is 201 characters long; at most 200 fit");
    assertProblem(outage, "Idempotency-Key", null);
    assertThat(api.get(manager, "/api/tickets/" + id).status()).isEqualTo(404);
    assertThat(api.get(manager, path("/outages")).body()).isEmpty();
    String fits = "k".repeat(200);
    assertThat(api.post(manager, "/api/tickets", ticketJson(id, ""), fits).status()).isEqualTo(201);
    assertThat(api.post(manager, "/api/tickets", ticketJson(id, ""), fits).status()).isEqualTo(201);
  }

  @Test
  void aTokenOrPersonWithATooLongNameIsRefusedNamingTheField() {
    String admin = tokens.issue(null, Role.ADMINISTRATOR, "admin").token();
    String email = "p-" + unique("long") + "@example.com";
    String person =
        """
        {"email": "%s", "display_name": "%s", "organisation": "%s", "role": "CUSTOMER_USER",
         "password": "a password long enough"}
        """
            .formatted(email, "n".repeat(201), customer);

    Answer token =
        api.post(
            admin,
            "/api/tokens",
            "{\"organisation\": \"%s\", \"role\": \"API_CLIENT\", \"name\": \"%s\"}"
                .formatted(customer, "n".repeat(201)));
    Answer personAnswer = api.post(admin, "/api/people", person);

    assertProblem(token, "name", "name is 201 characters long; at most 200 fit");
    assertProblem(personAnswer, "display_name", "display_name is 201 characters long");
    assertThat(
            db.sql("select count(*) from api_token where organisation_id = :c")
                .param("c", customer)
                .query(Integer.class)
                .single())
        .isZero();
    assertThat(
            db.sql("select count(*) from person where email = :e")
                .param("e", email)
                .query(Integer.class)
                .single())
        .isZero();
  }

  // Instants

  @Test
  void anEventAtAnInstantOutsideWhatIsKeptIsRefusedNamingTheFieldAndTheRange() {
    String id = reportedTicket();

    for (String at :
        List.of(
            "+999999999-12-31T23:59:59Z",
            "-4713-12-31T23:59:59Z",
            "1969-12-31T23:59:59Z",
            "9999-12-31T23:59:59-00:01")) {
      Answer refused =
          api.post(manager, "/api/tickets/" + id + "/events", event(at, "acknowledged"));
      assertProblem(refused, "at", RANGE);
    }
    Answer correction =
        api.post(
            manager,
            "/api/tickets/" + id + "/events/1/corrections",
            "{\"at\": \"+999999999-12-31T23:59:59Z\"}");

    assertProblem(correction, "at", RANGE);
    assertThat(timeline(id)).isEqualTo(1);
    WebSession agent = portal.signedIn(portal.person(Role.AGENT, null));
    assertThat(agent.get("/tickets/" + id).status()).isEqualTo(200);
  }

  @Test
  void theEdgesOfTheRangeAreKept() {
    String id = reportedTicket();

    Answer last =
        api.post(
            manager,
            "/api/tickets/" + id + "/events",
            event("9999-12-31T23:59:59Z", "acknowledged"));

    assertThat(last.status()).as(last.text()).isEqualTo(201);
    Answer sla = api.get(manager, "/api/tickets/" + id + "/sla?asOf=1970-01-01T00:00Z");
    assertThat(sla.status()).as(sla.text()).isEqualTo(200);
  }

  @Test
  void anAsOfOutsideWhatIsKeptIsRefusedNamingTheQueryParameter() {
    String id = reportedTicket();
    String far = URLEncoder.encode("+999999999-12-31T23:59:59Z", StandardCharsets.UTF_8);

    Answer sla = api.get(manager, "/api/tickets/" + id + "/sla?asOf=" + far);
    Answer report =
        api.get(manager, path("/reports/2026-10?guarantee=" + guarantee + "&as_of=" + far));

    assertProblem(sla, "asOf", RANGE);
    assertProblem(report, "as_of", RANGE);
  }

  @Test
  void anImportedInstantOutsideWhatIsKeptIsRefusedWithItsLine() {
    String jsonl =
        "{\"kind\": \"outage\", \"id\": \"O-1\", \"service\": \"network\","
            + " \"detected_at\": \"2026-10-05T10:00+08:00\"}\n"
            + "{\"kind\": \"outage\", \"id\": \"O-2\", \"service\": \"network\","
            + " \"detected_at\": \"0001-01-01T00:00Z\"}\n";

    Answer refused = api.importJsonl(manager, customer, guarantee, jsonl);

    assertThat(refused.status()).as(refused.text()).isEqualTo(422);
    assertThat(refused.text()).contains("line 2").contains("outside the instants kept");
    assertThat(api.get(manager, path("/outages")).body()).isEmpty();
  }

  // Ids

  @Test
  void anIdAUrlCannotCarryIsRefusedNamingIdForEveryRecordNamedInAPath() {
    for (String bad :
        List.of("a/b", "a\\\\b", "a?b", "a#b", "a%2Fb", "a b", "a\\tb", "a\\u0001b")) {
      assertProblem(api.post(manager, "/api/tickets", ticketJson(bad, "")), "id", "an id cannot");
      assertProblem(api.post(manager, path("/outages"), outageJson(bad)), "id", "an id cannot");
      assertProblem(
          api.post(manager, path("/maintenance"), maintenanceJson(bad)), "id", "an id cannot");
      assertProblem(
          api.post(manager, path("/measurements"), measurementJson(bad)),
          "measurements[0].id",
          "an id cannot");
    }
    assertThat(ticketsOfCustomer()).isZero();
    assertThat(api.get(manager, path("/outages")).body()).isEmpty();
    assertThat(api.get(manager, path("/maintenance")).body()).isEmpty();
    assertThat(api.get(manager, path("/measurements")).body()).isEmpty();
  }

  @Test
  void anImportedIdAUrlCannotCarryIsRefused() {
    String jsonl =
        "{\"kind\": \"outage\", \"id\": \"O/1\", \"service\": \"network\","
            + " \"detected_at\": \"2026-10-05T10:00+08:00\"}\n";

    Answer refused = api.importJsonl(manager, customer, guarantee, jsonl);

    assertThat(refused.status()).as(refused.text()).isEqualTo(422);
    assertThat(refused.text()).contains("outage 'O/1'").contains("an id cannot");
    assertThat(api.get(manager, path("/outages")).body()).isEmpty();
  }

  @Test
  void aGuaranteeWhoseIdsDoNotFitOrCannotBeInAUrlIsRefusedAndNotStored() {
    String longId = "g".repeat(101);
    String slashed = unique("net");

    Answer tooLong = api.putYaml(manager, longId, ApiIntegrationTests.guarantee(longId));
    Answer slashCustomer =
        api.putYaml(manager, slashed, ApiIntegrationTests.guarantee(slashed, "north/wind"));

    assertProblem(tooLong, "id", "id is 101 characters long; at most 100 fit");
    assertProblem(slashCustomer, "customer.id", "an id cannot");
    assertThat(api.get(manager, "/api/guarantees/" + slashed).status()).isEqualTo(404);
  }

  // Another customer's ids

  @Test
  void aCustomerGets404ForAnotherCustomersTicketWhateverItSends() {
    String theirs = reportedTicket();
    String other = unique("other");
    String otherGuarantee = unique("net");
    api.putYaml(manager, otherGuarantee, ApiIntegrationTests.guarantee(otherGuarantee, other));
    String token = tokens.issue(other, Role.CUSTOMER_USER, "user").token();

    Answer event =
        api.post(
            token,
            "/api/tickets/" + theirs + "/events",
            event("2026-10-05T10:05Z", "acknowledged"));
    Answer sla = api.get(token, "/api/tickets/" + theirs + "/sla?asOf=2026-10-05T10:05Z");
    Answer unknown = api.get(token, "/api/tickets/no-such-ticket/sla?asOf=2026-10-05T10:05Z");

    assertThat(List.of(event.status(), sla.status(), unknown.status())).containsOnly(404);
    assertThat(sla.text()).doesNotContain(customer);
    assertThat(timeline(theirs)).isEqualTo(1);
  }

  // Pages

  @Test
  void aTicketWithoutASeverityIsShownWithAnEmptyOne() {
    String id = unique("CMP");
    Answer opened =
        api.post(
            manager,
            "/api/tickets",
            """
            {"id": "%s", "guarantee": "%s", "service": "network", "type": "complaint"}
            """
                .formatted(id, guarantee));
    assertThat(opened.status()).as(opened.text()).isEqualTo(201);
    WebSession agent = portal.signedIn(portal.person(Role.AGENT, null));
    WebSession user = portal.signedIn(portal.person(Role.CUSTOMER_USER, customer));

    WebSession.Page page = agent.get("/tickets/" + id);
    WebSession.Page theirs = user.get("/tickets/" + id);

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.text()).contains(id).containsPattern("<dt>Severity</dt><dd><span></span>");
    assertThat(theirs.status()).isEqualTo(200);
    assertThat(agent.get("/tickets").status()).isEqualTo(200);
    assertThat(agent.get("/tickets/new").status()).isEqualTo(200);
  }

  @Test
  void theNewTicketFormShowsATooLongOrUnreachableIdAsAFormError() {
    WebSession agent = portal.signedIn(portal.person(Role.AGENT, null));

    WebSession.Page tooLong = agent.post("/tickets", ticketForm("I".repeat(300)), true);
    WebSession.Page slash = agent.post("/tickets", ticketForm("INC/1"), true);

    for (WebSession.Page p : List.of(tooLong, slash)) {
      assertThat(p.status()).isEqualTo(400);
      assertThat(p.response().headers().firstValue("Content-Type").orElse(""))
          .startsWith("text/html");
      assertThat(p.text()).contains("Nothing was saved: check Id.");
    }
    assertThat(ticketsOfCustomer()).isZero();
  }

  @Test
  void theRatingFormTakesAWholeScoreFrom1To5Only() {
    String id = reportedTicket();
    api.event(manager, id, "2026-10-05T11:00+08:00", "resolved");
    WebSession user = portal.signedIn(portal.person(Role.CUSTOMER_USER, customer));
    WebSession chinese = portal.signedIn(portal.person(Role.CUSTOMER_USER, customer, "zh-CN"));

    for (String score : List.of("0", "9", "2.5", "-1", "five", "")) {
      WebSession.Page refused = user.post(rating(id), Map.of("score", score), true);
      assertThat(refused.status()).as(score).isEqualTo(400);
      assertThat(refused.text())
          .contains("Nothing was saved: check Score.")
          .contains("Choose a score from 1 (the worst) to 5 (the best).");
    }
    WebSession.Page zero = chinese.post(rating(id), Map.of("score", "0"), true);
    assertThat(zero.text()).contains("请选择 1（最差）到 5（最好）之间的评分。");
    assertThat(api.get(manager, path("/ratings")).body()).isEmpty();

    assertThat(user.post(rating(id), Map.of("score", "1"), true).status()).isEqualTo(302);
    assertThat(api.get(manager, path("/ratings")).body()).hasSize(1);
  }

  @Test
  void theRatingFormAnswers404ForAnotherCustomersTicketWhateverTheScore() {
    String theirs = reportedTicket();
    api.event(manager, theirs, "2026-10-05T11:00+08:00", "resolved");
    String other = unique("other");
    String otherGuarantee = unique("net");
    api.putYaml(manager, otherGuarantee, ApiIntegrationTests.guarantee(otherGuarantee, other));
    WebSession user = portal.signedIn(portal.person(Role.CUSTOMER_USER, other));

    for (String score : List.of("0", "3")) {
      assertThat(user.post(rating(theirs), Map.of("score", score), true).status()).isEqualTo(404);
    }
    assertThat(api.get(manager, path("/ratings")).body()).isEmpty();
  }

  // --- helpers ---

  private static void assertProblem(Answer a, String field, String detail) {
    assertThat(a.status()).as(a.text()).isEqualTo(400);
    assertThat(a.contentType()).startsWith("application/problem+json");
    assertThat(a.body().get("field").asString()).isEqualTo(field);
    if (detail != null) {
      assertThat(a.body().get("detail").asString()).contains(detail);
    }
  }

  private String reportedTicket() {
    String id = unique("INC");
    api.ticket(manager, id, guarantee, "2026-10-05T10:00+08:00", "reported");
    return id;
  }

  private String ticketJson(String id, String more) {
    return """
        {"id": "%s", "guarantee": "%s", "service": "network", "type": "incident"%s}
        """
        .formatted(id, guarantee, more.isEmpty() ? "" : ", " + more);
  }

  private String outageJson(String id) {
    return """
        {"id": "%s", "guarantee": "%s", "service": "network",
         "detected_at": "2026-10-05T10:00+08:00"}
        """
        .formatted(id, guarantee);
  }

  private String maintenanceJson(String id) {
    return """
        {"id": "%s", "guarantee": "%s", "start": "2026-10-05T01:00+08:00",
         "end": "2026-10-05T02:00+08:00"}
        """
        .formatted(id, guarantee);
  }

  private String measurementJson(String id) {
    return """
        {"guarantee": "%s", "measurements": [{"id": "%s", "at": "2026-10-05T10:00+08:00",
         "metric": "delay", "value": 4, "unit": "s"}]}
        """
        .formatted(guarantee, id);
  }

  private Map<String, String> ticketForm(String id) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("id", id);
    form.put("guarantee", guarantee);
    form.put("service", "network");
    form.put("type", "incident");
    form.put("severity", "sev1");
    form.put("category", "");
    form.put("cause", "");
    form.put("reported_at", "2026-10-05T10:00+08:00");
    return form;
  }

  private static String event(String at, String type) {
    return "{\"at\": \"%s\", \"event\": \"%s\"}".formatted(at, type);
  }

  private static String rating(String ticket) {
    return "/tickets/" + ticket + "/rating";
  }

  private String path(String rest) {
    return "/api/customers/" + customer + rest;
  }

  private int timeline(String ticket) {
    return api.get(manager, "/api/tickets/" + ticket).body().get("timeline").size();
  }

  private int ticketsOfCustomer() {
    return db.sql("select count(*) from ticket where customer_id = :c")
        .param("c", customer)
        .query(Integer.class)
        .single();
  }

  private static String unique(String prefix) {
    return prefix + "-" + NEXT.incrementAndGet() + "-" + System.nanoTime();
  }
}

package dev.pledge.server;

import static dev.pledge.server.ApiIntegrationTests.guarantee;
import static dev.pledge.server.ApiIntegrationTests.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pledge.server.Api.Answer;
import dev.pledge.server.access.ApiTokens;
import dev.pledge.server.system.Role;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.AbstractStringAssert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * What the API answers to input it cannot read or does not take: a problem naming the field as a
 * client writes it (JSON path, query parameter) and saying in plain words what was expected — never
 * a Java type — with the same members whatever the status. The subclasses run every test on H2 and
 * on PostgreSQL.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"logging.level.root=warn", "spring.main.banner-mode=off"})
abstract class ApiProblemsTests {

  @LocalServerPort int port;
  @Autowired JdbcClient db;
  @Autowired ApiTokens tokens;

  private Api api;

  /** The provider's service manager. */
  private String manager;

  @BeforeEach
  void providerToken() {
    api = new Api(port);
    manager = tokens.issue(null, Role.SERVICE_MANAGER, "tests").token();
  }

  /** A customer with a guarantee, a ticket reported at 10:05 Shanghai time, and a user's token. */
  private record Customer(String id, String token, String guarantee, String ticket) {}

  private Customer customer() {
    String id = unique("cust");
    String g = unique("net");
    assertThat(api.putYaml(manager, g, guarantee(g, id)).status()).isEqualTo(201);
    String t = unique("INC");
    api.ticket(manager, t, g, "2026-10-05T10:05+08:00", "reported");
    return new Customer(id, tokens.issue(id, Role.CUSTOMER_USER, "user").token(), g, t);
  }

  private static String ticketJson(String guarantee, String extra) {
    return """
        {"guarantee": "%s", "service": "network", "type": "incident", %s}
        """
        .formatted(guarantee, extra);
  }

  // ---- Bodies ------------------------------------------------------------------------------

  @Test
  void valueOfTheWrongKindIsNamedWithWhatWasExpected() {
    Customer c = customer();
    int before = ticketsStored();

    assertProblem(
            post("/api/tickets", ticketJson(c.guarantee(), "\"severity\": [\"sev1\"]")), "severity")
        .isEqualTo("'severity' must be a text, not a list");
    assertProblem(
            post(events(c.ticket()), "{\"at\": {\"when\": 1}, \"event\": \"restored\"}"), "at")
        .isEqualTo("'at' must be a text, not an object");
    assertThat(ticketsStored()).isEqualTo(before);
  }

  @Test
  void unknownFieldIsNamedWithTheFieldsTheRequestTakes() {
    Customer c = customer();
    int before = ticketsStored();

    assertProblem(
            post(
                "/api/tickets",
                ticketJson(c.guarantee(), "\"severity\": \"sev1\", \"colour\": \"red\"")),
            "colour")
        .isEqualTo(
            "'colour' is not a field of this request; the fields are: category, cause, guarantee,"
                + " id, service, severity, type");
    assertThat(ticketsStored()).isEqualTo(before);
  }

  @Test
  void fieldInsideABatchIsNamedByItsPlace() {
    Customer c = customer();
    String batch =
        """
        {"guarantee": "%s", "measurements": [
          {"id": "m-1", "at": "2026-10-05T10:00Z", "metric": "delay", "value": 1, "unit": "s"},
          {"id": "m-2", "at": "2026-10-05T10:01Z", "metric": "delay", "value": "abc", "unit": "s",
           "colour": "red"}]}
        """
            .formatted(c.guarantee());

    assertProblem(post(measurements(c), batch), "measurements[1].value")
        .startsWith("'measurements[1].value' must be a number");
    assertProblem(post(measurements(c), batch.replace("\"abc\"", "2")), "measurements[1].colour")
        .startsWith("'colour' is not a field of this request; the fields are: at, id, metric,");
    assertThat(measurementsStored(c)).isZero();
  }

  @Test
  void bodyOfTheWrongShapeOrNotJsonIsSaidSo() {
    Customer c = customer();

    assertProblem(post(measurements(c), "[{\"id\": \"m-1\"}]"), null)
        .isEqualTo("the body must be a JSON object, not a list");
    assertProblem(post("/api/tickets", "{\"guarantee\": \"g\",\n \"service\": }"), null)
        .startsWith("the body is not valid JSON: ")
        .contains("(line 2, column 13)");
    assertThat(measurementsStored(c)).isZero();
  }

  // ---- Path variables and query parameters -------------------------------------------------

  @Test
  void pathVariableOrParameterOfTheWrongKindIsNamed() {
    Customer c = customer();

    assertProblem(
            post(
                "/api/tickets/" + c.ticket() + "/events/abc/corrections",
                "{\"at\": \"2026-10-05T10:04+08:00\"}"),
            "seq")
        .isEqualTo("'abc' is not a number");
    assertProblem(api.get(manager, "/api/audit?limit=ten"), "limit")
        .isEqualTo("'ten' is not a number");
  }

  @Test
  void slaTakesAsOfAsTheReportsDoAndItsFormerNameStill() {
    Customer c = customer();
    String sla = "/api/tickets/" + c.ticket() + "/sla";

    JsonNode asOf = clock(api.get(c.token(), sla + "?as_of=2026-10-05T10:10%2B08:00"));
    JsonNode alias = clock(api.get(c.token(), sla + "?asOf=2026-10-05T10:10%2B08:00"));
    JsonNode now = clock(api.get(c.token(), sla));

    assertThat(asOf.get("elapsed").asString()).isEqualTo("PT5M");
    assertThat(alias).isEqualTo(asOf);
    assertThat(now.get("elapsed").asString()).isNotEqualTo("PT5M");
    assertProblem(api.get(c.token(), sla + "?as_of=2026-10-05T10:10"), "as_of")
        .contains("without an offset");
    assertProblem(
            api.get(c.token(), sla + "?as_of=2026-10-05T10:10Z&asOf=2026-10-05T10:11Z"), "as_of")
        .contains("once");
  }

  @Test
  void unknownQueryParameterIsRefusedWithThoseTheEndpointTakes() {
    Customer c = customer();
    int before = ticketsStored();

    assertProblem(
            api.get(c.token(), "/api/tickets/" + c.ticket() + "/sla?asof=2026-10-05T10:10Z"),
            "asof")
        .isEqualTo("'asof' is not a query parameter of this endpoint; it takes: as_of, asOf");
    assertProblem(api.get(c.token(), "/api/tickets/" + c.ticket() + "?verbose=1"), "verbose")
        .isEqualTo("'verbose' is not a query parameter of this endpoint; it takes none");
    assertProblem(
            api.post(
                manager,
                "/api/tickets?dry_run=true",
                ticketJson(c.guarantee(), "\"severity\": \"sev1\"")),
            "dry_run")
        .contains("it takes none");
    assertThat(ticketsStored()).isEqualTo(before);
    // The parameters an endpoint declares are still taken.
    assertThat(api.get(manager, "/api/audit?target_type=ticket&limit=1").status()).isEqualTo(200);
  }

  @Test
  void customerAskingForAnotherCustomersClocksAsOfAnInstantIsToldTheTicketDoesNotExist() {
    Customer a = customer();
    Customer b = customer();

    Answer other =
        api.get(a.token(), "/api/tickets/" + b.ticket() + "/sla?as_of=2026-10-05T10:10Z");

    assertThat(other.status()).as(other.text()).isEqualTo(404);
    assertThat(other.body().get("detail").asString()).doesNotContain(b.id());
    assertThat(
            api.get(b.token(), "/api/tickets/" + b.ticket() + "/sla?as_of=2026-10-05T10:10Z")
                .status())
        .isEqualTo(200);
  }

  // ---- Names in messages ---------------------------------------------------------------------

  @Test
  void restorationBeforeTheOutageBeganNamesRestoredAtAsTheApiWritesIt() {
    Customer c = customer();
    String outages = "/api/customers/" + c.id() + "/outages";
    String outage =
        """
        {"id": "o-1", "guarantee": "%s", "service": "network",
         "detected_at": "2026-10-05T10:00+08:00"}
        """
            .formatted(c.guarantee());
    assertThat(post(outages, outage).status()).isEqualTo(201);

    assertProblem(
            post(outages + "/o-1/restoration", "{\"restored_at\": \"2026-10-05T09:00+08:00\"}"),
            "restored_at")
        .contains("restored_at")
        .doesNotContain("restoredAt");
    assertThat(api.get(manager, outages + "/o-1").body().get("restored_at").isNull()).isTrue();
  }

  // ---- One shape for every problem ---------------------------------------------------------

  @Test
  void everyProblemHasTheSameMembersWhateverItsStatus() {
    Customer a = customer();
    Customer b = customer();
    String ticket = "/api/tickets/" + a.ticket();
    String g = "/api/guarantees/" + a.guarantee();
    String again =
        ticketJson(a.guarantee(), "\"id\": \"" + a.ticket() + "\", \"severity\": \"sev1\"");
    // Each answer with the path it was asked at.
    List<Answer> answers =
        List.of(
            api.get(a.token(), ticket + "/sla?as_of=noon"),
            api.get("plg_not-a-token", ticket),
            api.putYaml(a.token(), a.guarantee(), guarantee(a.guarantee(), a.id())),
            api.get(b.token(), ticket),
            post("/api/tickets", again));
    List<String> paths = List.of(ticket + "/sla", ticket, g, ticket, "/api/tickets");

    assertThat(answers).extracting(Answer::status).containsExactly(400, 401, 403, 404, 409);
    for (int i = 0; i < answers.size(); i++) {
      Answer answer = answers.get(i);
      assertThat(answer.contentType()).startsWith("application/problem+json");
      List<String> members = new ArrayList<>(answer.body().propertyNames());
      members.remove("field");
      assertThat(members)
          .as(answer.text())
          .containsExactlyInAnyOrder("title", "status", "detail", "instance");
      assertThat(answer.body().get("status").asInt()).isEqualTo(answer.status());
      assertThat(answer.body().get("instance").asString()).isEqualTo(paths.get(i));
    }
    assertThat(answers.get(0).body().get("field").asString()).isEqualTo("as_of");
    assertThat(answers.get(4).body().get("field").asString()).isEqualTo("id");
  }

  // ---- Helpers -----------------------------------------------------------------------------

  /** A 400 problem whose {@code field} is the given one (none if null), in words, not Java. */
  private static AbstractStringAssert<?> assertProblem(Answer a, String field) {
    assertThat(a.status()).as(a.text()).isEqualTo(400);
    assertThat(a.contentType()).startsWith("application/problem+json");
    if (field == null) {
      assertThat(a.body().has("field")).as(a.text()).isFalse();
    } else {
      assertThat(a.body().path("field").asString("")).as(a.text()).isEqualTo(field);
    }
    assertThat(a.body().path("instance").asString("")).as(a.text()).startsWith("/api/");
    String detail = a.body().get("detail").asString();
    assertThat(detail)
        .as(a.text())
        .doesNotContain("java", "dev.pledge", "$", "class ", "Cannot deserialize", "Failed to");
    return assertThat(detail);
  }

  private static JsonNode clock(Answer sla) {
    assertThat(sla.status()).as(sla.text()).isEqualTo(200);
    return sla.body().get("clocks").get(0);
  }

  private Answer post(String path, String body) {
    return api.post(manager, path, body);
  }

  private static String events(String ticket) {
    return "/api/tickets/" + ticket + "/events";
  }

  private static String measurements(Customer c) {
    return "/api/customers/" + c.id() + "/measurements";
  }

  private int ticketsStored() {
    return db.sql("select count(*) from ticket").query(Integer.class).single();
  }

  private int measurementsStored(Customer c) {
    return db.sql("select count(*) from measurement where customer_id = ?")
        .param(c.id())
        .query(Integer.class)
        .single();
  }
}

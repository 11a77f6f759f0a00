package dev.pledge.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pledge.server.Api.Answer;
import dev.pledge.server.access.ApiTokens;
import dev.pledge.server.system.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import tools.jackson.databind.JsonNode;

/**
 * What operators and API users rely on besides the API itself, over HTTP on a real database (the
 * subclasses run on H2 and PostgreSQL): the OpenAPI description covers every endpoint as the server
 * answers it, Swagger UI is there to try it, health is public, and Prometheus metrics are for the
 * provider's administrators and monitors only.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"logging.level.root=warn", "spring.main.banner-mode=off"})
abstract class OperationsApiTests {

  @LocalServerPort int port;
  @Autowired ApiTokens tokens;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  private Api api;

  @BeforeEach
  void client() {
    api = new Api(port);
  }

  // The OpenAPI description and Swagger UI

  @Test
  void apiDescriptionIsOpenApi31WithoutAToken() {
    Answer docs = api.get(null, "/v3/api-docs");
    assertThat(docs.status()).isEqualTo(200);
    assertThat(docs.body().get("openapi").asString()).startsWith("3.1");
    assertThat(docs.body().get("info").get("title").asString()).isEqualTo("Pledge API");
    Answer yaml = api.get(null, "/v3/api-docs.yaml");
    assertThat(yaml.status()).isEqualTo(200);
    assertThat(yaml.text()).startsWith("openapi: 3.1");
  }

  @Test
  void everyApiEndpointIsDescribedWithItsMethod() {
    JsonNode paths = api.get(null, "/v3/api-docs").body().get("paths");
    List<String> endpoints = new ArrayList<>();
    for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
      for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
        if (pattern.getPatternString().startsWith("/api/")) {
          assertThat(info.getMethodsCondition().getMethods())
              .as("%s names its HTTP method", pattern)
              .isNotEmpty();
          for (RequestMethod method : info.getMethodsCondition().getMethods()) {
            endpoints.add(method + " " + pattern.getPatternString());
          }
        }
      }
    }
    assertThat(endpoints).hasSizeGreaterThan(30); // the API's own, not an empty registry
    for (String endpoint : endpoints) {
      String[] methodAndPath = endpoint.split(" ");
      JsonNode item = paths.get(methodAndPath[1]);
      assertThat(item).as("%s is described", endpoint).isNotNull();
      assertThat(item.has(methodAndPath[0].toLowerCase(Locale.ROOT)))
          .as("%s is described", endpoint)
          .isTrue();
    }
  }

  @Test
  void everyOperationTakesABearerTokenAndAnswersErrorsAsProblems() {
    JsonNode docs = api.get(null, "/v3/api-docs").body();
    JsonNode scheme = docs.get("components").get("securitySchemes").get("bearer");
    assertThat(scheme.get("type").asString()).isEqualTo("http");
    assertThat(scheme.get("scheme").asString()).isEqualTo("bearer");
    assertThat(docs.get("security").get(0).has("bearer")).isTrue();
    for (JsonNode item : docs.get("paths")) {
      for (JsonNode operation : item) {
        assertThat(
                operation
                    .get("responses")
                    .get("default")
                    .get("content")
                    .get("application/problem+json")
                    .get("schema")
                    .get("$ref")
                    .asString())
            .isEqualTo("#/components/schemas/Problem");
      }
    }
  }

  /** The names a client reads in the schemas are the names the server writes. */
  @Test
  void schemasNamePropertiesAsTheAnswersDo() {
    JsonNode schemas = api.get(null, "/v3/api-docs").body().get("components").get("schemas");
    String admin = tokens.issue(null, Role.ADMINISTRATOR, "tests").token();
    Answer ticket = postTicketAndEvent(admin);

    assertThat(names(schemas.get("TicketView").get("properties")))
        .containsExactlyInAnyOrderElementsOf(names(ticket.body()))
        .contains("guarantee_version", "created_at");
    JsonNode event =
        api.post(
                admin,
                "/api/tickets/" + ticket.body().get("id").asString() + "/events",
                event("restored"))
            .body();
    assertThat(names(schemas.get("EventView").get("properties")))
        .containsExactlyInAnyOrderElementsOf(names(event))
        .contains("recorded_at");
    assertThat(names(schemas.get("EventRequest").get("properties")))
        .containsExactlyInAnyOrder("at", "event", "reason");
  }

  /**
   * Writes answer JSON they committed as text (a retry with the same Idempotency-Key gets it
   * again); a client still needs the object described, never a plain string.
   */
  @Test
  void everyJsonSuccessAnswerIsDescribedByASchemaOfItsOwn() {
    JsonNode docs = api.get(null, "/v3/api-docs").body();
    JsonNode schemas = docs.get("components").get("schemas");
    int described = 0;
    for (Map.Entry<String, JsonNode> item : docs.get("paths").properties()) {
      for (Map.Entry<String, JsonNode> operation : item.getValue().properties()) {
        for (Map.Entry<String, JsonNode> response :
            operation.getValue().get("responses").properties()) {
          if (!response.getKey().startsWith("2")) {
            continue;
          }
          for (Map.Entry<String, JsonNode> media :
              response.getValue().path("content").properties()) {
            if (json(media.getKey())) {
              String answer =
                  "%s %s answering %s as %s"
                      .formatted(
                          operation.getKey(), item.getKey(), response.getKey(), media.getKey());
              JsonNode schema = media.getValue().get("schema");
              assertThat(schema.path("type").asString("")).as(answer).isNotEqualTo("string");
              assertThat(resolved(schemas, schema)).as(answer + ", its schema").isNotNull();
              described++;
            }
          }
        }
      }
    }
    assertThat(described).isGreaterThan(40);
  }

  /**
   * A client generated from the description knows which fields it must send, and Swagger UI's "Try
   * it out" starts from examples the server accepts.
   */
  @Test
  void requestSchemasListTheFieldsTheServerRequires() {
    JsonNode schemas = api.get(null, "/v3/api-docs").body().get("components").get("schemas");

    assertThat(required(schemas, "EventRequest")).containsExactlyInAnyOrder("at", "event");
    assertThat(required(schemas, "TicketRequest"))
        .containsExactlyInAnyOrder("guarantee", "service", "type");
    assertThat(required(schemas, "OutageRequest"))
        .containsExactlyInAnyOrder("id", "guarantee", "service");
    assertThat(required(schemas, "RestorationRequest")).containsExactly("restored_at");
    assertThat(required(schemas, "MeasurementItem"))
        .containsExactlyInAnyOrder("id", "at", "metric", "value", "unit");
    assertThat(required(schemas, "CountRequest")).contains("out_of");
    assertThat(required(schemas, "Problem"))
        .containsExactlyInAnyOrder("title", "status", "detail", "instance");
    JsonNode event = schemas.get("EventRequest").get("properties");
    for (String field : List.of("at", "event", "reason")) {
      assertThat(event.get(field).path("example").asString("")).as(field).isNotBlank();
    }
  }

  /** Storing a text answers 201 for a new version and 200 for the same text again. */
  @Test
  void storingATextIsDescribedAsNewOrTheSame() {
    JsonNode paths = api.get(null, "/v3/api-docs").body().get("paths");
    for (String path :
        List.of(
            "/api/guarantees/{id}",
            "/api/templates/{name}",
            "/api/calendars/{name}",
            "/api/holiday-schedules/{name}")) {
      JsonNode responses = paths.get(path).get("put").get("responses");
      assertThat(names(responses)).as(path).contains("200", "201");
      assertThat(responses.get("201").get("content"))
          .as(path)
          .isEqualTo(responses.get("200").get("content"));
    }
  }

  private static List<String> required(JsonNode schemas, String name) {
    JsonNode required = schemas.get(name).path("required");
    List<String> names = new ArrayList<>();
    required.forEach(n -> names.add(n.asString()));
    return names;
  }

  /** The answers of writes and of the JSON report, as the description names them. */
  @Test
  void writesAndReportsAreDescribedAsTheyAnswer() {
    JsonNode docs = api.get(null, "/v3/api-docs").body();
    assertThat(names(answer(docs, "patch", "/api/breach-cases/{id}", "200")))
        .contains("id", "ticket", "status", "cause");
    assertThat(names(answer(docs, "post", "/api/people", "201")))
        .contains("email", "role")
        .doesNotContain("password");
    assertThat(names(answer(docs, "post", "/api/customers/{customer}/measurements", "201")))
        .containsExactly("stored");

    String admin = tokens.issue(null, Role.ADMINISTRATOR, "tests").token();
    String g = storeGuarantee(admin);
    Answer outage =
        api.post(
            admin,
            "/api/customers/northwind/outages",
            """
                {"id": "%s", "guarantee": "%s", "service": "network",
                 "reported_at": "2026-10-08T10:00+08:00", "cause": "fibre cut"}
                """
                .formatted(ApiIntegrationTests.unique("OUT"), g));
    assertThat(outage.status()).as(outage.text()).isEqualTo(201);
    assertThat(names(answer(docs, "post", "/api/customers/{customer}/outages", "201")))
        .containsExactlyInAnyOrderElementsOf(names(outage.body()))
        .contains("started_by", "restored_at");

    Answer report = api.get(admin, "/api/customers/northwind/reports/2026-10?guarantee=" + g);
    assertThat(report.status()).as(report.text()).isEqualTo(200);
    assertThat(names(answer(docs, "get", "/api/customers/{customer}/reports/{period}", "200")))
        .containsExactlyInAnyOrderElementsOf(names(report.body()))
        .contains("period_start", "commitments");
  }

  @Test
  void swaggerUiAnswersWithoutAToken() {
    Answer page = api.get(null, "/swagger-ui/index.html");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.text()).contains("Swagger UI");
    Answer redirect = api.get(null, "/swagger-ui.html");
    assertThat(redirect.status()).isEqualTo(302);
    assertThat(redirect.headers().firstValue("Location").orElseThrow())
        .endsWith("/swagger-ui/index.html");
    JsonNode config = api.get(null, "/v3/api-docs/swagger-config").body();
    assertThat(config.get("url").asString()).isEqualTo("/v3/api-docs");
  }

  // Health and metrics

  @Test
  void healthIsUpWithoutATokenAndShowsNoDetails() {
    for (String path :
        List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
      Answer health = api.get(null, path);
      assertThat(health.status()).as(path).isEqualTo(200);
      assertThat(health.body().get("status").asString()).as(path).isEqualTo("UP");
      assertThat(health.body().has("components")).as(path).isFalse();
    }
  }

  @Test
  void metricsNeedAnAdministratorOrTheProvidersApiClient() {
    Answer none = api.get(null, "/actuator/prometheus");
    assertThat(none.status()).isEqualTo(401);
    assertThat(none.contentType()).startsWith("application/problem+json");
    assertThat(api.get("not-a-token", "/actuator/prometheus").status()).isEqualTo(401);
    storeGuarantee(tokens.issue(null, Role.ADMINISTRATOR, "tests").token()); // names northwind
    for (String customer :
        List.of(
            tokens.issue("northwind", Role.CUSTOMER_USER, "tests").token(),
            tokens.issue("northwind", Role.API_CLIENT, "tests").token(),
            tokens.issue(null, Role.SERVICE_MANAGER, "tests").token(),
            tokens.issue(null, Role.AGENT, "tests").token())) {
      Answer refused = api.get(customer, "/actuator/prometheus");
      assertThat(refused.status()).isEqualTo(403);
      assertThat(refused.contentType()).startsWith("application/problem+json");
    }
    String monitor = tokens.issue(null, Role.API_CLIENT, "prometheus").token();
    assertThat(api.get(monitor, "/actuator/prometheus").status()).isEqualTo(200);
  }

  @Test
  void metricsCountTimelineEventsOpenTicketsAndReports() {
    String admin = tokens.issue(null, Role.ADMINISTRATOR, "tests").token();
    Answer ticket = postTicketAndEvent(admin);
    String report =
        "/api/customers/northwind/reports/2026-10?guarantee="
            + ticket.body().get("guarantee").asString();
    assertThat(api.get(admin, report).status()).isEqualTo(200);

    Answer metrics = api.get(admin, "/actuator/prometheus");
    assertThat(metrics.status()).isEqualTo(200);
    assertThat(metrics.contentType()).startsWith("text/plain");
    assertThat(metrics.text())
        .containsPattern("(?m)^pledge_timeline_events_total\\{event=\"reported\"[^}]*\\} [1-9]")
        .containsPattern("(?m)^pledge_tickets_open [1-9]")
        .containsPattern("(?m)^pledge_report_computation_seconds_count [1-9]");
  }

  @Test
  void otherActuatorEndpointsAreNotServed() {
    String admin = tokens.issue(null, Role.ADMINISTRATOR, "tests").token();
    for (String path : List.of("/actuator/env", "/actuator/beans", "/actuator/metrics")) {
      assertThat(api.get(admin, path).status()).as(path).isIn(403, 404);
    }
  }

  // helpers

  /** Stores a guarantee, opens a ticket under it, reports it; answers the ticket as opened. */
  private Answer postTicketAndEvent(String token) {
    String g = storeGuarantee(token);
    String t = ApiIntegrationTests.unique("INC");
    Answer opened =
        api.post(
            token,
            "/api/tickets",
            """
                {"id": "%s", "guarantee": "%s", "service": "network", "type": "incident",
                 "severity": "sev1", "cause": "equipment_failure"}
                """
                .formatted(t, g));
    assertThat(opened.status()).as(opened.text()).isEqualTo(201);
    Answer reported = api.post(token, "/api/tickets/" + t + "/events", event("reported"));
    assertThat(reported.status()).as(reported.text()).isEqualTo(201);
    return opened;
  }

  /** Stores a guarantee of customer northwind; answers its id. */
  private String storeGuarantee(String token) {
    String g = ApiIntegrationTests.unique("net");
    assertThat(api.putYaml(token, g, ApiIntegrationTests.guarantee(g)).status()).isEqualTo(201);
    return g;
  }

  /** JSON, or any type (which the server answers as JSON). */
  private static boolean json(String mediaType) {
    return mediaType.equals("*/*") || mediaType.matches("application/(.+\\+)?json");
  }

  /** The component a schema refers to (itself or as its items), or the schema when inline. */
  private static JsonNode resolved(JsonNode schemas, JsonNode schema) {
    JsonNode inner = schema.has("items") ? schema.get("items") : schema;
    String ref = inner.path("$ref").asString("");
    return ref.isEmpty() ? inner : schemas.get(ref.replace("#/components/schemas/", ""));
  }

  /** The properties of an operation's JSON answer with the given status. */
  private static JsonNode answer(JsonNode docs, String method, String path, String status) {
    JsonNode content =
        docs.get("paths").get(path).get(method).get("responses").get(status).get("content");
    JsonNode schema = content.get(content.has("*/*") ? "*/*" : "application/json").get("schema");
    JsonNode properties = resolved(docs.get("components").get("schemas"), schema).get("properties");
    assertThat(properties).as("%s %s answers an object", method, path).isNotNull();
    return properties;
  }

  private static String event(String type) {
    return """
        {"at": "2026-10-05T10:05+08:00", "event": "%s"}
        """
        .formatted(type);
  }

  private static Set<String> names(JsonNode object) {
    return new TreeSet<>(object.propertyNames());
  }
}

package dev.pledge.server.system;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.providers.ObjectMapperProvider;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JsonNode;

/**
 * What the generated OpenAPI description says about the API as a whole: its title, how to call it,
 * that every operation takes an API token as a bearer token, and that every error is a problem
 * document. The operations themselves are generated from the controllers (springdoc), so a new
 * endpoint is described without more work.
 */
@Configuration
class ApiDescription {

  static final String BEARER = "bearer";
  private static final String PROBLEM = "Problem";

  /**
   * The JSON period report, written by the core's report writer rather than from a class, so
   * described here; {@code ReportController} refers to it by this name.
   */
  private static final String PERIOD_REPORT = "PeriodReport";

  static {
    // Bodies taken as a JSON tree (monitoring webhooks) are any JSON object, not a JsonNode bean.
    SpringDocUtils.getConfig().replaceWithSchema(JsonNode.class, new ObjectSchema());
  }

  @Bean
  OpenAPI pledgeApi() {
    return new OpenAPI()
        .info(new Info().title("Pledge API").version(version()).description(DESCRIPTION))
        .components(
            new Components()
                .addSecuritySchemes(
                    BEARER,
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .description(
                            "An API token issued by an administrator (POST /api/tokens).")))
        .addSecurityItem(new SecurityRequirement().addList(BEARER));
  }

  /**
   * Schemas name properties as the answers do: the server writes JSON in snake_case
   * (spring.jackson.property-naming-strategy), while the generator reads classes with its own
   * mapper, which must be told the same.
   */
  @Bean
  ModelResolver snakeCaseModels(ObjectMapperProvider mappers) {
    return new ModelResolver(
            mappers
                .jsonMapper()
                .copy()
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE))
        .openapi31(mappers.isOpenapi31());
  }

  /**
   * Every operation may answer with a problem document; controllers answer with dynamic statuses,
   * so the generator cannot find them on its own. Each operation is also tagged by the collection
   * it works on ({@code /api/customers/{customer}/outages} is "outages").
   */
  @Bean
  OpenApiCustomizer problemsAndTags() {
    return api -> {
      api.getComponents().addSchemas(PROBLEM, problem());
      api.getComponents().addSchemas(PERIOD_REPORT, periodReport());
      api.getPaths()
          .forEach(
              (path, item) ->
                  item.readOperationsMap()
                      .forEach(
                          (method, operation) -> {
                            describe(path, operation);
                            if (method == PathItem.HttpMethod.PUT) {
                              versioned(operation);
                            }
                          }));
    };
  }

  private static void describe(String path, Operation operation) {
    operation.setTags(List.of(collection(path)));
    ApiResponse problem =
        new ApiResponse()
            .description(
                "An RFC 9457 problem document: 400 bad input (field names it), 401 no valid token,"
                    + " 403 the token's role may not, 404 unknown (or another customer's), 409"
                    + " conflict, 422 invalid definition")
            .content(
                new Content()
                    .addMediaType(
                        org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                        new MediaType().schema(new Schema<>().$ref(PROBLEM))));
    operation.getResponses().addApiResponse("default", problem);
  }

  /**
   * Every PUT stores a text as a new version: 201 when it is new, 200 when the same text is stored
   * already. The controllers answer with either, so the generator sees only its default 200.
   */
  private static void versioned(Operation operation) {
    ApiResponse same = operation.getResponses().get("200");
    if (same != null) {
      operation
          .getResponses()
          .addApiResponse(
              "201",
              new ApiResponse().description("Stored as a new version").content(same.getContent()));
      same.setDescription("The same text is stored already: nothing changed");
    }
  }

  /** The path's collection: the segment after /api, or after the customer or organisation. */
  static String collection(String path) {
    String[] segments = path.split("/");
    boolean scoped =
        segments.length > 4
            && (segments[2].equals("customers") || segments[2].equals("organisations"));
    return scoped ? segments[4] : segments[2];
  }

  @SuppressWarnings("rawtypes") // swagger's models take raw schemas
  private static Schema<?> problem() {
    Map<String, Schema> properties = new LinkedHashMap<>();
    properties.put("title", new StringSchema().example("Bad Request"));
    properties.put("status", new IntegerSchema().example(400));
    properties.put(
        "detail",
        new StringSchema()
            .description("what went wrong and what to change")
            .example("at is missing; write e.g. 2026-10-05T10:05+08:00"));
    properties.put(
        "instance", new StringSchema().description("the request's path").example("/api/tickets"));
    properties.put("field", new StringSchema().description("the input field at fault, if one is"));
    properties.put(
        "problems",
        new ArraySchema()
            .items(new ObjectSchema())
            .description("an invalid definition's problems: line, column, path, message"));
    return new ObjectSchema()
        .description("RFC 9457 problem details; with no type, which means about:blank")
        .properties(properties)
        .required(List.of("title", "status", "detail", "instance"));
  }

  /** The report's keys as docs/evaluate.md lists them; its tickets and commitments in brief. */
  @SuppressWarnings("rawtypes") // swagger's models take raw schemas
  private static Schema<?> periodReport() {
    Map<String, Schema> properties = new LinkedHashMap<>();
    properties.put("guarantee", new StringSchema());
    properties.put("version", new IntegerSchema());
    properties.put("title", new StringSchema());
    properties.put("customer", new StringSchema());
    properties.put("period", new StringSchema().example("2026-10"));
    for (String instant : List.of("period_start", "period_end", "as_of")) {
      properties.put(instant, new StringSchema().example("2026-10-01T00:00+08:00"));
    }
    properties.put(
        "tickets",
        new ArraySchema()
            .items(new ObjectSchema())
            .description(
                "every ticket clock: ticket, commitment, severity, verdict, state, cycles, started,"
                    + " stopped, target, working_days, elapsed, elapsed_seconds, due,"
                    + " breach_after"));
    properties.put(
        "verdict", new StringSchema().description("met, breached or no data").example("met"));
    properties.put(
        "commitments",
        new ArraySchema()
            .items(new ObjectSchema())
            .description(
                "per commitment: id, kind, name, period, verdict, clauses, tickets or figures,"
                    + " remedies, explanation"));
    return new ObjectSchema()
        .description(
            "A guarantee evaluated for one period, as pledge evaluate --format json prints it"
                + " (docs/evaluate.md)")
        .properties(properties);
  }

  /** The server's version from its jar; a build run from the sources has none. */
  private static String version() {
    return Objects.requireNonNullElse(
        ApiDescription.class.getPackage().getImplementationVersion(), "development");
  }

  private static final String DESCRIPTION =
      """
      Guarantees, tickets and their timelines, live SLA clocks, records and period reports.

      Every call carries an API token: `Authorization: Bearer <token>` (an administrator issues \
      tokens with POST /api/tokens; in Swagger UI, press Authorize and paste it). Property names \
      are snake_case; instants are ISO-8601 with their offset. Every error is an RFC 9457 problem \
      document (`application/problem+json`) whose `detail` says what to change and, for bad \
      input, whose `field` names the field at fault. Writes accept an `Idempotency-Key` header: \
      a retry with the same key gets the first answer again, and the write is committed before \
      the answer.""";
}

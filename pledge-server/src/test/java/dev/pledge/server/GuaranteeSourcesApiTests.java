package dev.pledge.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pledge.guarantee.Commitment;
import dev.pledge.guarantee.Guarantee;
import dev.pledge.guarantee.GuaranteeFile;
import dev.pledge.server.Api.Answer;
import dev.pledge.server.access.ApiTokens;
import dev.pledge.server.guarantee.GuaranteeService;
import dev.pledge.server.system.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Tier templates, calendars and holiday schedules stored on the server and named by guarantees,
 * read exactly as the command line reads the same files side by side. The subclasses run every test
 * on H2 and on PostgreSQL.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"logging.level.root=warn", "spring.main.banner-mode=off"})
abstract class GuaranteeSourcesApiTests {

  private static final Path EXAMPLES = Path.of("..", "examples", "guarantees");
  private static final AtomicInteger NEXT = new AtomicInteger();

  @LocalServerPort int port;
  @Autowired ApiTokens tokens;
  @Autowired GuaranteeService guarantees;

  private Api api;
  private String provider;

  @BeforeEach
  void providerToken() {
    api = new Api(port);
    provider = tokens.issue(null, Role.SERVICE_MANAGER, "tests").token();
  }

  @Test
  void guaranteeExtendingStoredTiersIsTheOneTheCommandLineReads() throws IOException {
    String standard = unique("it-standard") + ".yaml";
    String advanced = unique("it-advanced") + ".yaml";
    String id = unique("contoso-it");
    assertThat(put("/api/templates/" + standard, tier("it-standard.yaml", standard, advanced)))
        .extracting(Answer::status)
        .isEqualTo(201);
    assertThat(put("/api/templates/" + advanced, tier("it-advanced.yaml", standard, advanced)))
        .extracting(Answer::status)
        .isEqualTo(201);
    // The customer's file as written for the command line: extends: tiers/it-advanced.yaml.
    String customer =
        example("it-operations.yaml")
            .replace("it-advanced.yaml", advanced)
            .replace("id: contoso-it-2026", "id: " + id);

    Answer upload = put("/api/guarantees/" + id, customer);

    assertThat(upload.status()).as(upload.text()).isEqualTo(201);
    assertThat(upload.body().get("sources").propertyNames()).containsExactly(advanced, standard);
    Guarantee onServer = guarantees.parse(guarantees.latest(id).orElseThrow());
    Guarantee onDisk = GuaranteeFile.read(EXAMPLES.resolve("it-operations.yaml"));
    assertThat(onServer).usingRecursiveComparison().ignoringFields("id").isEqualTo(onDisk);
  }

  @Test
  void changingATemplateLeavesGuaranteesAlreadyStoredAsTheyWere() {
    String tier = unique("tier") + ".yaml";
    String id = unique("acme");
    put("/api/templates/" + tier, template("2h"));
    put("/api/guarantees/" + id, customer(id, tier, 1));

    Answer changed = put("/api/templates/" + tier, template("90m"));

    assertThat(changed.status()).isEqualTo(201);
    assertThat(changed.body().get("version").asInt()).isEqualTo(2);
    assertThat(responseTarget(id)).isEqualTo(Duration.ofHours(2));
    assertThat(
            api.get(provider, "/api/guarantees/" + id).body().get("sources").get(tier).asString())
        .isEqualTo(template("2h"));
    // A new version of the guarantee is read with the template as it is now.
    assertThat(put("/api/guarantees/" + id, customer(id, tier, 2)).status()).isEqualTo(201);
    assertThat(responseTarget(id)).isEqualTo(Duration.ofMinutes(90));
    // The same text again is no new version.
    assertThat(put("/api/templates/" + tier, template("90m")).status()).isEqualTo(200);
  }

  @Test
  void templateWithMistakesIsRefusedWithItsLinesAndNotStored() {
    String tier = unique("tier") + ".yaml";

    Answer refused = put("/api/templates/" + tier, template("2x"));

    assertThat(refused.status()).as(refused.text()).isEqualTo(422);
    assertThat(refused.body().get("title").asString()).isEqualTo("Invalid template");
    assertThat(refused.body().get("problems").get(0).get("text").asString())
        .contains(tier + " line 8")
        .contains("'2x' is not a duration");
    assertThat(api.get(provider, "/api/templates/" + tier).status()).isEqualTo(404);
  }

  @Test
  void calendarWithMistakesIsRefusedAsACalendarWithItsLinesAndNotStored() {
    String name = unique("office") + ".yaml";

    Answer refused =
        put("/api/calendars/" + name, "zone: Asia/Shanghai\nweek: {weekdays: [09:00-25:00]}\n");

    assertThat(refused.status()).as(refused.text()).isEqualTo(422);
    assertThat(refused.body().get("title").asString()).isEqualTo("Invalid calendar");
    assertThat(refused.body().has("field")).isFalse();
    assertThat(refused.body().get("problems").get(0).get("line").asInt()).isEqualTo(2);
    assertThat(api.get(provider, "/api/calendars/" + name).status()).isEqualTo(404);
  }

  @Test
  void guaranteeNamingATextNotStoredSaysWhereItLooked() {
    String id = unique("acme");

    Answer refused = put("/api/guarantees/" + id, customer(id, "premium.yaml", 1));

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.body().get("title").asString()).isEqualTo("Invalid guarantee");
    assertThat(refused.body().get("problems").get(0).get("message").asString())
        .startsWith("template 'premium.yaml' not found (looked among the templates, calendars");
  }

  @Test
  void guaranteeNamingAFileOnTheServerNeverReadsIt() {
    String id = unique("acme");
    String yaml =
        customerWithCalendar(id, "china")
            .replace(
                "  office: {week: {weekdays: [09:00-17:00]}, holiday_schedules: [china]}",
                "  office: /etc/hostname");

    Answer refused = put("/api/guarantees/" + id, yaml);

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.body().get("problems").get(0).get("message").asString())
        .startsWith("calendar 'office' is neither 24x7, an inline calendar, nor a readable file")
        .contains("looked among the templates, calendars and holiday schedules stored");
    assertThat(refused.text()).doesNotContain(hostName());
  }

  @Test
  void storedHolidayScheduleClosesItsDaysInGuaranteesThatNameIt() {
    String schedule = unique("founders") + ".ics";
    String ics =
        """
        BEGIN:VCALENDAR\r
        VERSION:2.0\r
        PRODID:-//Example IT//Holidays//EN\r
        BEGIN:VEVENT\r
        UID:founders-2026@example.com\r
        DTSTART;VALUE=DATE:20261009\r
        DTEND;VALUE=DATE:20261010\r
        SUMMARY:Founders' day\r
        END:VEVENT\r
        END:VCALENDAR\r
        """;
    assertThat(
            api.put(provider, "/api/holiday-schedules/" + schedule, "text/calendar", ics).status())
        .isEqualTo(201);
    String id = unique("acme");

    Answer upload = put("/api/guarantees/" + id, customerWithCalendar(id, schedule));

    assertThat(upload.status()).as(upload.text()).isEqualTo(201);
    Guarantee g = guarantees.parse(guarantees.latest(id).orElseThrow());
    var office = g.calendars().get("office").calendar();
    // Friday 9 October 2026, 10:00 in Shanghai: a working day closed by the stored schedule.
    assertThat(office.isOpen(Instant.parse("2026-10-09T02:00:00Z"))).isFalse();
    assertThat(office.isOpen(Instant.parse("2026-10-08T02:00:00Z"))).isTrue();
  }

  @Test
  void badHolidayScheduleIsRefusedNamingItsLine() {
    String schedule = unique("company") + ".csv";
    Answer refused =
        api.put(
            provider,
            "/api/holiday-schedules/" + schedule,
            "text/csv",
            "date,kind,name\n2026-10-09,holiday,Founders' day\n2026-13-01,holiday,Nowhere\n");
    assertThat(refused.status()).as(refused.text()).isEqualTo(422);
    assertThat(refused.body().get("title").asString()).isEqualTo("Invalid holiday schedule");
    assertThat(refused.body().get("problems").get(0).get("line").asInt()).isEqualTo(3);
    assertThat(api.get(provider, "/api/holiday-schedules/" + schedule).status()).isEqualTo(404);

    Answer unnamed =
        api.put(provider, "/api/holiday-schedules/company", "text/csv", "date,kind,name\n");
    assertThat(unnamed.status()).isEqualTo(400);
    assertThat(unnamed.body().get("field").asString()).isEqualTo("name");
  }

  @Test
  void oneNameIsOneKindOfText() {
    String name = unique("office") + ".yaml";
    put("/api/templates/" + name, template("2h"));
    Answer clash = put("/api/calendars/" + name, "zone: UTC\nall_day: true\n");
    assertThat(clash.status()).isEqualTo(409);
    assertThat(clash.body().get("field").asString()).isEqualTo("name");
  }

  @Test
  void customersMayNeitherStoreNorListTheProvidersTextsButSeeTheirOwnGuarantees() {
    String tier = unique("tier") + ".yaml";
    String id = unique("acme");
    put("/api/templates/" + tier, template("2h"));
    put("/api/guarantees/" + id, customer(id, tier, 1));
    put("/api/guarantees/" + unique("other"), customer(unique("other"), tier, 1));
    String acme = tokens.issue("acme", Role.CUSTOMER_USER, "acme user").token();

    assertThat(put(acme, "/api/templates/" + unique("tier"), template("1m")).status())
        .isEqualTo(403);
    assertThat(api.get(acme, "/api/templates").status()).isEqualTo(403);
    assertThat(api.get(acme, "/api/templates/" + tier).status()).isEqualTo(403);
    assertThat(api.get(acme, "/api/holiday-schedules").status()).isEqualTo(403);
    assertThat(api.get(null, "/api/templates").status()).isEqualTo(401);
    Answer own = api.get(acme, "/api/guarantees/" + id);
    assertThat(own.status()).isEqualTo(200);
    assertThat(own.body().get("sources").get(tier).asString()).isEqualTo(template("2h"));
    assertThat(api.get(provider, "/api/templates").body().findValuesAsString("name"))
        .contains(tier);
  }

  private Duration responseTarget(String id) {
    Guarantee g = guarantees.parse(guarantees.latest(id).orElseThrow());
    Commitment.TicketClock response = (Commitment.TicketClock) g.commitment("response").get();
    return response.clockFor("p1").orElseThrow().target();
  }

  /** A tier template for Acme's provider; line 8 holds the response target. */
  private static String template(String responseTarget) {
    return """
        template: true
        provider: {id: example-it}
        zone: Asia/Shanghai
        severities: {p1: Critical}
        commitments:
          - id: response
            kind: response
            target: %s
        """
        .formatted(responseTarget);
  }

  private static String customer(String id, String tier, int version) {
    return """
        extends: %s
        id: %s
        version: %d
        customer: {id: acme}
        valid: {from: 2026-01-01}
        """
        .formatted(tier, id, version);
  }

  private static String customerWithCalendar(String id, String schedule) {
    return """
        id: %s
        provider: {id: example-it}
        customer: {id: acme}
        valid: {from: 2026-01-01}
        zone: Asia/Shanghai
        calendars:
          office: {week: {weekdays: [09:00-17:00]}, holiday_schedules: [%s]}
        default_calendar: office
        commitments:
          - {id: response, kind: response, target: 2h}
        """
        .formatted(id, schedule);
  }

  private static String tier(String file, String standard, String advanced) throws IOException {
    return Files.readString(EXAMPLES.resolve("tiers").resolve(file))
        .replace("it-standard.yaml", standard)
        .replace("it-advanced.yaml", advanced);
  }

  private static String example(String file) throws IOException {
    return Files.readString(EXAMPLES.resolve(file));
  }

  private static String hostName() {
    try {
      return Files.readString(Path.of("/etc/hostname")).trim();
    } catch (IOException e) {
      return "no host name to leak";
    }
  }

  private static String unique(String prefix) {
    return prefix + "-" + NEXT.incrementAndGet() + "-" + System.nanoTime();
  }

  private Answer put(String path, String yaml) {
    return put(provider, path, yaml);
  }

  private Answer put(String token, String path, String yaml) {
    return api.put(token, path, "application/yaml", yaml);
  }
}

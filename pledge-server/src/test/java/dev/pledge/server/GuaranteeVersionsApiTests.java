package dev.pledge.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pledge.event.EventFormat;
import dev.pledge.event.EventInput;
import dev.pledge.guarantee.Guarantee;
import dev.pledge.guarantee.GuaranteeFile;
import dev.pledge.period.ReportingPeriod;
import dev.pledge.server.access.ApiTokens;
import dev.pledge.server.system.Role;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Guarantee versions taking effect on a date, over HTTP on a real database: the subclasses run
 * every test on H2 and on PostgreSQL. Version 1 answers in 15 minutes from the beginning; version
 * 2, in 30 minutes from December 2026.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"logging.level.root=warn", "spring.main.banner-mode=off"})
abstract class GuaranteeVersionsApiTests {

  @LocalServerPort int port;
  @Autowired ApiTokens tokens;
  @Autowired JdbcClient db;

  private Api api;
  private String manager;

  @BeforeEach
  void client() {
    api = new Api(port);
    manager = tokens.issue(null, Role.SERVICE_MANAGER, "tests").token();
  }

  @Test
  void aTicketIsMeasuredAgainstTheVersionInEffectOnTheDateItWasReported() {
    Versions v = twoVersions();
    api.ticket(
        manager, "A-" + v.guarantee(), v.guarantee(), "2026-11-30T23:59:59+08:00", "reported");
    api.ticket(manager, "B-" + v.guarantee(), v.guarantee(), "2026-12-01T00:00+08:00", "reported");
    assertMeasuredAgainst("A-" + v.guarantee(), 1, "PT15M");
    assertMeasuredAgainst("B-" + v.guarantee(), 2, "PT30M");

    // A reported instant corrected into November moves the ticket to the version governing it.
    String c = "C-" + v.guarantee();
    api.ticket(manager, c, v.guarantee(), "2026-12-02T09:00+08:00", "reported");
    assertMeasuredAgainst(c, 2, "PT30M");
    Api.Answer corrected =
        api.post(
            manager,
            "/api/tickets/" + c + "/events/1/corrections",
            "{\"at\": \"2026-11-29T09:00+08:00\"}");
    assertThat(corrected.status()).as(corrected.text()).isEqualTo(200);
    assertMeasuredAgainst(c, 1, "PT15M");
  }

  @Test
  void aGuaranteeShowsEachVersionAndWhenItTakesEffectToItsOwnCustomerOnly() {
    Versions v = twoVersions();
    Api.Answer got = api.get(v.token(), "/api/guarantees/" + v.guarantee());
    assertThat(got.status()).as(got.text()).isEqualTo(200);
    assertThat(got.body().get("version").asInt()).isEqualTo(2);
    assertThat(got.body().get("effective_from").asString()).isEqualTo("2026-12-01");
    JsonNode versions = got.body().get("versions");
    assertThat(versions).hasSize(2);
    assertThat(versions.get(0).get("version").asInt()).isEqualTo(2);
    assertThat(versions.get(0).get("effective_from").asString()).isEqualTo("2026-12-01");
    assertThat(versions.get(1).get("version").asInt()).isEqualTo(1);
    assertThat(versions.get(1).get("effective_from").isNull()).isTrue();

    Versions other = twoVersions();
    Api.Answer foreign = api.get(other.token(), "/api/guarantees/" + v.guarantee());
    assertThat(foreign.status()).isEqualTo(404);
    assertThat(foreign.text()).doesNotContain("2026-12-01").doesNotContain(v.customer());
  }

  @Test
  void aPeriodReportIsWhatPledgeEvaluateGivesWithTheVersionInEffectOnItsFirstDay() {
    Versions v = twoVersions();
    // Each answered after 20 minutes: late under version 1, in time under version 2.
    String file =
        ticket("N-" + v.guarantee(), "2026-11-10T10:00+08:00", "2026-11-10T10:20+08:00")
            + ticket("D-" + v.guarantee(), "2026-12-10T10:00+08:00", "2026-12-10T10:20+08:00");
    Api.Answer imported = api.importJsonl(manager, v.customer(), v.guarantee(), file);
    assertThat(imported.status()).as(imported.text()).isEqualTo(201);
    assertThat(imported.body().get("guarantee_versions").toString()).isEqualTo("[1,2]");
    assertMeasuredAgainst("N-" + v.guarantee(), 1, "PT15M");
    assertMeasuredAgainst("D-" + v.guarantee(), 2, "PT30M");

    Guarantee first = parse(v.first());
    Guarantee second = parse(v.second());
    List<EventInput> inputs =
        List.of(EventInput.of("import", EventFormat.JSONL, file.getBytes(StandardCharsets.UTF_8)));
    for (String format : List.of("json", "csv")) {
      String november = report(v, "2026-11", format);
      assertThat(november).isEqualTo(core(first, "2026-11", inputs, format));
      assertThat(november).isNotEqualTo(core(second, "2026-11", inputs, format));
      String december = report(v, "2026-12", format);
      assertThat(december).isEqualTo(core(second, "2026-12", inputs, format));
      assertThat(december).isNotEqualTo(core(first, "2026-12", inputs, format));
    }
  }

  @Test
  void aVersionTakingEffectEarlierThanTheLatestIsRefusedAndNothingIsStored() {
    Versions v = twoVersions();
    String third = v.second().replace("version: 2", "version: 3");
    Api.Answer earlier =
        api.putYaml(manager, v.guarantee(), third.replace("2026-12-01", "2026-11-01"));
    assertProblem(earlier, 400, "effective_from")
        .contains("version 3 takes effect on 2026-11-01, earlier than version 2")
        .contains("give effective_from 2026-12-01 or later");
    Api.Answer undated =
        api.putYaml(manager, v.guarantee(), third.replace("effective_from: 2026-12-01\n", ""));
    assertProblem(undated, 400, "effective_from").contains("version 3 has no effective_from");
    assertThat(versionsStored(v.guarantee())).isEqualTo(2);

    Api.Answer midMonth =
        api.putYaml(manager, v.guarantee(), third.replace("2026-12-01", "2027-01-15"));
    assertThat(midMonth.status()).isEqualTo(422);
    assertThat(midMonth.text()).contains("use 2027-01-01 or 2027-02-01");
    assertThat(versionsStored(v.guarantee())).isEqualTo(2);

    assertThat(api.putYaml(manager, v.guarantee(), third).status()).isEqualTo(201);
    assertThat(versionsStored(v.guarantee())).isEqualTo(3);
  }

  @Test
  void beforeItsFirstVersionTakesEffectAGuaranteeHasNoReportAndMeasuresNoTicket() {
    String customer = RecordApiTests.unique("cust");
    String g = RecordApiTests.unique("net");
    String only =
        RecordApiTests.guarantee(g, customer)
            .replace("version: 1", "version: 1\neffective_from: 2026-11-01");
    assertThat(api.putYaml(manager, g, only).status()).isEqualTo(201);

    Api.Answer october =
        api.get(manager, "/api/customers/" + customer + "/reports/2026-10?guarantee=" + g);
    assertProblem(october, 400, "period")
        .contains("guarantee '" + g + "' is in effect from 2026-11-01");
    assertThat(
            api.get(manager, "/api/customers/" + customer + "/reports/2026-11?guarantee=" + g)
                .status())
        .isEqualTo(200);

    String early = ticket("E-" + g, "2026-10-20T10:00+08:00", "2026-10-20T10:05+08:00");
    Api.Answer imported = api.importJsonl(manager, customer, g, early);
    assertThat(imported.status()).as(imported.text()).isEqualTo(422);
    assertThat(imported.text()).contains("is in effect from 2026-11-01");
    assertThat(api.get(manager, "/api/tickets/E-" + g).status()).isEqualTo(404);

    // Opened once the guarantee is in effect, a ticket reported before is refused that event.
    String opened = "O-" + g;
    api.ticket(manager, opened, g);
    Api.Answer reported =
        api.post(
            manager,
            "/api/tickets/" + opened + "/events",
            "{\"at\": \"2026-10-31T23:00+08:00\", \"event\": \"reported\"}");
    assertProblem(reported, 400, "at").contains("is in effect from 2026-11-01");
    assertThat(api.get(manager, "/api/tickets/" + opened).body().get("timeline")).isEmpty();

    // Nor does it check an outage that began, or a fulfilment of a month, before then.
    String records = "/api/customers/" + customer;
    Api.Answer outage =
        api.post(
            manager,
            records + "/outages",
            outage("early", g, "network", "reported_at", "2026-10-31T23:00+08:00"));
    assertProblem(outage, 400, "reported_at").contains("is in effect from 2026-11-01");
    Api.Answer fulfilment =
        api.post(
            manager,
            records + "/fulfilments",
            fulfilment("early", g, "monthly-report", "2026-11-03T10:00+08:00", "2026-10"));
    assertProblem(fulfilment, 400, "covering").contains("is in effect from 2026-11-01");
    assertThat(api.get(manager, records + "/outages").body()).isEmpty();
    assertThat(api.get(manager, records + "/fulfilments").body()).isEmpty();
  }

  @Test
  void anOutageIsCheckedAgainstTheVersionInEffectWhenItBegan() {
    Versions v = mailFromDecember();
    String outages = "/api/customers/" + v.customer() + "/outages";
    Api.Answer november =
        api.post(
            manager,
            outages,
            outage("nov", v.guarantee(), "mail", "detected_at", "2026-11-30T23:59+08:00"));
    assertProblem(november, 400, "service")
        .contains("service 'mail' is not in version 1 of guarantee '" + v.guarantee() + "'");
    Api.Answer december =
        api.post(
            manager,
            outages,
            outage("dec", v.guarantee(), "mail", "reported_at", "2026-12-01T00:00+08:00"));
    assertThat(december.status()).as(december.text()).isEqualTo(201);

    // Corrected into November, it would begin under version 1, which has no mail service.
    Api.Answer earlier =
        api.post(
            manager,
            outages + "/dec/corrections",
            "{\"field\": \"reported_at\", \"at\": \"2026-11-30T12:00+08:00\"}");
    assertProblem(earlier, 400, "at").contains("is not in version 1");
    Api.Answer stored = api.get(manager, outages + "/dec");
    assertThat(Instant.parse(stored.body().get("reported_at").asString()))
        .isEqualTo(Instant.parse("2026-11-30T16:00:00Z"));
    assertThat(stored.body().get("corrections")).isEmpty();
  }

  @Test
  void anAlertFindsTheGuaranteeWhoseVersionInEffectWhenItStartedCoversItsService() {
    Versions v = mailFromDecember();
    String monitor = tokens.issue(null, Role.API_CLIENT, "alertmanager").token();
    // 23:00 on 30 November in Shanghai, under version 1; 00:00 on 1 December, under version 2.
    String november = alertmanager(v.customer(), "mail", "2026-11-30T15:00:00Z", "1a");
    String december = alertmanager(v.customer(), "mail", "2026-11-30T16:00:00Z", "2b");

    JsonNode unnamed = api.post(monitor, "/api/alerts/alertmanager", november).body();
    assertThat(unnamed.get("skipped").asInt()).as(unnamed.toString()).isEqualTo(1);
    assertThat(unnamed.get("alerts").get(0).get("reason").asString())
        .contains("covers service 'mail'");
    JsonNode named =
        api.post(monitor, "/api/alerts/alertmanager?guarantee=" + v.guarantee(), november).body();
    assertThat(named.get("alerts").get(0).get("reason").asString())
        .contains("service 'mail' is not in version 1");
    assertThat(api.get(manager, "/api/customers/" + v.customer() + "/outages").body()).isEmpty();

    JsonNode opened = api.post(monitor, "/api/alerts/alertmanager", december).body();
    assertThat(opened.get("opened").asInt()).as(opened.toString()).isEqualTo(1);
    assertThat(opened.get("alerts").get(0).get("guarantee").asString()).isEqualTo(v.guarantee());
  }

  @Test
  void aFulfilmentIsCheckedAgainstTheVersionThatGovernsWhatItCovers() {
    Versions v = mailFromDecember();
    String fulfilments = "/api/customers/" + v.customer() + "/fulfilments";
    String inspection = "monthly-inspection";
    // November's inspection, delivered in December, is measured by version 1, which has none.
    Api.Answer november =
        api.post(
            manager,
            fulfilments,
            fulfilment("f1", v.guarantee(), inspection, "2026-12-03T10:00+08:00", "2026-11"));
    assertProblem(november, 400, "obligation")
        .contains("'monthly-inspection' is not an obligation of version 1");
    // Without covering, the version in effect when it was delivered.
    Api.Answer undated =
        api.post(
            manager,
            fulfilments,
            fulfilment("f2", v.guarantee(), inspection, "2026-11-20T10:00+08:00", null));
    assertProblem(undated, 400, "obligation").contains("version 1");
    Api.Answer noSuchDay =
        api.post(
            manager,
            fulfilments,
            fulfilment("f3", v.guarantee(), inspection, "2026-12-03T10:00+08:00", "2026-11-31"));
    assertProblem(noSuchDay, 400, "covering").contains("'2026-11-31'");

    for (String covering : new String[] {"2026-12", "2026-12-05", null}) {
      Api.Answer december =
          api.post(
              manager,
              fulfilments,
              fulfilment(
                  "ok-" + covering, v.guarantee(), inspection, "2026-12-20T10:00+08:00", covering));
      assertThat(december.status()).as(december.text()).isEqualTo(201);
    }
    // The monthly report is in both versions: November's, delivered in December, is November's.
    Api.Answer report =
        api.post(
            manager,
            fulfilments,
            fulfilment("r1", v.guarantee(), "monthly-report", "2026-12-03T10:00+08:00", "2026-11"));
    assertThat(report.status()).as(report.text()).isEqualTo(201);
    assertThat(api.get(manager, fulfilments).body()).hasSize(4);
  }

  @Test
  void anImportAnswersTheVersionsItsTicketsAreMeasuredAgainst() {
    Versions v = twoVersions();
    String december =
        ticket("D-" + v.guarantee(), "2026-12-10T10:00+08:00", "2026-12-10T10:20+08:00");
    String outage =
        """
        {"kind": "outage", "id": "O-1", "service": "network", "detected_at": "2026-11-10T10:00+08:00", \
        "restored_at": "2026-11-10T11:00+08:00"}
        """;
    Api.Answer both = api.importJsonl(manager, v.customer(), v.guarantee(), december + outage);
    assertThat(both.status()).as(both.text()).isEqualTo(201);
    assertThat(both.body().get("guarantee_versions").toString()).isEqualTo("[2]");
    assertThat(both.body().get("stored").toString()).isEqualTo("{\"ticket\":1,\"outage\":1}");

    Api.Answer noTicket =
        api.importJsonl(manager, v.customer(), v.guarantee(), outage.replace("O-1", "O-2"));
    assertThat(noTicket.status()).as(noTicket.text()).isEqualTo(201);
    assertThat(noTicket.body().get("guarantee_versions").toString()).isEqualTo("[]");
  }

  @Test
  void theReportsPageOffersOnlyMonthsAVersionGovernsEachWithTheVersionItIsMeasuredBy() {
    // The page offers this month and the two before it, in the guarantee's zone.
    YearMonth now = YearMonth.now(ZoneId.of("Asia/Shanghai"));
    String customer = RecordApiTests.unique("cust");
    String g = RecordApiTests.unique("net");
    String first =
        validFromLongAgo(RecordApiTests.guarantee(g, customer))
            .replace("version: 1", "version: 1\neffective_from: " + now.minusMonths(1).atDay(1));
    String second =
        validFromLongAgo(RecordApiTests.guarantee(g, customer))
            .replace("version: 1", "version: 2\neffective_from: " + now.atDay(1));
    assertThat(api.putYaml(manager, g, first).status()).isEqualTo(201);
    assertThat(api.putYaml(manager, g, second).status()).isEqualTo(201);
    String later = RecordApiTests.unique("net");
    String notYet =
        validFromLongAgo(RecordApiTests.guarantee(later, customer))
            .replace("version: 1", "version: 1\neffective_from: " + now.plusMonths(1).atDay(1));
    assertThat(api.putYaml(manager, later, notYet).status()).isEqualTo(201);
    Versions other = twoVersions();

    WebSession browser = signedIn(customer);
    String page = browser.get("/reports").text();
    String link = "/reports/" + customer + "/" + g + "/";
    assertThat(page)
        .contains(link + now + "\">" + now + "</a>")
        .contains(link + now.minusMonths(1) + "\">" + now.minusMonths(1) + "</a>")
        .doesNotContain(link + now.minusMonths(2))
        .doesNotContain(other.guarantee());
    assertThat(versionsOffered(page)).containsExactly(now + " 2", now.minusMonths(1) + " 1");
    // A guarantee not yet in effect offers no month, and says from when.
    assertThat(page)
        .doesNotContain("/reports/" + customer + "/" + later + "/")
        .contains("No report yet: in effect from " + now.plusMonths(1).atDay(1));
    assertThat(browser.get(link + now).status()).isEqualTo(200);
    assertThat(browser.get(link + now.minusMonths(1)).status()).isEqualTo(200);
  }

  @Test
  void theReportsPageOffersNoMonthWhollyOutsideTheGuaranteesValidity() {
    YearMonth now = YearMonth.now(ZoneId.of("Asia/Shanghai"));
    String customer = RecordApiTests.unique("cust");
    // Ends ten days into last month: last month is offered whole, this month is not.
    String ending = RecordApiTests.unique("net");
    LocalDate end = now.minusMonths(1).atDay(10);
    assertThat(api.putYaml(manager, ending, valid(ending, customer, "2020-01-01", end)).status())
        .isEqualTo(201);
    // Ended before the months offered: none is, and the page says why.
    String ended = RecordApiTests.unique("net");
    LocalDate over = now.minusMonths(3).atEndOfMonth();
    assertThat(api.putYaml(manager, ended, valid(ended, customer, "2020-01-01", over)).status())
        .isEqualTo(201);

    WebSession browser = signedIn(customer);
    String page = browser.get("/reports").text();
    String link = "/reports/" + customer + "/" + ending + "/";
    assertThat(page)
        .contains(link + now.minusMonths(1) + "\"")
        .contains(link + now.minusMonths(2) + "\"")
        .doesNotContain(link + now + "\"")
        .doesNotContain("/reports/" + customer + "/" + ended + "/")
        .contains("No report for these months: the guarantee is valid 2020-01-01 to " + over);
    // As for any period the page cannot show.
    assertThat(browser.get(link + now).status()).isEqualTo(404);
  }

  private static String valid(String id, String customer, String from, LocalDate to) {
    return RecordApiTests.guarantee(id, customer)
        .replace(
            "valid: {from: 2026-01-01, to: 2026-12-31}",
            "valid: {from: " + from + ", to: " + to + "}");
  }

  /** Valid from long ago without an end, so the months around today are inside it. */
  private static String validFromLongAgo(String yaml) {
    return yaml.replace("valid: {from: 2026-01-01, to: 2026-12-31}", "valid: {from: 2020-01-01}");
  }

  /** Each month offered and the version it is measured by, as the page shows them. */
  private static List<String> versionsOffered(String page) {
    Matcher m =
        Pattern.compile(
                ">(\\d{4}-\\d{2})</a>\\s*<span class=\"muted report-version\">\\(version (\\d+)\\)")
            .matcher(page);
    List<String> offered = new ArrayList<>();
    while (m.find()) {
      offered.add(m.group(1) + " " + m.group(2));
    }
    return offered;
  }

  /** A signed-in English-speaking customer user of {@code customer}. */
  private WebSession signedIn(String customer) {
    String email = RecordApiTests.unique("p") + "@example.com";
    String password = "correct horse battery";
    String admin = tokens.issue(null, Role.ADMINISTRATOR, "tests").token();
    Api.Answer person =
        api.post(
            admin,
            "/api/people",
            """
            {"email": "%s", "display_name": "Ann", "organisation": "%s", "role": "CUSTOMER_USER",
             "locale": "en", "password": "%s"}
            """
                .formatted(email, customer, password));
    assertThat(person.status()).as(person.text()).isEqualTo(201);
    WebSession browser = new WebSession(port);
    assertThat(browser.signIn(email, password).location()).endsWith("/tickets");
    return browser;
  }

  /** A customer with version 1 of a guarantee, and version 2 taking effect in December 2026. */
  private record Versions(
      String customer, String guarantee, String token, String first, String second) {}

  private Versions twoVersions() {
    return twoVersions(first -> first.replace("target: 15m", "target: 30m"));
  }

  /**
   * A customer with version 1 of a guarantee for its network, and version 2 from December 2026
   * adding a mail service and a monthly inspection.
   */
  private Versions mailFromDecember() {
    return twoVersions(
        first ->
            first.replace("services: [network]", "services: [network, mail]")
                + """
                  - id: monthly-inspection
                    kind: obligation
                    recurrence: monthly
                    due: {day_of_next_month: 5}
                """);
  }

  /** Version 1 of a new customer's guarantee, and version 2 from December 2026 changed so. */
  private Versions twoVersions(UnaryOperator<String> change) {
    String customer = RecordApiTests.unique("cust");
    String g = RecordApiTests.unique("net");
    String first = RecordApiTests.guarantee(g, customer);
    String second =
        change.apply(first.replace("version: 1", "version: 2\neffective_from: 2026-12-01"));
    assertThat(api.putYaml(manager, g, first).status()).isEqualTo(201);
    Api.Answer stored = api.putYaml(manager, g, second);
    assertThat(stored.status()).as(stored.text()).isEqualTo(201);
    String token = tokens.issue(customer, Role.CUSTOMER_USER, "tests").token();
    return new Versions(customer, g, token, first, second);
  }

  private static String outage(
      String id, String guarantee, String service, String startField, String start) {
    return """
        {"id": "%s", "guarantee": "%s", "service": "%s", "%s": "%s"}
        """
        .formatted(id, guarantee, service, startField, start);
  }

  private static String fulfilment(
      String id, String guarantee, String obligation, String at, String covering) {
    return """
        {"id": "%s", "guarantee": "%s", "obligation": "%s", "at": "%s", "covering": %s}
        """
        .formatted(
            id, guarantee, obligation, at, covering == null ? "null" : "\"" + covering + "\"");
  }

  /** An Alertmanager notification of one firing alert for the customer's service. */
  private static String alertmanager(
      String customer, String service, String startsAt, String fingerprint) {
    return """
        {"version": "4", "status": "firing", "receiver": "pledge", "alerts": [
          {"status": "firing", "labels": {"pledge_customer": "%s", "pledge_service": "%s"},
           "startsAt": "%s", "endsAt": "0001-01-01T00:00:00Z", "fingerprint": "%s"}]}
        """
        .formatted(customer, service, startsAt, fingerprint);
  }

  private void assertMeasuredAgainst(String ticket, int version, String responseTarget) {
    Api.Answer sla = api.get(manager, "/api/tickets/" + ticket + "/sla?asOf=2027-01-01T00:00Z");
    assertThat(sla.status()).as(sla.text()).isEqualTo(200);
    assertThat(sla.body().get("guarantee_version").asInt()).as(ticket).isEqualTo(version);
    JsonNode clock = sla.body().get("clocks").get(0);
    assertThat(clock.get("commitment").asString()).isEqualTo("response");
    assertThat(clock.get("target").asString()).as(ticket).isEqualTo(responseTarget);
  }

  /** A network incident of an event file, reported and acknowledged. */
  private static String ticket(String id, String reported, String acknowledged) {
    return """
        {"kind": "ticket", "id": "%s", "service": "network", "type": "incident", "severity": "sev1", \
        "timeline": [{"at": "%s", "event": "reported"}, {"at": "%s", "event": "acknowledged"}]}
        """
        .formatted(id, reported, acknowledged);
  }

  /** The report as known at the end of the period, as {@code pledge evaluate} evaluates it. */
  private String report(Versions v, String period, String format) {
    Instant end = ReportingPeriod.parse(period, ZoneId.of("Asia/Shanghai")).range().endExclusive();
    Api.Answer a =
        api.get(
            v.token(),
            "/api/customers/"
                + v.customer()
                + "/reports/"
                + period
                + "?guarantee="
                + v.guarantee()
                + "&format="
                + format
                + "&as_of="
                + end);
    assertThat(a.status()).as(a.text()).isEqualTo(200);
    return a.text();
  }

  /** What {@code pledge evaluate} with this version's file prints for the period. */
  private static String core(Guarantee g, String period, List<EventInput> inputs, String format) {
    ReportingPeriod p = ReportingPeriod.parse(period, g.zone());
    Instant end = p.range().endExclusive();
    return RecordApiTests.coreReport(g, p, end, inputs, format);
  }

  private static Guarantee parse(String yaml) {
    return GuaranteeFile.parse(yaml, "g.yaml", Path.of("none"));
  }

  private int versionsStored(String id) {
    return db.sql("select count(*) from guarantee where id = :id")
        .param("id", id)
        .query(Integer.class)
        .single();
  }

  private static org.assertj.core.api.AbstractStringAssert<?> assertProblem(
      Api.Answer a, int status, String field) {
    assertThat(a.status()).as(a.text()).isEqualTo(status);
    assertThat(a.contentType()).startsWith("application/problem+json");
    assertThat(a.body().get("field").asString()).as(a.text()).isEqualTo(field);
    return assertThat(a.body().get("detail").asString());
  }
}

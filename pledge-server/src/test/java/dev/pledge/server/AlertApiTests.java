package dev.pledge.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pledge.server.Api.Answer;
import dev.pledge.server.access.ApiTokens;
import dev.pledge.server.system.Role;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
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
 * Alertmanager and Grafana webhook notifications over HTTP, as those systems send them, on a real
 * database: the subclasses run every test on H2 and on PostgreSQL. The outages they open are read
 * back through the outage API, and the period report's downtime is checked against a hand-worked
 * month.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"logging.level.root=warn", "spring.main.banner-mode=off"})
abstract class AlertApiTests {

  private static final AtomicInteger NEXT = new AtomicInteger();
  private static final String ALERTMANAGER = "/api/alerts/alertmanager";
  private static final String GRAFANA = "/api/alerts/grafana";

  @LocalServerPort int port;
  @Autowired JdbcClient db;
  @Autowired ApiTokens tokens;

  /** The provider's service manager, who stores guarantees and reads reports. */
  private String manager;

  /** The provider's monitoring system: an API client bound to no customer. */
  private String monitor;

  private Api api;

  @BeforeEach
  void providerTokens() {
    api = new Api(port);
    manager = tokens.issue(null, Role.SERVICE_MANAGER, "tests").token();
    monitor = tokens.issue(null, Role.API_CLIENT, "alertmanager").token();
  }

  // Alertmanager: firing, repeated, resolved, resolved again

  @Test
  void firingRepeatedAndResolvedAlertOpensAndRestoresOneOutage() {
    Customer c = customer();
    String firing =
        alertmanager(
            "firing",
            alert("firing", "3f1c2a9be0d4c5a1", c, "2026-10-08T02:00:00.123456789Z", null, null));
    Answer opened = api.post(monitor, ALERTMANAGER, firing);
    assertThat(opened.status()).as(opened.text()).isEqualTo(200);
    assertThat(opened.body().get("opened").asInt()).isEqualTo(1);
    JsonNode outcome = opened.body().get("alerts").get(0);
    assertThat(outcome.get("outcome").asString()).isEqualTo("opened");
    assertThat(outcome.get("guarantee").asString()).isEqualTo(c.guarantee());
    String id = outcome.get("outage").asString();
    assertThat(id).isEqualTo("alertmanager-3f1c2a9be0d4c5a1-20261008T020000.123456Z");

    // Alertmanager re-sends a firing alert every repeat_interval: nothing changes.
    Answer repeated = api.post(monitor, ALERTMANAGER, firing);
    assertThat(repeated.status()).isEqualTo(200);
    assertThat(repeated.body().get("alerts").get(0).get("outcome").asString())
        .isEqualTo("unchanged");
    JsonNode open = api.get(manager, c.path("/outages/" + id)).body();
    assertThat(open.get("started_by").asString()).isEqualTo("monitor");
    assertThat(at(open.get("detected_at"))).isEqualTo(Instant.parse("2026-10-08T02:00:00.123456Z"));
    assertThat(open.get("restored_at").isNull()).isTrue();
    assertThat(open.get("service").asString()).isEqualTo("network");
    assertThat(open.get("cause").asString()).isEqualTo("hardware");

    String resolved =
        alertmanager(
            "resolved",
            alert(
                "resolved",
                "3f1c2a9be0d4c5a1",
                c,
                "2026-10-08T02:00:00.123456789Z",
                "2026-10-08T02:30:00.123456789Z",
                null));
    Answer restored = api.post(monitor, ALERTMANAGER, resolved);
    assertThat(restored.status()).isEqualTo(200);
    assertThat(restored.body().get("restored").asInt()).isEqualTo(1);
    Answer again = api.post(monitor, ALERTMANAGER, resolved);
    assertThat(again.body().get("alerts").get(0).get("outcome").asString()).isEqualTo("unchanged");

    JsonNode outages = api.get(c.token(), c.path("/outages")).body();
    assertThat(outages.size()).isEqualTo(1);
    assertThat(at(outages.get(0).get("restored_at")))
        .isEqualTo(Instant.parse("2026-10-08T02:30:00.123456Z"));
    assertThat(outages.get(0).get("corrections").size()).isZero();
  }

  // The hand-worked month

  /**
   * October 2026 in Asia/Shanghai has 31 days: 2 678 400 s. The monitor reports, in UTC:
   *
   * <ul>
   *   <li>A, firing then resolved: 10-08 02:00 to 02:30, 30 min;
   *   <li>B and C in one grouped notification, firing then resolved together: 10-12 01:00 to 01:14
   *       and 01:10 to 01:20, overlapping, so 01:00 to 01:20 counts once, 20 min;
   *   <li>D, whose firing never arrived, resolved only: 10-20 03:00 to 03:05, 5 min;
   *   <li>E, cause {@code force_majeure}, which the guarantee excludes: 10-25 00:00 to 00:10, 0
   *       min.
   * </ul>
   *
   * <p>Counted downtime 55 min = 3 300 s; availability (2 678 400 − 3 300) / 2 678 400 =
   * 99.876792…%, shown 99.8768 %: under 99.9 %, and over the 44 minutes allowed, so breached.
   */
  @Test
  void theMonthReportCountsTheMonitoredDowntimeAsWorkedByHand() {
    Customer c = customer();
    List<String> notifications =
        List.of(
            alertmanager(
                "firing",
                alert("firing", "aaaa000000000001", c, "2026-10-08T02:00:00Z", null, null)),
            alertmanager(
                "firing",
                alert("firing", "bbbb000000000002", c, "2026-10-12T01:00:00Z", null, null),
                alert("firing", "cccc000000000003", c, "2026-10-12T01:10:00Z", null, null)),
            alertmanager(
                "resolved",
                alert(
                    "resolved",
                    "aaaa000000000001",
                    c,
                    "2026-10-08T02:00:00Z",
                    "2026-10-08T02:30:00Z",
                    null)),
            alertmanager(
                "resolved",
                alert(
                    "resolved",
                    "bbbb000000000002",
                    c,
                    "2026-10-12T01:00:00Z",
                    "2026-10-12T01:14:00Z",
                    null),
                alert(
                    "resolved",
                    "cccc000000000003",
                    c,
                    "2026-10-12T01:10:00Z",
                    "2026-10-12T01:20:00Z",
                    null)),
            alertmanager(
                "resolved",
                alert(
                    "resolved",
                    "dddd000000000004",
                    c,
                    "2026-10-20T03:00:00Z",
                    "2026-10-20T03:05:00Z",
                    null)),
            alertmanager(
                "resolved",
                alert(
                    "resolved",
                    "eeee000000000005",
                    c,
                    "2026-10-25T00:00:00Z",
                    "2026-10-25T00:10:00Z",
                    "force_majeure")));
    List<String> outcomes = new ArrayList<>();
    for (String n : notifications) {
      Answer a = api.post(monitor, ALERTMANAGER, n);
      assertThat(a.status()).as(a.text()).isEqualTo(200);
      a.body().get("alerts").forEach(o -> outcomes.add(o.get("outcome").asString()));
    }
    assertThat(outcomes)
        .containsExactly(
            "opened",
            "opened",
            "opened",
            "restored",
            "restored",
            "restored",
            "opened_and_restored",
            "opened_and_restored");
    assertThat(api.get(manager, c.path("/outages")).body().size()).isEqualTo(5);

    JsonNode availability = availability(report(c));
    JsonNode figures = availability.get("figures");
    assertThat(figures.get("period_seconds").asLong()).isEqualTo(2_678_400);
    assertThat(figures.get("downtime_seconds").asLong()).isEqualTo(3_300);
    assertThat(figures.get("availability_percent_display").asString()).isEqualTo("99.8768");
    assertThat(availability.get("verdict").asString()).isEqualToIgnoringCase("breached");
  }

  // Grafana

  @Test
  void grafanaFiringAndResolvedNotificationsOpenAndRestoreTheOutage() {
    Customer c = customer();
    Answer firing = api.post(monitor, GRAFANA, grafana("firing", "c6eadffa33fcdf37", c, null));
    assertThat(firing.status()).as(firing.text()).isEqualTo(200);
    JsonNode outcome = firing.body().get("alerts").get(0);
    assertThat(outcome.get("outcome").asString()).isEqualTo("opened");
    String id = outcome.get("outage").asString();
    assertThat(id).isEqualTo("grafana-c6eadffa33fcdf37-20261009T075103.157076Z");

    Answer resolved =
        api.post(
            monitor,
            GRAFANA,
            grafana("resolved", "c6eadffa33fcdf37", c, "2026-10-09T10:21:03.157076+02:00"));
    assertThat(resolved.body().get("alerts").get(0).get("outcome").asString())
        .isEqualTo("restored");
    JsonNode outage = api.get(c.token(), c.path("/outages/" + id)).body();
    assertThat(at(outage.get("detected_at")))
        .isEqualTo(Instant.parse("2026-10-09T07:51:03.157076Z"));
    assertThat(at(outage.get("restored_at")))
        .isEqualTo(Instant.parse("2026-10-09T08:21:03.157076Z"));
    JsonNode figures = availability(report(c)).get("figures");
    assertThat(figures.get("downtime_seconds").asLong()).isEqualTo(30 * 60);
  }

  // Which customer and service

  @Test
  void alertsWithoutCustomerOrServiceAreSkippedAndTheOthersStored() {
    Customer c = customer();
    String body =
        alertmanager(
            "firing",
            """
            {"status": "firing", "labels": {"alertname": "DiskFull", "instance": "db1:9100"},
             "annotations": {}, "startsAt": "2026-10-08T02:00:00Z",
             "endsAt": "0001-01-01T00:00:00Z", "fingerprint": "0123456789abcdef"}
            """,
            """
            {"status": "firing", "labels": {"alertname": "LinkDown", "pledge_customer": "%s"},
             "annotations": {}, "startsAt": "2026-10-08T02:00:00Z",
             "endsAt": "0001-01-01T00:00:00Z", "fingerprint": "1123456789abcdef"}
            """
                .formatted(c.id()),
            alert("firing", "2123456789abcdef", c, "2026-10-08T02:00:00Z", null, null));
    Answer a = api.post(monitor, ALERTMANAGER, body);
    assertThat(a.status()).as(a.text()).isEqualTo(200);
    assertThat(a.body().get("skipped").asInt()).isEqualTo(2);
    assertThat(a.body().get("opened").asInt()).isEqualTo(1);
    JsonNode alerts = a.body().get("alerts");
    assertThat(alerts.get(0).get("reason").asString()).contains("pledge_customer");
    assertThat(alerts.get(1).get("reason").asString()).contains("pledge_service");
    assertThat(alerts.get(1).get("outage").isNull()).isTrue();
    assertThat(rows(c.id())).isEqualTo(1);
  }

  @Test
  void aReceiverForOneCustomerTakesCustomerAndServiceFromItsUrl() {
    Customer c = customer();
    String body =
        alertmanager(
            "firing",
            """
            {"status": "firing", "labels": {"alertname": "LinkDown"}, "annotations": {},
             "startsAt": "2026-10-08T02:00:00Z", "endsAt": "0001-01-01T00:00:00Z",
             "fingerprint": "0123456789abcdef"}
            """);
    Answer a = api.post(monitor, ALERTMANAGER + "?customer=" + c.id() + "&service=network", body);
    assertThat(a.status()).as(a.text()).isEqualTo(200);
    assertThat(a.body().get("alerts").get(0).get("outcome").asString()).isEqualTo("opened");
    assertThat(a.body().get("alerts").get(0).get("customer").asString()).isEqualTo(c.id());
    assertThat(rows(c.id())).isEqualTo(1);
  }

  @Test
  void withTwoGuaranteesCoveringTheServiceTheAlertNamesOne() {
    Customer c = customer();
    String second = unique("net");
    Answer put = api.putYaml(manager, second, guarantee(second, c.id()));
    assertThat(put.status()).isEqualTo(201);
    String unnamed =
        alertmanager(
            "firing", alert("firing", "0123456789abcdef", c, "2026-10-08T02:00:00Z", null, null));
    Answer skipped = api.post(monitor, ALERTMANAGER, unnamed);
    assertThat(skipped.body().get("alerts").get(0).get("reason").asString())
        .contains(c.guarantee())
        .contains(second)
        .contains("name the one");
    assertThat(rows(c.id())).isZero();

    Answer named = api.post(monitor, ALERTMANAGER + "?guarantee=" + second, unnamed);
    assertThat(named.body().get("alerts").get(0).get("outcome").asString()).isEqualTo("opened");
    assertThat(api.get(manager, c.path("/outages?guarantee=" + second)).body().size()).isEqualTo(1);
    assertThat(api.get(manager, c.path("/outages?guarantee=" + c.guarantee())).body().size())
        .isZero();
  }

  @Test
  void aServiceOutsideTheGuaranteeOrAnEndBeforeTheStartIsSkippedAndStoresNothing() {
    Customer c = customer();
    String body =
        alertmanager(
            "resolved",
            alert(
                "resolved",
                "0123456789abcdef",
                c,
                "2026-10-08T02:00:00Z",
                "2026-10-08T01:00:00Z",
                null),
            """
            {"status": "firing", "labels": {"pledge_customer": "%s", "pledge_service": "mail"},
             "startsAt": "2026-10-08T02:00:00Z", "fingerprint": "1123456789abcdef"}
            """
                .formatted(c.id()));
    Answer a = api.post(monitor, ALERTMANAGER, body);
    assertThat(a.status()).as(a.text()).isEqualTo(200);
    assertThat(a.body().get("skipped").asInt()).isEqualTo(2);
    assertThat(a.body().get("alerts").get(0).get("reason").asString()).contains("began");
    assertThat(a.body().get("alerts").get(1).get("reason").asString()).contains("service 'mail'");
    assertThat(rows(c.id())).isZero();
  }

  @Test
  void aBodyThatIsNoNotificationIsRefused() {
    Answer a = api.post(monitor, ALERTMANAGER, "{\"receiver\": \"pledge\"}");
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.body().get("field").asString()).isEqualTo("alerts");
  }

  // Who may send

  @Test
  void aCustomersMonitorTouchesOnlyItsOwnCustomer() {
    Customer own = customer();
    Customer other = customer();
    String client = tokens.issue(own.id(), Role.API_CLIENT, "customer's monitor").token();
    String body =
        alertmanager(
            "firing",
            alert("firing", "0123456789abcdef", other, "2026-10-08T02:00:00Z", null, null),
            """
            {"status": "firing", "labels": {"pledge_customer": "nobody-at-all", "pledge_service": "network"},
             "startsAt": "2026-10-08T02:00:00Z", "fingerprint": "1123456789abcdef"}
            """,
            """
            {"status": "firing", "labels": {"pledge_service": "network"},
             "startsAt": "2026-10-08T02:00:00Z", "fingerprint": "2123456789abcdef"}
            """);
    Answer a = api.post(client, ALERTMANAGER, body);
    assertThat(a.status()).as(a.text()).isEqualTo(200);
    JsonNode alerts = a.body().get("alerts");
    assertThat(alerts.get(0).get("outcome").asString()).isEqualTo("skipped");
    assertThat(alerts.get(0).get("reason").asString())
        .isEqualTo("no customer '" + other.id() + "' is known");
    assertThat(alerts.get(1).get("reason").asString())
        .isEqualTo("no customer 'nobody-at-all' is known");
    // Without a label, a customer's own monitor speaks of its own customer.
    assertThat(alerts.get(2).get("outcome").asString()).isEqualTo("opened");
    assertThat(alerts.get(2).get("customer").asString()).isEqualTo(own.id());
    assertThat(rows(other.id())).isZero();
    assertThat(rows(own.id())).isEqualTo(1);
  }

  @Test
  void withoutATokenIs401AndRolesThatDoNotMonitorAre403() {
    Customer c = customer();
    String body =
        alertmanager(
            "firing", alert("firing", "0123456789abcdef", c, "2026-10-08T02:00:00Z", null, null));
    for (String path : List.of(ALERTMANAGER, GRAFANA)) {
      assertThat(api.post(null, path, body).status()).isEqualTo(401);
      assertThat(api.post("not-a-token", path, body).status()).isEqualTo(401);
      assertThat(api.post(c.token(), path, body).status()).isEqualTo(403);
      assertThat(api.post(tokens.issue(null, Role.AGENT, "t").token(), path, body).status())
          .isEqualTo(403);
    }
    assertThat(rows(c.id())).isZero();
    String administrator = tokens.issue(null, Role.ADMINISTRATOR, "t").token();
    assertThat(api.post(administrator, ALERTMANAGER, body).body().get("opened").asInt())
        .isEqualTo(1);
    assertThat(api.post(manager, ALERTMANAGER, body).body().get("unchanged").asInt()).isEqualTo(1);
  }

  // At once

  @Test
  void theSameNotificationSentConcurrentlyOpensOneOutage() throws Exception {
    Customer c = customer();
    String body =
        alertmanager(
            "firing",
            alert("firing", "0123456789abcdef", c, "2026-10-08T02:00:00Z", null, null),
            alert("firing", "1123456789abcdef", c, "2026-10-08T02:01:00Z", null, null));
    List<Callable<Answer>> calls = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      calls.add(() -> api.post(monitor, ALERTMANAGER, body));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Answer> answers = new ArrayList<>();
    try {
      for (Future<Answer> f : pool.invokeAll(calls)) {
        answers.add(f.get());
      }
    } finally {
      pool.shutdown();
    }
    int opened = 0;
    for (Answer a : answers) {
      assertThat(a.status()).as(a.text()).isEqualTo(200);
      opened += a.body().get("opened").asInt();
      assertThat(a.body().get("opened").asInt() + a.body().get("unchanged").asInt()).isEqualTo(2);
    }
    assertThat(opened).isEqualTo(2);
    assertThat(rows(c.id())).isEqualTo(2);
  }

  // Payloads as Alertmanager and Grafana write them

  /** An Alertmanager webhook notification, payload version 4, around the given alerts. */
  private static String alertmanager(String status, String... alerts) {
    return """
        {
          "version": "4",
          "groupKey": "{}/{pledge_customer=~\\".+\\"}:{alertname=\\"LinkDown\\"}",
          "truncatedAlerts": 0,
          "status": "%s",
          "receiver": "pledge",
          "groupLabels": {"alertname": "LinkDown"},
          "commonLabels": {"alertname": "LinkDown", "severity": "critical"},
          "commonAnnotations": {},
          "externalURL": "http://alertmanager.example:9093",
          "alerts": [%s]
        }
        """
        .formatted(status, String.join(",", alerts));
  }

  /** One alert as Alertmanager writes it; a firing alert's endsAt is Go's zero time. */
  private static String alert(
      String status, String fingerprint, Customer c, String startsAt, String endsAt, String cause) {
    return """
        {
          "status": "%s",
          "labels": {"alertname": "LinkDown", "instance": "core-sw1:9116", "severity": "critical",
                     "pledge_customer": "%s", "pledge_service": "network", "pledge_cause": "%s"},
          "annotations": {"summary": "Uplink of core-sw1 is down"},
          "startsAt": "%s",
          "endsAt": "%s",
          "generatorURL": "http://prometheus.example:9090/graph?g0.expr=up%%7Bjob%%3D%%22snmp%%22%%7D+%%3D%%3D+0",
          "fingerprint": "%s"
        }
        """
        .formatted(
            status,
            c.id(),
            cause == null ? "hardware" : cause,
            startsAt,
            endsAt == null ? "0001-01-01T00:00:00Z" : endsAt,
            fingerprint);
  }

  /** A Grafana alerting webhook notification with one alert, as Grafana 11 sends it. */
  private static String grafana(String status, String fingerprint, Customer c, String endsAt) {
    return """
        {
          "receiver": "pledge",
          "status": "%s",
          "orgId": 1,
          "alerts": [{
            "status": "%s",
            "labels": {"alertname": "Packet loss", "grafana_folder": "Network",
                       "pledge_customer": "%s", "pledge_service": "network"},
            "annotations": {"summary": "Packet loss above 20 %% on the uplink"},
            "startsAt": "2026-10-09T09:51:03.157076+02:00",
            "endsAt": "%s",
            "generatorURL": "https://grafana.example/alerting/grafana/1afz29v7z/view",
            "fingerprint": "%s",
            "silenceURL": "https://grafana.example/alerting/silence/new",
            "dashboardURL": "",
            "panelURL": "",
            "values": {"B": 23.5, "C": 1},
            "valueString": "[ var='B' labels={} value=23.5 ]"
          }],
          "groupLabels": {"alertname": "Packet loss"},
          "commonLabels": {"alertname": "Packet loss"},
          "commonAnnotations": {},
          "externalURL": "https://grafana.example/",
          "version": "1",
          "groupKey": "{}:{alertname=\\"Packet loss\\"}",
          "truncatedAlerts": 0,
          "orgId": 1,
          "title": "[FIRING:1] Packet loss",
          "state": "alerting",
          "message": "**Firing**"
        }
        """
        .formatted(
            status, status, c.id(), endsAt == null ? "0001-01-01T00:00:00Z" : endsAt, fingerprint);
  }

  // Helpers

  /** A customer of its own, with a network guarantee and a CUSTOMER_USER token. */
  private record Customer(String id, String guarantee, String token) {
    String path(String rest) {
      return "/api/customers/" + id + rest;
    }
  }

  private Customer customer() {
    String id = unique("cust");
    String g = unique("net");
    Answer put = api.putYaml(manager, g, guarantee(g, id));
    assertThat(put.status()).as(put.text()).isEqualTo(201);
    return new Customer(id, g, tokens.issue(id, Role.CUSTOMER_USER, "tests").token());
  }

  /** Network availability counted from the monitor's detection; force majeure excluded. */
  private static String guarantee(String id, String customer) {
    return """
        id: %s
        version: 1
        provider: {id: example-idc, name: Example Data Centre}
        customer: {id: %s}
        services: [network]
        valid: {from: 2026-01-01, to: 2026-12-31}
        zone: Asia/Shanghai
        exclusions:
          causes: [force_majeure]
        commitments:
          - id: availability
            kind: availability
            service: network
            min_percent: 99.9
            max_downtime: 44m
            count_from: detection
        """
        .formatted(id, customer);
  }

  private JsonNode report(Customer c) {
    Answer a =
        api.get(
            c.token(),
            c.path(
                "/reports/2026-10?guarantee="
                    + c.guarantee()
                    + "&as_of="
                    + URLEncoder.encode("2026-11-01T00:00+08:00", StandardCharsets.UTF_8)));
    assertThat(a.status()).as(a.text()).isEqualTo(200);
    return a.body();
  }

  private JsonNode availability(JsonNode report) {
    for (JsonNode commitment : report.get("commitments")) {
      if (commitment.get("id").asString().equals("availability")) {
        return commitment;
      }
    }
    throw new AssertionError("no availability commitment in " + report);
  }

  private int rows(String customer) {
    return db.sql("select count(*) from outage where customer_id = :c")
        .param("c", customer)
        .query(Integer.class)
        .single();
  }

  private static String unique(String prefix) {
    return prefix + "-" + NEXT.incrementAndGet() + "-" + System.nanoTime();
  }

  private static Instant at(JsonNode text) {
    return Instant.parse(text.asString());
  }
}

package dev.pledge.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pledge.evaluation.EvaluationSink;
import dev.pledge.evaluation.GuaranteeEvaluation;
import dev.pledge.event.EventInput;
import dev.pledge.event.EventReader;
import dev.pledge.event.EventSink;
import dev.pledge.guarantee.Guarantee;
import dev.pledge.guarantee.GuaranteeFile;
import dev.pledge.period.Outage;
import dev.pledge.period.ReportingPeriod;
import dev.pledge.report.CsvReportWriter;
import dev.pledge.report.JsonReportWriter;
import dev.pledge.report.ReportWriter;
import dev.pledge.server.Api.Answer;
import dev.pledge.server.access.ApiTokens;
import dev.pledge.server.system.Role;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
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
 * Outages, maintenance windows, measurements, ratings, counts, fulfilments, imports and period
 * reports over HTTP, on a real database: the subclasses run every test on H2 and on PostgreSQL. The
 * reports are checked against the core's evaluation and writers fed the same files directly, as
 * {@code pledge evaluate} is.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"logging.level.root=warn", "spring.main.banner-mode=off"})
abstract class RecordApiTests {

  private static final Path EXAMPLES = Path.of("..", "examples");
  private static final AtomicInteger NEXT = new AtomicInteger();

  @LocalServerPort int port;
  @Autowired JdbcClient db;
  @Autowired ApiTokens tokens;

  /** The provider's service manager. */
  private String manager;

  private Api api;

  @BeforeEach
  void providerToken() {
    api = new Api(port);
    manager = tokens.issue(null, Role.SERVICE_MANAGER, "tests").token();
  }

  // The example months: the API's reports are the core's.

  @Test
  void exampleMonthsImportedGiveTheReportsPledgeEvaluateGives() throws IOException {
    assertSameReports(
        "mail.yaml",
        "acme",
        "mail-2026-10.jsonl",
        "mail-2026-10-delays.csv",
        "mail-2026-10-backups.csv");
    assertSameReports("datacenter-network.yaml", "northwind", "idc-network-2026-10.jsonl");
    assertSameReports("after-sales.yaml", "fabrikam", "after-sales-2026-10.jsonl");
  }

  private void assertSameReports(String guaranteeFile, String customer, String... months)
      throws IOException {
    Path file = EXAMPLES.resolve("guarantees").resolve(guaranteeFile);
    assertSameReports(GuaranteeFile.read(file), Files.readString(file), customer, months);
  }

  /**
   * The IT operations example extends a tier, which extends another: the server reads no files, so
   * the tiers are written out inline; the core reads the example as the command line does.
   */
  @Test
  void exampleMonthOfAGuaranteeExtendingTiersGivesTheSameReportsWithTheTiersInline()
      throws IOException {
    Path file = EXAMPLES.resolve("guarantees").resolve("it-operations.yaml");
    String standard = Files.readString(file.resolveSibling("tiers/it-standard.yaml"));
    String inline =
        """
        id: contoso-it-2026
        customer: {id: contoso, name: {zh: 康拓商贸有限公司, en: Contoso Trading Co.}}
        valid: {from: 2026-01-01, to: 2026-12-31}
        fee: 20000.00 CNY
        """
            + standard
                .replace("template: true\n", "")
                .replace(
                    "title: {zh: IT 运维服务保证书(标准级), en: IT Operations Service Guarantee (Standard)}",
                    "title: {zh: IT 运维服务保证书(高级), en: IT Operations Service Guarantee (Advanced)}")
                .replace("    target: 2h\n", "    target: 1h\n");
    assertThat(inline).doesNotContain("template:").contains("target: 1h").contains("(高级)");
    assertSameReports(GuaranteeFile.read(file), inline, "contoso", "it-operations-2026-10.jsonl");
  }

  private void assertSameReports(Guarantee g, String yaml, String customer, String... months)
      throws IOException {
    assertThat(api.putYaml(manager, g.id(), yaml).status()).isIn(200, 201);
    List<EventInput> inputs = new ArrayList<>();
    for (String month : months) {
      Path events = EXAMPLES.resolve("months").resolve(month);
      inputs.add(EventInput.of(events));
      String format = month.endsWith(".csv") ? "csv" : "jsonl";
      Answer imported =
          api.send(
              manager,
              HttpRequest.newBuilder(
                      api.uri(
                          "/api/customers/"
                              + customer
                              + "/imports?guarantee="
                              + g.id()
                              + "&format="
                              + format))
                  .header("Content-Type", "application/octet-stream")
                  .POST(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(events))));
      assertThat(imported.status()).as(imported.text()).isEqualTo(201);
    }
    ReportingPeriod period = ReportingPeriod.parse("2026-10", g.zone());
    Instant asOf = period.range().endExclusive();
    for (String format : List.of("json", "csv")) {
      Answer report =
          api.get(
              manager,
              "/api/customers/"
                  + customer
                  + "/reports/2026-10?guarantee="
                  + g.id()
                  + "&format="
                  + format
                  + "&as_of="
                  + encode(asOf.toString()));
      assertThat(report.status()).as(report.text()).isEqualTo(200);
      assertThat(report.contentType())
          .startsWith(format.equals("csv") ? "text/csv" : "application/json");
      assertThat(report.text())
          .as(g.id() + " " + format)
          .isEqualTo(coreReport(g, period, asOf, inputs, format));
    }
  }

  /** What {@code pledge evaluate --format json|csv} prints for the same files. */
  static String coreReport(
      Guarantee g, ReportingPeriod period, Instant asOf, List<EventInput> inputs, String format) {
    StringWriter text = new StringWriter();
    PrintWriter out = new PrintWriter(text);
    ReportWriter writer =
        format.equals("csv")
            ? new CsvReportWriter(out, g.zone())
            : new JsonReportWriter(out, g, period, asOf);
    GuaranteeEvaluation e = new GuaranteeEvaluation(g, period, asOf, writer::ticket);
    EventReader.strict().readAll(inputs, sink(e));
    writer.finish(e.report());
    out.flush();
    return text.toString();
  }

  /** Feeds an evaluation as the command line does. */
  private static EventSink sink(GuaranteeEvaluation e) {
    return new EvaluationSink(e);
  }

  // Outages

  @Test
  void customerReportsAnOutageTheProviderRestoresAndCorrectsAndTheReportFollows() {
    Customer c = customer();
    Answer reported =
        api.post(
            c.token(),
            c.path("/outages"),
            """
            {"id": "OUT-1", "guarantee": "%s", "service": "network",
             "reported_at": "2026-10-08T10:00+08:00", "cause": "fibre cut"}
            """
                .formatted(c.guarantee()),
            null);
    assertThat(reported.status()).as(reported.text()).isEqualTo(201);
    assertThat(reported.body().get("started_by").asString()).isEqualTo("customer");
    assertThat(reported.body().get("restored_at").isNull()).isTrue();

    Answer restored =
        api.post(
            manager,
            c.path("/outages/OUT-1/restoration"),
            "{\"restored_at\": \"2026-10-08T11:00+08:00\"}",
            null);
    assertThat(restored.status()).as(restored.text()).isEqualTo(200);
    assertThat(at(restored.body().get("restored_at").asString()))
        .isEqualTo(at("2026-10-08T11:00+08:00"));
    assertProblem(
        api.post(
            manager,
            c.path("/outages/OUT-1/restoration"),
            "{\"restored_at\": \"2026-10-08T12:00+08:00\"}",
            null),
        409,
        "restored_at");

    // A report as of the end of the month: 60 minutes down, then corrected to 30.
    Outage before =
        new Outage(
            "OUT-1",
            "network",
            null,
            at("2026-10-08T10:00+08:00"),
            at("2026-10-08T11:00+08:00"),
            "fibre cut");
    assertThat(report(c, "json")).isEqualTo(coreReport(c, List.of(before)));

    Answer corrected =
        api.post(
            manager,
            c.path("/outages/OUT-1/corrections"),
            "{\"field\": \"reported_at\", \"at\": \"2026-10-08T10:30+08:00\"}",
            null);
    assertThat(corrected.status()).as(corrected.text()).isEqualTo(200);
    JsonNode correction = corrected.body().get("corrections").get(0);
    assertThat(correction.get("field").asString()).isEqualTo("reported_at");
    assertThat(at(correction.get("from").asString())).isEqualTo(at("2026-10-08T10:00+08:00"));
    Outage after =
        new Outage(
            "OUT-1",
            "network",
            null,
            at("2026-10-08T10:30+08:00"),
            at("2026-10-08T11:00+08:00"),
            "fibre cut");
    assertThat(report(c, "json")).isEqualTo(coreReport(c, List.of(after)));

    // A correction that would end it before it began changes nothing.
    assertProblem(
        api.post(
            manager,
            c.path("/outages/OUT-1/corrections"),
            "{\"field\": \"restored_at\", \"at\": \"2026-10-08T09:00+08:00\"}",
            null),
        400,
        "at");
    Answer read = api.get(c.token(), c.path("/outages/OUT-1"));
    assertThat(read.status()).isEqualTo(200);
    assertThat(at(read.body().get("restored_at").asString()))
        .isEqualTo(at("2026-10-08T11:00+08:00"));
    assertThat(read.body().get("corrections").size()).isEqualTo(1);
    assertThat(api.get(c.token(), c.path("/outages")).body().size()).isEqualTo(1);
  }

  @Test
  void concurrentRequestsForOneIdStoreItOnceAndTheOthersConflict() throws Exception {
    Customer c = customer();
    String body =
        """
        {"id": "OUT-1", "guarantee": "%s", "service": "network", "detected_at": "2026-10-08T10:00+08:00"}
        """
            .formatted(c.guarantee());
    List<Callable<Integer>> calls = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      calls.add(() -> api.post(manager, c.path("/outages"), body, null).status());
    }
    List<Integer> statuses = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      for (Future<Integer> f : pool.invokeAll(calls)) {
        statuses.add(f.get());
      }
    } finally {
      pool.shutdown();
    }
    assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 409);
    assertThat(rows("outage", c.id())).isEqualTo(1);
  }

  @Test
  void outageInputIsCheckedFieldByFieldAndNothingIsStored() {
    Customer c = customer();
    String base =
        """
        {"id": "OUT-9", "guarantee": "%s", "service": "network", "detected_at": "2026-10-08T10:00+08:00"}
        """
            .formatted(c.guarantee());
    assertProblem(
        api.post(manager, c.path("/outages"), base.replace("\"network\"", "\"mail\""), null),
        400,
        "service");
    assertProblem(
        api.post(manager, c.path("/outages"), base.replace("+08:00", ""), null),
        400,
        "detected_at");
    assertProblem(
        api.post(
            manager, c.path("/outages"), base.replace("\"detected_at\"", "\"restored_at\""), null),
        400,
        "reported_at");
    assertProblem(
        api.post(manager, c.path("/outages"), base.replace(c.guarantee(), "nope"), null),
        400,
        "guarantee");
    // A customer reports; detection is the provider's monitor's.
    assertProblem(api.post(c.token(), c.path("/outages"), base, null), 400, "detected_at");
    assertProblem(
        api.post(manager, c.path("/outages"), base.replace("\"id\"", "\"idd\""), null), 400, "idd");
    assertThat(rows("outage", c.id())).isZero();
  }

  // Maintenance

  @Test
  void providerPlansMaintenanceAndTheCustomerApprovesIt() {
    Customer c = customer();
    Answer planned = api.post(manager, c.path("/maintenance"), maintenance(c, "MW-1"), null);
    assertThat(planned.status()).as(planned.text()).isEqualTo(201);
    assertThat(planned.body().get("approval").asString()).isEqualTo("pending");

    Answer approved =
        api.post(c.token(), c.path("/maintenance/MW-1/decision"), "{\"approved\": true}", null);
    assertThat(approved.status()).as(approved.text()).isEqualTo(200);
    assertThat(approved.body().get("approval").asString()).isEqualTo("approved");
    assertThat(api.get(c.token(), c.path("/maintenance")).body().get(0).get("approval").asString())
        .isEqualTo("approved");

    // A manager may decide on the customer's behalf; an agent may not.
    Answer refused =
        api.post(manager, c.path("/maintenance/MW-1/decision"), "{\"approved\": false}", null);
    assertThat(refused.body().get("approval").asString()).isEqualTo("refused");
    assertThat(
            api.post(
                    token(Role.AGENT, null),
                    c.path("/maintenance/MW-1/decision"),
                    "{\"approved\": true}",
                    null)
                .status())
        .isEqualTo(403);
    assertThat(api.post(c.token(), c.path("/maintenance"), maintenance(c, "MW-2"), null).status())
        .isEqualTo(403);
    assertProblem(
        api.post(c.token(), c.path("/maintenance/MW-1/decision"), "{}", null), 400, "approved");
    assertProblem(
        api.post(
            manager,
            c.path("/maintenance"),
            maintenance(c, "MW-3").replace("03:00", "00:30"),
            null),
        400,
        "end");
    assertThat(rows("maintenance_window", c.id())).isEqualTo(1);
  }

  // Measurements, ratings, counts, fulfilments

  @Test
  void measurementsArriveInBatchesStoredWholeOrNotAtAll() {
    Customer c = customer();
    String batch =
        """
        {"guarantee": "%s", "measurements": [
          {"id": "msg-1", "at": "2026-10-09T10:00:07+08:00", "metric": "delivery_delay", "value": 0.80, "unit": "s"},
          {"id": "msg-2", "at": "2026-10-09T10:00:09.250+08:00", "metric": "delivery_delay", "value": "61", "unit": "s"}
        ]}
        """
            .formatted(c.guarantee());
    assertProblem(
        api.post(
            manager, c.path("/measurements"), batch.replace(", \"unit\": \"s\"}\n]", "}\n]"), null),
        400,
        "measurements[1].unit");
    assertThat(rows("measurement", c.id())).isZero();

    Answer stored = api.post(manager, c.path("/measurements"), batch, null);
    assertThat(stored.status()).as(stored.text()).isEqualTo(201);
    assertThat(stored.body().get("stored").size()).isEqualTo(2);
    JsonNode list = api.get(c.token(), c.path("/measurements")).body();
    assertThat(list.get(0).get("value").decimalValue()).isEqualByComparingTo("0.80");
    // Exact, as given: 0.80 stays 0.80.
    assertThat(api.get(c.token(), c.path("/measurements")).text()).contains("\"value\":0.80,");
    assertProblem(
        api.post(manager, c.path("/measurements"), batch, null), 409, "measurements[0].id");
  }

  @Test
  void aTicketIsRatedOnceByTheCustomerOrAnAgent() {
    Customer c = customer();
    String ticket = openTicket(c);
    String rating =
        """
        {"guarantee": "%s", "ticket": "%s", "at": "2026-10-06T08:15+08:00", "score": 4, "scale": 5}
        """
            .formatted(c.guarantee(), ticket);
    assertProblem(
        api.post(
            c.token(), c.path("/ratings"), rating.replace("\"score\": 4", "\"score\": 6"), null),
        400,
        "score");
    assertProblem(
        api.post(c.token(), c.path("/ratings"), rating.replace(ticket, "no-such"), null),
        400,
        "ticket");
    assertThat(api.post(token(Role.API_CLIENT, null), c.path("/ratings"), rating, null).status())
        .isEqualTo(403);
    // The work is rated once it is done: the problem says where the ticket stands.
    Answer early = api.post(c.token(), c.path("/ratings"), rating, null);
    assertProblem(early, 409, "ticket");
    assertThat(early.body().get("detail").asString())
        .isEqualTo(
            "ticket '"
                + ticket
                + "' is open; a ticket is rated once it is resolved or closed: record its resolved"
                + " event first");
    resolve(ticket);
    Answer rated = api.post(c.token(), c.path("/ratings"), rating, null);
    assertThat(rated.status()).as(rated.text()).isEqualTo(201);
    assertThat(rated.body().get("id").asString()).isEqualTo(ticket);
    assertProblem(api.post(manager, c.path("/ratings"), rating, null), 409, "ticket");
    Answer survey =
        api.post(
            token(Role.AGENT, null),
            c.path("/ratings"),
            """
            {"id": "survey-1", "guarantee": "%s", "at": "2026-10-21T17:00+08:00", "score": "3.5", "scale": 5}
            """
                .formatted(c.guarantee()),
            null);
    assertThat(survey.status()).as(survey.text()).isEqualTo(201);
    assertThat(api.get(c.token(), c.path("/ratings")).body().size()).isEqualTo(2);
  }

  @Test
  void countsAndFulfilmentsAreCheckedAgainstTheGuarantee() {
    Customer c = customer();
    String count =
        """
        {"id": "bill-10", "guarantee": "%s", "at": "2026-10-31T23:00+08:00", "metric": "billing", "count": 5, "out_of": 200000}
        """
            .formatted(c.guarantee());
    assertProblem(
        api.post(manager, c.path("/counts"), count.replace("200000", "4"), null), 400, "out_of");
    assertThat(api.post(manager, c.path("/counts"), count, null).status()).isEqualTo(201);

    String fulfilment =
        """
        {"id": "report-10", "guarantee": "%s", "obligation": "monthly-report", "at": "2026-11-03T10:00+08:00",
         "covering": "2026-10", "note": "sent to it@example.com"}
        """
            .formatted(c.guarantee());
    assertProblem(
        api.post(
            manager, c.path("/fulfilments"), fulfilment.replace("monthly-report", "weekly"), null),
        400,
        "obligation");
    assertProblem(
        api.post(
            manager, c.path("/fulfilments"), fulfilment.replace("2026-10\"", "October\""), null),
        400,
        "covering");
    assertThat(rows("fulfilment", c.id())).isZero();
    Answer fulfilled = api.post(manager, c.path("/fulfilments"), fulfilment, null);
    assertThat(fulfilled.status()).as(fulfilled.text()).isEqualTo(201);
    assertThat(api.get(c.token(), c.path("/fulfilments")).body().get(0).get("covering").asString())
        .isEqualTo("2026-10");
    // The report counts it: the October report was delivered by the 5th.
    assertThat(report(c, "json")).contains("\"id\":\"monthly-report\"");
  }

  // Ticket comments and severity changes

  @Test
  void commentsAndSeverityChangesGoOnTheTimelineAndLeaveTheClocksAlone() {
    Customer c = customer();
    String ticket = openTicket(c);
    Answer comment =
        api.post(
            c.token(),
            "/api/tickets/" + ticket + "/comments",
            "{\"at\": \"2026-10-05T10:06+08:00\", \"text\": \"still down\"}",
            null);
    assertThat(comment.status()).as(comment.text()).isEqualTo(201);
    assertThat(comment.body().get("event").asString()).isEqualTo("commented");
    assertThat(
            api.post(
                    c.token(),
                    "/api/tickets/" + ticket + "/severity",
                    "{\"severity\": \"sev2\"}",
                    null)
                .status())
        .isEqualTo(403);
    assertProblem(
        api.post(manager, "/api/tickets/" + ticket + "/severity", "{\"severity\": \"sev9\"}", null),
        400,
        "severity");
    assertProblem(
        api.post(manager, "/api/tickets/" + ticket + "/comments", "{\"text\": \" \"}", null),
        400,
        "text");
    String clocks =
        api.get(manager, "/api/tickets/" + ticket + "/sla?asOf=" + encode("2026-10-05T10:30+08:00"))
            .text();
    Answer changed =
        api.post(
            manager,
            "/api/tickets/" + ticket + "/severity",
            "{\"at\": \"2026-10-05T10:07+08:00\", \"severity\": \"sev2\"}",
            null);
    assertThat(changed.status()).as(changed.text()).isEqualTo(201);
    assertThat(changed.body().get("event").asString()).isEqualTo("severity_changed");
    assertThat(changed.body().get("reason").asString()).isEqualTo("sev2");
    assertThat(
            api.get(
                    manager,
                    "/api/tickets/" + ticket + "/sla?asOf=" + encode("2026-10-05T10:30+08:00"))
                .text())
        .isEqualTo(clocks);
    assertThat(
            api.post(
                    manager, "/api/tickets/" + c.id() + "-none/comments", "{\"text\": \"x\"}", null)
                .status())
        .isEqualTo(404);
  }

  // Imports

  @Test
  void aFileWithBadLinesIsRefusedWithEveryProblemAndNothingIsStored() {
    Customer c = customer();
    String file =
        """
        {"kind": "outage", "id": "OUT-1", "service": "network", "detected_at": "2026-10-03T10:00+08:00"}
        {"kind": "outage", "id": "OUT-2", "service": "network", "detected_at": "2026-10-03 10:00"}
        {"kind": "rating", "id": "R-1", "at": "2026-10-03T10:00+08:00", "score": 6, "scale": 5}
        """;
    Answer refused = importJsonl(manager, c, file, null);
    assertThat(refused.status()).as(refused.text()).isEqualTo(422);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    JsonNode problems = refused.body().get("problems");
    assertThat(problems.size()).isEqualTo(2);
    assertThat(problems.get(0).get("line").asInt()).isEqualTo(2);
    assertThat(problems.get(0).get("field").asString()).isEqualTo("detected_at");
    assertThat(problems.get(1).get("line").asInt()).isEqualTo(3);
    assertThat(problems.get(1).get("field").asString()).isEqualTo("score");
    assertThat(rows("outage", c.id())).isZero();

    String good = file.lines().limit(1).findFirst().orElseThrow() + "\n";
    assertThat(importJsonl(manager, c, good, null).status()).isEqualTo(201);
    // Stored ids are refused too, whole.
    Answer again = importJsonl(manager, c, good + good.replace("OUT-1", "OUT-3"), null);
    assertThat(again.status()).isEqualTo(422);
    assertThat(again.body().get("problems").get(0).get("field").asString()).isEqualTo("id");
    assertThat(rows("outage", c.id())).isEqualTo(1);
    assertProblem(
        api.send(
            manager,
            "POST",
            c.path("/imports?guarantee=" + c.guarantee()),
            "application/octet-stream",
            good,
            null),
        400,
        "format");
  }

  @Test
  void problemsOnlyTheServerFindsCarryTheLineOfTheirRecord() {
    Customer c = customer();
    String stored = openTicket(c);
    int tickets = ticketRows(c);
    String tooLong = "O-" + "x".repeat(199); // 201 characters; ids keep 200
    String file =
        """
        {"kind": "outage", "id": "OUT-1", "service": "network", "detected_at": "2026-10-03T10:00+08:00"}
        {"kind": "count", "id": "c-1", "at": "2026-10-31T23:00+08:00", "metric": "b", "count": 1, "out_of": 2}
        {"kind": "outage", "id": "%s", "service": "network", "detected_at": "2026-10-04T10:00+08:00"}
        {"kind": "outage", "id": "OUT-4", "service": "network", "detected_at": "2026-10-05T10:00+08:00"}
        {"kind": "ticket", "id": "%s", "service": "network", "type": "incident", "timeline": [{"at": "2026-10-05T10:05+08:00", "event": "reported"}]}
        """
            .formatted(tooLong, stored);
    Answer refused = importJsonl(manager, c, file, null);
    assertLinesAndFields(refused, "3 id", "5 id");
    assertThat(refused.body().get("problems").get(1).get("text").asString())
        .isEqualTo(
            "request body line 5: field 'id': ticket '"
                + stored
                + "' is already stored; give each ticket its own id");
    assertThat(rows("outage", c.id())).isZero();
    assertThat(rows("count_sample", c.id())).isZero();
    assertThat(ticketRows(c)).isEqualTo(tickets);
  }

  @Test
  void problemsOnlyTheServerFindsInACsvFileCarryThePhysicalLineAfterTheHeader() {
    Customer c = customer();
    String storedFirst =
        "{\"kind\": \"outage\", \"id\": \"OUT-S\", \"service\": \"network\", \"detected_at\": \"2026-10-02T10:00+08:00\"}\n";
    assertThat(importJsonl(manager, c, storedFirst, null).status()).isEqualTo(201);
    String csv =
        """
        id,service,detected_at
        OUT-1,network,2026-10-03T10:00+08:00
        OUT-2,network,2026-10-03T11:00+08:00
        %s,network,2026-10-04T10:00+08:00
        OUT-4,network,2026-10-05T10:00+08:00
        OUT-S,network,2026-10-06T10:00+08:00
        """
            .formatted("O-" + "x".repeat(199));
    Answer refused =
        api.send(
            manager, "POST", c.path("/imports?guarantee=" + c.guarantee()), "text/csv", csv, null);
    // The header is line 1: the third record is on line 4, the fifth on line 6.
    assertLinesAndFields(refused, "4 id", "6 id");
    assertThat(rows("outage", c.id())).isEqualTo(1);
  }

  /** A 422 whose problems are exactly these, each written "line field". */
  private static void assertLinesAndFields(Answer a, String... lineAndField) {
    assertThat(a.status()).as(a.text()).isEqualTo(422);
    List<String> got = new ArrayList<>();
    a.body()
        .get("problems")
        .forEach(p -> got.add(p.get("line").asInt() + " " + p.get("field").asString()));
    assertThat(got).as(a.text()).containsExactly(lineAndField);
  }

  private int ticketRows(Customer c) {
    return db.sql("select count(*) from ticket where customer_id = :c")
        .param("c", c.id())
        .query(Integer.class)
        .single();
  }

  // Every write: idempotent, and confined to the caller's own customer.

  /** One write of each endpoint for customer {@code c}, and the table and row count it adds. */
  private List<Write> writes(Customer c, String ticket) {
    String g = c.guarantee();
    return List.of(
        new Write(
            c.path("/outages"),
            "{\"id\": \"O-1\", \"guarantee\": \"%s\", \"service\": \"network\", \"detected_at\": \"2026-10-08T10:00+08:00\"}"
                .formatted(g),
            "outage"),
        new Write(
            c.path("/outages/O-1/restoration"),
            "{\"restored_at\": \"2026-10-08T11:00+08:00\"}",
            null),
        new Write(
            c.path("/outages/O-1/corrections"),
            "{\"field\": \"detected_at\", \"at\": \"2026-10-08T10:01+08:00\"}",
            "outage_correction"),
        new Write(c.path("/maintenance"), maintenance(c, "MW-1"), "maintenance_window"),
        new Write(c.path("/maintenance/MW-1/decision"), "{\"approved\": true}", null),
        new Write(
            c.path("/measurements"),
            "{\"guarantee\": \"%s\", \"measurements\": [{\"id\": \"m-1\", \"at\": \"2026-10-09T10:00+08:00\", \"metric\": \"delay\", \"value\": 1, \"unit\": \"s\"}]}"
                .formatted(g),
            "measurement"),
        new Write(
            c.path("/ratings"),
            "{\"guarantee\": \"%s\", \"ticket\": \"%s\", \"at\": \"2026-10-06T08:15+08:00\", \"score\": 4, \"scale\": 5}"
                .formatted(g, ticket),
            "rating"),
        new Write(
            c.path("/counts"),
            "{\"id\": \"c-1\", \"guarantee\": \"%s\", \"at\": \"2026-10-31T23:00+08:00\", \"metric\": \"billing\", \"count\": 1, \"out_of\": 9}"
                .formatted(g),
            "count_sample"),
        new Write(
            c.path("/fulfilments"),
            "{\"id\": \"f-1\", \"guarantee\": \"%s\", \"obligation\": \"monthly-report\", \"at\": \"2026-11-03T10:00+08:00\"}"
                .formatted(g),
            "fulfilment"),
        new Write(
            "/api/tickets/" + ticket + "/comments",
            "{\"at\": \"2026-10-05T10:06+08:00\", \"text\": \"noted\"}",
            "timeline_event"),
        new Write(
            "/api/tickets/" + ticket + "/severity",
            "{\"at\": \"2026-10-05T10:07+08:00\", \"severity\": \"sev2\"}",
            "timeline_event"));
  }

  private record Write(String path, String body, String table) {}

  /** A customer's user reports outages, rates, decides on maintenance and comments on tickets. */
  private static boolean customerUserMay(String path) {
    return path.endsWith("/outages")
        || path.endsWith("/ratings")
        || path.endsWith("/decision")
        || path.endsWith("/comments");
  }

  /** An API client (a monitor, a ticket tool) records everything but maintenance and ratings. */
  /** What an API client bound to a customer may call (imports are the provider's alone). */
  private static boolean apiClientMay(String path) {
    return !path.contains("/maintenance")
        && !path.endsWith("/ratings")
        && !path.contains("/imports");
  }

  @Test
  void everyWriteIsDoneOncePerIdempotencyKey() {
    Customer c = customer();
    String ticket = resolvedTicket(c);
    for (Write w : writes(c, ticket)) {
      String key = unique("key");
      int before = w.table() == null ? 0 : rows(w.table(), c.id());
      Answer first = api.post(manager, w.path(), w.body(), key);
      assertThat(first.status()).as(w.path() + ": " + first.text()).isIn(200, 201);
      Answer retry = api.post(manager, w.path(), w.body(), key);
      assertThat(retry.status()).as(w.path()).isEqualTo(first.status());
      assertThat(retry.text()).as(w.path()).isEqualTo(first.text());
      if (w.table() != null) {
        assertThat(rows(w.table(), c.id())).as(w.path()).isEqualTo(before + 1);
      }
      assertProblem(
          api.post(
              manager,
              w.path(),
              w.body().replace("2026-1", "2025-1").replace("true", "false"),
              key),
          409,
          "Idempotency-Key");
    }
    Answer imported =
        importJsonl(
            manager,
            c,
            "{\"kind\": \"count\", \"id\": \"c-9\", \"at\": \"2026-10-31T23:00+08:00\", \"metric\": \"b\", \"count\": 1, \"out_of\": 2}\n",
            "import-key");
    assertThat(imported.status()).as(imported.text()).isEqualTo(201);
    assertThat(
            importJsonl(
                    manager,
                    c,
                    "{\"kind\": \"count\", \"id\": \"c-9\", \"at\": \"2026-10-31T23:00+08:00\", \"metric\": \"b\", \"count\": 1, \"out_of\": 2}\n",
                    "import-key")
                .text())
        .isEqualTo(imported.text());
    assertThat(rows("count_sample", c.id())).isEqualTo(2);
  }

  @Test
  void anotherCustomersIdsAreAnsweredAsUnknownAndNothingChanges() {
    Customer c = customer();
    Customer other = customer();
    String ticket = resolvedTicket(c);
    // The records exist, written by the provider.
    for (Write w : writes(c, ticket)) {
      assertThat(api.post(manager, w.path(), w.body(), null).status()).as(w.path()).isIn(200, 201);
    }
    int outages = rows("outage", c.id());
    int events =
        db.sql("select count(*) from timeline_event where ticket_id = :t")
            .param("t", ticket)
            .query(Integer.class)
            .single();
    String client = token(Role.API_CLIENT, other.id());
    for (Write w : writes(c, ticket)) {
      // Where the role may make the call at all, the other customer's ids are unknown.
      assertThat(api.post(other.token(), w.path(), w.body(), null).status())
          .as("customer user: " + w.path())
          .isEqualTo(customerUserMay(w.path()) ? 404 : 403);
      assertThat(api.post(client, w.path(), w.body(), null).status())
          .as("API client: " + w.path())
          .isEqualTo(apiClientMay(w.path()) ? 404 : 403);
    }
    for (String read :
        List.of(
            "/outages",
            "/outages/O-1",
            "/maintenance",
            "/measurements",
            "/ratings",
            "/counts",
            "/fulfilments",
            "/reports/2026-10?guarantee=" + c.guarantee())) {
      Answer a = api.get(other.token(), c.path(read));
      assertThat(a.status()).as(read + ": " + a.text()).isEqualTo(404);
      assertThat(api.get(other.token(), "/api/customers/no-such-customer" + read).text())
          .isEqualTo(a.text().replace(c.id(), "no-such-customer"));
    }
    assertThat(importJsonl(other.token(), c, "", null).status()).isEqualTo(403);
    assertThat(rows("outage", c.id())).isEqualTo(outages);
    assertThat(rows("outage", other.id())).isZero();
    assertThat(
            db.sql("select count(*) from timeline_event where ticket_id = :t")
                .param("t", ticket)
                .query(Integer.class)
                .single())
        .isEqualTo(events);
    // An API client bound to a customer imports nowhere, its own customer included.
    assertThat(importJsonl(client, c, "", null).status()).isEqualTo(403);
    assertThat(importJsonl(client, other, "", null).status()).isEqualTo(403);
  }

  @Test
  void withoutATokenEveryEndpointIsUnauthorisedAndTheWrongRoleForbidden() {
    Customer c = customer();
    String ticket = resolvedTicket(c);
    for (Write w : writes(c, ticket)) {
      assertThat(api.post(null, w.path(), w.body(), null).status()).as(w.path()).isEqualTo(401);
    }
    assertThat(api.get(null, c.path("/reports/2026-10?guarantee=" + c.guarantee())).status())
        .isEqualTo(401);
    assertThat(api.get(null, c.path("/outages")).status()).isEqualTo(401);
    assertThat(importJsonl(null, c, "", null).status()).isEqualTo(401);
    // A customer's user records neither monitoring data nor provider work.
    for (String path :
        List.of(
            "/outages/O-1/restoration",
            "/outages/O-1/corrections",
            "/maintenance",
            "/measurements",
            "/counts",
            "/fulfilments",
            "/imports?guarantee=" + c.guarantee())) {
      assertThat(api.post(c.token(), c.path(path), "{}", null).status()).as(path).isEqualTo(403);
    }
    assertThat(
            api.post(
                    token(Role.AGENT, null),
                    c.path("/imports?guarantee=" + c.guarantee()),
                    "{}",
                    null)
                .status())
        .isEqualTo(403);
    // Imports carry ticket ids unique across the server, so a client bound to a customer may not
    // import: "already stored" would tell it another customer's ticket ids.
    Answer bound =
        api.post(
            token(Role.API_CLIENT, c.id()),
            c.path("/imports?guarantee=" + c.guarantee()),
            "{}",
            null);
    assertThat(bound.status()).isEqualTo(403);
    assertThat(bound.text()).contains("a token bound to a customer may not import");
  }

  // Reports

  @Test
  void reportAsksForAPeriodAFormatAndAGuaranteeOfTheCustomer() {
    Customer c = customer();
    assertProblem(
        api.get(manager, c.path("/reports/2026-13?guarantee=" + c.guarantee())), 400, "period");
    assertProblem(
        api.get(manager, c.path("/reports/2026-10?guarantee=" + c.guarantee() + "&format=pdf")),
        400,
        "format");
    assertProblem(api.get(manager, c.path("/reports/2026-10")), 400, "guarantee");
    assertProblem(
        api.get(
            manager,
            c.path("/reports/2026-10?guarantee=" + c.guarantee() + "&as_of=2026-10-05T10:00")),
        400,
        "as_of");
    assertThat(api.get(manager, c.path("/reports/2026-10?guarantee=nope")).status()).isEqualTo(404);
    Answer csv =
        api.send(
            c.token(),
            HttpRequest.newBuilder(api.uri(c.path("/reports/2026-10?guarantee=" + c.guarantee())))
                .header("Accept", "text/csv")
                .GET());
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    assertThat(csv.text()).startsWith(CsvReportWriter.HEADER);
  }

  @Test
  void reportOfAPeriodOutsideTheGuaranteesValidityIsRefusedNamingIt() {
    Customer c = customer();
    for (String period : new String[] {"2025-06", "2025", "2027-Q1", "9999"}) {
      Answer refused =
          api.get(c.token(), c.path("/reports/" + period + "?guarantee=" + c.guarantee()));
      assertProblem(refused, 400, "period");
      assertThat(refused.text())
          .contains(
              "period "
                  + period
                  + " is outside the guarantee's validity, 2026-01-01 to 2026-12-31;"
                  + " nothing was promised then");
    }
    assertThat(api.get(c.token(), c.path("/reports/2026?guarantee=" + c.guarantee())).status())
        .isEqualTo(200);
    // Another customer learns nothing, not even that the period is outside the validity.
    Customer other = customer();
    assertThat(
            api.get(other.token(), c.path("/reports/2025-06?guarantee=" + c.guarantee())).status())
        .isEqualTo(404);
    assertThat(
            api.get(other.token(), other.path("/reports/2025-06?guarantee=" + c.guarantee()))
                .status())
        .isEqualTo(404);
  }

  // Helpers

  /** A customer of its own, with a guarantee and a CUSTOMER_USER token. */
  private record Customer(String id, String guarantee, String token) {
    String path(String rest) {
      return "/api/customers/" + id + rest;
    }
  }

  private Customer customer() {
    String id = unique("cust");
    String g = unique("net");
    assertThat(api.putYaml(manager, g, guarantee(g, id)).status()).isEqualTo(201);
    return new Customer(id, g, token(Role.CUSTOMER_USER, id));
  }

  private String token(Role role, String organisation) {
    return tokens.issue(organisation, role, "tests").token();
  }

  /** A network guarantee: response, availability, a monthly report. */
  static String guarantee(String id, String customer) {
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
          sev2: Network degraded
        commitments:
          - id: response
            kind: response
            scope: {types: [incident]}
            target: 15m
          - id: availability
            kind: availability
            service: network
            min_percent: 99.9
            count_from: report
          - id: monthly-report
            kind: obligation
            recurrence: monthly
            due: {day_of_next_month: 5}
        """
        .formatted(id, customer);
  }

  private String openTicket(Customer c) {
    String id = unique("INC");
    Answer opened =
        api.post(
            manager,
            "/api/tickets",
            """
            {"id": "%s", "guarantee": "%s", "service": "network", "type": "incident", "severity": "sev1"}
            """
                .formatted(id, c.guarantee()),
            null);
    assertThat(opened.status()).as(opened.text()).isEqualTo(201);
    api.post(
        manager,
        "/api/tickets/" + id + "/events",
        "{\"at\": \"2026-10-05T10:05+08:00\", \"event\": \"reported\"}",
        null);
    return id;
  }

  /** A ticket opened as {@link #openTicket} does and resolved at 11:00: it may be rated. */
  private String resolvedTicket(Customer c) {
    String id = openTicket(c);
    resolve(id);
    return id;
  }

  private void resolve(String ticket) {
    Answer resolved =
        api.post(
            manager,
            "/api/tickets/" + ticket + "/events",
            "{\"at\": \"2026-10-05T11:00+08:00\", \"event\": \"resolved\"}",
            null);
    assertThat(resolved.status()).as(resolved.text()).isEqualTo(201);
  }

  private static String maintenance(Customer c, String id) {
    return """
        {"id": "%s", "guarantee": "%s", "start": "2026-10-17T01:00+08:00", "end": "2026-10-17T03:00+08:00"}
        """
        .formatted(id, c.guarantee());
  }

  private String report(Customer c, String format) {
    Answer a =
        api.get(
            c.token(),
            c.path(
                "/reports/2026-10?guarantee="
                    + c.guarantee()
                    + "&format="
                    + format
                    + "&as_of="
                    + encode("2026-11-01T00:00+08:00")));
    assertThat(a.status()).as(a.text()).isEqualTo(200);
    return a.text();
  }

  /** The core's JSON report of the customer's guarantee on these outages alone. */
  private static String coreReport(Customer c, List<Outage> outages) {
    Guarantee g = GuaranteeFile.parse(guarantee(c.guarantee(), c.id()), "g.yaml", Path.of("none"));
    ReportingPeriod p = ReportingPeriod.parse("2026-10", g.zone());
    Instant asOf = at("2026-11-01T00:00+08:00");
    StringWriter text = new StringWriter();
    PrintWriter out = new PrintWriter(text);
    JsonReportWriter writer = new JsonReportWriter(out, g, p, asOf);
    GuaranteeEvaluation e = new GuaranteeEvaluation(g, p, asOf, writer::ticket);
    outages.forEach(e::outage);
    writer.finish(e.report());
    out.flush();
    return text.toString();
  }

  private int rows(String table, String customer) {
    if (table.equals("timeline_event")) {
      return db.sql(
              "select count(*) from timeline_event e join ticket t on t.id = e.ticket_id where t.customer_id = :c")
          .param("c", customer)
          .query(Integer.class)
          .single();
    }
    return db.sql("select count(*) from " + table + " where customer_id = :c")
        .param("c", customer)
        .query(Integer.class)
        .single();
  }

  private void assertProblem(Answer a, int status, String field) {
    assertThat(a.status()).as(a.text()).isEqualTo(status);
    assertThat(a.contentType()).startsWith("application/problem+json");
    assertThat(a.body().get("field").asString()).as(a.text()).isEqualTo(field);
  }

  static String unique(String prefix) {
    return prefix + "-" + NEXT.incrementAndGet() + "-" + System.nanoTime();
  }

  private static Instant at(String text) {
    return OffsetDateTime.parse(text).toInstant();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private Answer importJsonl(String token, Customer c, String file, String key) {
    String path = c.path("/imports?guarantee=" + c.guarantee());
    return api.send(token, "POST", path, "application/jsonl", file, key);
  }
}

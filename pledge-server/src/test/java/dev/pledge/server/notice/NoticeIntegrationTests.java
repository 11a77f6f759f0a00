package dev.pledge.server.notice;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import dev.pledge.server.Api;
import dev.pledge.server.access.ApiTokens;
import dev.pledge.server.system.Role;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Warnings, breaches, breach cases and their delivery, from the outside: tickets over HTTP, mail
 * into a real SMTP server (GreenMail), webhooks into a real HTTP server. The server's clock is a
 * {@link TestClock} and polling is driven by the test, so "when" is exact. The subclasses run every
 * test on H2 and on PostgreSQL.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "logging.level.root=warn",
      "logging.level.dev.pledge.server.notice=error",
      "spring.main.banner-mode=off",
      "pledge.notices.polling=false",
      "pledge.notices.first-retry=PT10S",
      "pledge.notices.max-retry=PT1M",
      "pledge.notices.max-attempts=3",
      "pledge.notices.webhook-private-addresses=true" // the test's receiver is on 127.0.0.1
    })
@Import(TestClockConfiguration.class)
abstract class NoticeIntegrationTests {

  @RegisterExtension
  static final GreenMailExtension SMTP =
      new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

  private static final AtomicInteger NEXT = new AtomicInteger();

  @DynamicPropertySource
  static void smtp(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
  }

  @LocalServerPort int port;
  @Autowired ApiTokens tokens;
  @Autowired TestClock clock;
  @Autowired NoticeScheduler scheduler;
  @Autowired Dispatcher dispatcher;
  @Autowired Schedule schedule;
  @Autowired JdbcClient db;

  private final JsonMapper json = JsonMapper.builder().build();
  private Api api;
  private String manager;
  private String agent;

  @BeforeEach
  void setUp() {
    api = new Api(port);
    manager = tokens.issue(null, Role.SERVICE_MANAGER, "tests").token();
    agent = tokens.issue(null, Role.AGENT, "tests").token();
  }

  static String unique(String prefix) {
    return prefix + "-" + NEXT.incrementAndGet() + "-" + System.nanoTime() % 1_000_000;
  }

  /**
   * Shanghai office hours, 09:00–12:00 and 13:30–18:00 on weekdays. Restoration within 2 h of
   * office time with the server's default warnings (75 % and 90 %); resolution within 3 h with the
   * guarantee's own thresholds (50 % and 80 %).
   */
  static String officeGuarantee(String id, String provider, String customer) {
    return """
        id: %s
        version: 1
        provider: {id: %s, name: Provider}
        customer: {id: %s, name: Customer}
        services: [network]
        valid: {from: 2026-01-01, to: 2027-12-31}
        zone: Asia/Shanghai
        calendars:
          office:
            week: {weekdays: [09:00-12:00, 13:30-18:00]}
        severities:
          sev1: Network down
        commitments:
          - id: restore
            kind: restore
            name: {zh: 恢复时间, en: Restoration}
            scope: {types: [incident]}
            target: 2h
            calendar: office
          - id: resolve
            kind: resolve
            name: {zh: 解决时间, en: Resolution}
            scope: {types: [incident]}
            target: 3h
            calendar: office
            thresholds: [50, 80]
        """
        .formatted(id, provider, customer);
  }

  /** Around the clock: response within 15 minutes. */
  static String allDayGuarantee(String id, String provider, String customer) {
    return """
        id: %s
        version: 1
        provider: {id: %s, name: Provider}
        customer: {id: %s, name: Customer}
        services: [network]
        valid: {from: 2026-01-01, to: 2027-12-31}
        zone: Asia/Shanghai
        severities:
          sev1: Network down
        commitments:
          - id: response
            kind: response
            name: {zh: 响应时间, en: Response}
            scope: {types: [incident]}
            target: 15m
            pause_reasons: [awaiting_customer]
        """
        .formatted(id, provider, customer);
  }

  /** Names for one test's parties: nothing another test does reaches their recipients. */
  record Parties(String guarantee, String provider, String customer, String customerToken) {}

  private Parties parties(boolean office) {
    String g = unique("g");
    String provider = unique("prov");
    String customer = unique("cust");
    String yaml =
        office ? officeGuarantee(g, provider, customer) : allDayGuarantee(g, provider, customer);
    assertThat(api.putYaml(manager, g, yaml).status()).isEqualTo(201);
    String token = tokens.issue(customer, Role.CUSTOMER_USER, "customer").token();
    return new Parties(g, provider, customer, token);
  }

  private String email(String token, String organisation, String address, String more) {
    Api.Answer a =
        api.post(
            token,
            "/api/organisations/" + organisation + "/recipients",
            "{\"channel\": \"email\", \"address\": \"%s\"%s}".formatted(address, more));
    assertThat(a.status()).as(a.text()).isEqualTo(201);
    return a.body().get("id").asString();
  }

  @Test
  void warningsAndBreachesFallWhereOfficeTimeReachesEachShareOfTheTarget() {
    Parties p = parties(true);
    clock.set("2026-11-20T16:05+08:00"); // a Friday
    String t = unique("INC");
    api.ticket(manager, t, p.guarantee(), "2026-11-20T16:00+08:00", "reported");

    // Reported Friday 16:00; office time runs until 18:00, then from Monday 09:00.
    // restore, 2 h: 75 % = 90 min → Fri 17:30; 90 % = 108 min → Fri 17:48; due Fri 18:00, still
    //   met all weekend, breached after Mon 09:00.
    // resolve, 3 h: 50 % = 90 min → Fri 17:30; 80 % = 144 min = 2 h Friday + 24 min → Mon 09:24;
    //   due Mon 10:00, breached after it.
    assertThat(pending(t))
        .containsExactly(
            "resolve warning 50 2026-11-20T17:30+08:00",
            "restore warning 75 2026-11-20T17:30+08:00",
            "restore warning 90 2026-11-20T17:48+08:00",
            "restore breach 100 2026-11-23T09:00:00.000001+08:00",
            "resolve warning 80 2026-11-23T09:24+08:00",
            "resolve breach 100 2026-11-23T10:00:00.000001+08:00");
  }

  @Test
  void aPauseHoldsTheNoticesAndTheResumptionMovesThem() {
    Parties p = parties(false);
    clock.set("2026-11-21T10:05+08:00");
    String t = unique("INC");
    api.ticket(manager, t, p.guarantee(), "2026-11-21T10:00+08:00", "reported");
    api.event(manager, t, "2026-11-21T10:05+08:00", "paused", "awaiting_customer");
    assertThat(pending(t)).isEmpty(); // paused short of every threshold: no instant is known

    // 5 of 15 minutes used before the pause; from 10:30, 75 % (11 min 15 s) is 6 min 15 s on,
    // 90 % (13 min 30 s) 8 min 30 s on, and the target 10 min on.
    clock.set("2026-11-21T10:30+08:00");
    api.event(manager, t, "2026-11-21T10:30+08:00", "resumed");
    assertThat(pending(t))
        .containsExactly(
            "response warning 75 2026-11-21T10:36:15+08:00",
            "response warning 90 2026-11-21T10:38:30+08:00",
            "response breach 100 2026-11-21T10:40:00.000001+08:00");
  }

  @Test
  void aTicketRecordedAheadOfItsReportedTimeIsWarnedAndBreachedFromThen() {
    Parties p = parties(false);
    clock.set("2026-11-21T09:00+08:00");
    String t = unique("INC");
    // Entered at 09:00 for a visit booked at 10:00: its response clock starts then, not now.
    api.ticket(manager, t, p.guarantee(), "2026-11-21T10:00+08:00", "reported");

    assertThat(pending(t))
        .containsExactly(
            "response warning 75 2026-11-21T10:11:15+08:00",
            "response warning 90 2026-11-21T10:13:30+08:00",
            "response breach 100 2026-11-21T10:15:00.000001+08:00");

    poll("2026-11-21T10:15:01+08:00");
    assertThat(pending(t)).isEmpty();
    assertThat(api.get(manager, "/api/breach-cases").text()).contains(t);
  }

  @Test
  void eachNoticeIsMailedOnceOnTimeInTheRecipientsLanguageAndZone() throws Exception {
    Parties p = parties(true);
    String desk = p.provider() + "@desk.example";
    String customerMail = p.customer() + "@customer.example";
    email(manager, p.provider(), desk, ", \"locale\": \"zh-CN\"");
    email(p.customerToken(), p.customer(), customerMail, ", \"zone\": \"Europe/Berlin\"");
    clock.set("2026-11-20T16:05+08:00");
    String t = unique("INC");
    api.ticket(manager, t, p.guarantee(), "2026-11-20T16:00+08:00", "reported");

    poll("2026-11-20T17:29:59+08:00");
    assertThat(mailsTo(desk, customerMail)).isEmpty();

    poll("2026-11-20T17:30+08:00");
    List<MimeMessage> first = mailsTo(desk, customerMail);
    assertThat(first).hasSize(4); // two warnings, two recipients
    MimeMessage english = only(first, customerMail, "Restoration");
    assertThat(english.getSubject())
        .isEqualTo(
            "[Pledge] Warning: ticket " + t + ", Restoration (restore) at 75 % of its target");
    assertThat(text(english))
        .contains("Remaining:      30 min")
        .contains("Due:            2026-11-20 11:00:00 +01:00") // 18:00 in Shanghai
        .contains("Breached after: 2026-11-23 02:00:00 +01:00")
        .contains("Times are shown in Europe/Berlin.");
    MimeMessage chinese = only(first, desk, "恢复时间");
    assertThat(chinese.getSubject()).isEqualTo("【Pledge】预警：工单 " + t + " 的「恢复时间」（restore）时限已用 75%");
    assertThat(text(chinese)).contains("剩余：30分").contains("到期：2026-11-20 18:00:00 +08:00");

    // Restored at 17:40: the restoration clock stops, so its 90 % warning and breach never come.
    clock.set("2026-11-20T17:40+08:00");
    api.event(manager, t, "2026-11-20T17:40+08:00", "restored");
    assertThat(pending(t))
        .containsExactly(
            "resolve warning 80 2026-11-23T09:24+08:00",
            "resolve breach 100 2026-11-23T10:00:00.000001+08:00");

    poll("2026-11-23T09:24+08:00");
    assertThat(mailsTo(desk, customerMail)).hasSize(6);
    // Exactly at the deadline the clock is still met; a microsecond later it is breached.
    poll("2026-11-23T10:00+08:00");
    assertThat(mailsTo(desk, customerMail)).hasSize(6);
    poll("2026-11-23T10:00:00.000001+08:00");
    List<MimeMessage> all = mailsTo(desk, customerMail);
    assertThat(all).hasSize(8);
    MimeMessage breach = only(all, customerMail, "Breach");
    assertThat(breach.getSubject())
        .isEqualTo("[Pledge] Breach: ticket " + t + ", Resolution (resolve) is over its target");
    assertThat(text(breach)).contains("Overrun:        less than 1 s").contains("Breach case:");

    // Polling again sends nothing twice.
    poll("2026-11-23T12:00+08:00");
    assertThat(mailsTo(desk, customerMail)).hasSize(8);
    assertThat(pending(t)).isEmpty();
  }

  @Test
  void aBreachOpensACaseTheProviderWorksAndTheCustomerReads() {
    Parties p = parties(false);
    Parties other = parties(false);
    clock.set("2026-11-21T10:00+08:00");
    String t = unique("INC");
    api.ticket(manager, t, p.guarantee(), "2026-11-21T10:00+08:00", "reported");
    String o = unique("INC");
    api.ticket(manager, o, other.guarantee(), "2026-11-21T10:00+08:00", "reported");
    poll("2026-11-21T10:16+08:00");

    Api.Answer mine = api.get(p.customerToken(), "/api/breach-cases");
    assertThat(mine.status()).isEqualTo(200);
    assertThat(mine.body().size()).isEqualTo(1);
    JsonNode c = mine.body().get(0);
    assertThat(c.get("ticket").asString()).isEqualTo(t);
    assertThat(c.get("commitment").asString()).isEqualTo("response");
    assertThat(instant(c.get("breached_at"))).isEqualTo(at("2026-11-21T10:15+08:00"));
    assertThat(c.get("status").asString()).isEqualTo("open");
    assertThat(c.get("customer_notice").asString()).startsWith("[Pledge] Breach: ticket " + t);
    // The same notice in Chinese, for the case's Chinese readers, whatever language mails went in.
    assertThat(c.get("customer_notice_zh").asString()).startsWith("【Pledge】违约：工单 " + t);
    String id = c.get("id").asString();
    String theirs =
        api.get(other.customerToken(), "/api/breach-cases").body().get(0).get("id").asString();

    // Another customer's case answers exactly like an unknown one, and cannot be changed.
    Api.Answer foreign = api.get(p.customerToken(), "/api/breach-cases/" + theirs);
    Api.Answer unknown = api.get(p.customerToken(), "/api/breach-cases/no-such-case");
    assertThat(foreign.status()).isEqualTo(404);
    assertThat(foreign.body().get("title")).isEqualTo(unknown.body().get("title"));
    assertThat(
            api.patch(p.customerToken(), "/api/breach-cases/" + id, "{\"status\": \"closed\"}")
                .status())
        .isEqualTo(403);
    assertThat(api.get(null, "/api/breach-cases").status()).isEqualTo(401);
    assertThat(api.get(null, "/api/breach-cases/" + id).status()).isEqualTo(401);
    assertThat(api.get(null, "/api/notices").status()).isEqualTo(401);

    Api.Answer bad = api.patch(agent, "/api/breach-cases/" + id, "{\"status\": \"done\"}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body().get("field").asString()).isEqualTo("status");
    assertThat(api.get(manager, "/api/breach-cases/" + id).body().get("acknowledged_at").isNull())
        .isTrue();

    clock.set("2026-11-21T11:00+08:00");
    Api.Answer worked =
        api.patch(
            agent,
            "/api/breach-cases/" + id,
            """
            {"cause": "core switch failed", "corrective_action": "spare switch kept on site",
             "action_owner": "network team", "status": "closed"}
            """);
    assertThat(worked.status()).as(worked.text()).isEqualTo(200);
    JsonNode read = api.get(p.customerToken(), "/api/breach-cases/" + id).body();
    assertThat(read.get("corrective_action").asString()).isEqualTo("spare switch kept on site");
    assertThat(read.get("action_owner").asString()).isEqualTo("network team");
    assertThat(read.get("status").asString()).isEqualTo("closed");
    assertThat(instant(read.get("closed_at"))).isEqualTo(at("2026-11-21T11:00+08:00"));
    assertThat(instant(read.get("acknowledged_at"))).isEqualTo(at("2026-11-21T11:00+08:00"));
  }

  @Test
  void anUnacknowledgedBreachEscalatesToTheNextRecipient() throws Exception {
    Parties p = parties(false);
    String desk = p.provider() + "@desk.example";
    String head = p.provider() + "@head.example";
    email(manager, p.provider(), desk, "");
    email(manager, p.provider(), head, ", \"escalation_minutes\": 30");
    clock.set("2026-11-21T10:00+08:00");
    String ignored = unique("INC");
    api.ticket(manager, ignored, p.guarantee(), "2026-11-21T10:00+08:00", "reported");
    String worked = unique("INC");
    api.ticket(manager, worked, p.guarantee(), "2026-11-21T10:00+08:00", "reported");
    poll("2026-11-21T10:16+08:00");
    assertThat(subjects(mailsTo(head))).isEmpty();
    assertThat(subjects(mailsTo(desk))).filteredOn(s -> s.contains("Breach")).hasSize(2);

    String workedCase = caseOf(worked);
    assertThat(
            api.patch(agent, "/api/breach-cases/" + workedCase, "{\"action_owner\": \"ops\"}")
                .status())
        .isEqualTo(200);
    poll("2026-11-21T10:45+08:00");
    assertThat(mailsTo(head)).isEmpty();
    poll("2026-11-21T10:46+08:00"); // 30 minutes after the breach was handled at 10:16
    assertThat(subjects(mailsTo(head)))
        .containsExactly(
            "[Pledge] Escalation: breach of ticket "
                + ignored
                + ", Response (response) is not yet acknowledged");
  }

  @Test
  void warningsWaitForTheRecipientsWorkingHoursBreachesDoNot() throws Exception {
    Parties p = parties(false);
    String office = p.provider() + "@office.example";
    email(
        manager,
        p.provider(),
        office,
        ", \"calendar\": \"zone: Asia/Shanghai\\nweek: {weekdays: [09:00-18:00]}\\n\"");
    clock.set("2026-11-21T22:00+08:00"); // Saturday night
    String t = unique("INC");
    api.ticket(manager, t, p.guarantee(), "2026-11-21T22:00+08:00", "reported");

    poll("2026-11-21T22:12+08:00"); // 75 % of 15 min is 11 min 15 s
    poll("2026-11-21T22:14+08:00"); // 90 % is 13 min 30 s
    assertThat(mailsTo(office)).isEmpty();
    poll("2026-11-21T22:16+08:00"); // the breach goes at once
    assertThat(subjects(mailsTo(office))).containsExactly(breachSubject(t));
    poll("2026-11-23T08:59:59+08:00");
    assertThat(mailsTo(office)).hasSize(1);
    poll("2026-11-23T09:00+08:00"); // Monday morning: the warnings written before the breach
    assertThat(subjects(mailsTo(office)))
        .containsExactlyInAnyOrder(
            breachSubject(t),
            "[Pledge] Warning: ticket " + t + ", Response (response) at 75 % of its target",
            "[Pledge] Warning: ticket " + t + ", Response (response) at 90 % of its target");
  }

  @Test
  void webhooksAreSignedAndRetriedUntilTheyAreTakenOrFailForGood() throws Exception {
    Parties p = parties(false);
    List<String> verified = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger calls = new AtomicInteger();
    String secret = "s3cret-" + p.customer();
    HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext(
        "/flaky",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          String header = exchange.getRequestHeaders().getFirst("Pledge-Signature");
          if (Receiver.verifies(secret, header, body)) {
            verified.add(exchange.getRequestHeaders().getFirst("Pledge-Notice-Id") + " " + body);
          }
          exchange.sendResponseHeaders(calls.incrementAndGet() == 1 ? 500 : 200, -1);
          exchange.close();
        });
    receiver.createContext(
        "/broken",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          exchange.sendResponseHeaders(503, -1);
          exchange.close();
        });
    receiver.start();
    try {
      String base = "http://127.0.0.1:" + receiver.getAddress().getPort();
      webhook(p.customerToken(), p.customer(), base + "/flaky", secret);
      webhook(manager, p.provider(), base + "/broken", "another-secret-of-16");
      clock.set("2026-11-21T10:00+08:00");
      String t = unique("INC");
      api.ticket(manager, t, p.guarantee(), "2026-11-21T10:00+08:00", "reported");

      poll("2026-11-21T10:16+08:00");
      assertThat(calls).hasValue(1);
      JsonNode waiting = notices(p.customerToken(), "pending");
      assertThat(waiting.size()).isEqualTo(1);
      assertThat(waiting.get(0).get("attempts").asInt()).isEqualTo(1);
      assertThat(waiting.get(0).get("last_error").asString()).contains("500");

      poll("2026-11-21T10:17+08:00"); // past the first retry's 10 s and its jitter
      assertThat(calls).hasValue(2);
      assertThat(verified).hasSize(2);
      // The same notice both times, de-duplicable by its id; the signature holds over the body.
      assertThat(verified.get(0)).isEqualTo(verified.get(1));
      JsonNode body = json.readTree(verified.get(1).substring(verified.get(1).indexOf(' ') + 1));
      assertThat(body.get("kind").asString()).isEqualTo("breach");
      assertThat(body.get("ticket").asString()).isEqualTo(t);
      assertThat(body.get("breach_after").asString()).isEqualTo("2026-11-21T10:15+08:00");
      assertThat(body.get("overrun").asString()).isEqualTo("PT1M");
      assertThat(verified.get(1)).startsWith(body.get("id").asString() + " ");
      JsonNode sent = notices(p.customerToken(), "sent");
      assertThat(sent.size()).isEqualTo(1);
      assertThat(sent.get(0).get("attempts").asInt()).isEqualTo(2);

      poll("2026-11-21T10:19+08:00");
      poll("2026-11-21T10:21+08:00");
      JsonNode failed = notices(manager, "failed");
      assertThat(failed.findValuesAsString("address")).contains(base + "/broken");
      assertThat(notices(p.customerToken(), "failed").size()).isZero();
    } finally {
      receiver.stop(0);
    }
  }

  @Test
  void recipientsAreEachOrganisationsOwn() {
    Parties p = parties(false);
    Parties other = parties(false);
    String path = "/api/organisations/" + other.customer() + "/recipients";
    email(other.customerToken(), other.customer(), other.customer() + "@x.example", "");

    Api.Answer look = api.get(p.customerToken(), path);
    Api.Answer add =
        api.post(p.customerToken(), path, "{\"channel\": \"email\", \"address\": \"a@b.example\"}");
    Api.Answer none = api.get(p.customerToken(), "/api/organisations/no-such-org/recipients");
    assertThat(look.status()).isEqualTo(404);
    assertThat(add.status()).isEqualTo(404);
    assertThat(look.body().get("title")).isEqualTo(none.body().get("title"));
    assertThat(api.get(other.customerToken(), path).body().size()).isEqualTo(1);
    assertThat(api.get(manager, path).body().size()).isEqualTo(1);
    assertThat(api.get(null, path).status()).isEqualTo(401);
    assertThat(
            api.post(agent, path, "{\"channel\": \"email\", \"address\": \"a@b.example\"}")
                .status())
        .isEqualTo(403);
    String theirs = api.get(manager, path).body().get(0).get("id").asString();
    assertThat(api.delete(p.customerToken(), path + "/" + theirs).status()).isEqualTo(404);
    assertThat(api.get(manager, path).body().size()).isEqualTo(1);

    Api.Answer badCalendar =
        api.post(
            other.customerToken(),
            path,
            "{\"channel\": \"email\", \"address\": \"c@d.example\","
                + " \"calendar\": \"zone: Mars/Olympus\\nweek: {weekdays: [09:00-18:00]}\\n\"}");
    assertThat(badCalendar.status()).isEqualTo(422);
    assertThat(badCalendar.body().get("problems").get(0).get("line").asInt()).isEqualTo(1);
    Api.Answer badHook =
        api.post(
            other.customerToken(),
            path,
            "{\"channel\": \"webhook\", \"address\": \"http://h.example/x\", \"secret\": \"short\"}");
    assertThat(badHook.status()).isEqualTo(400);
    assertThat(badHook.body().get("field").asString()).isEqualTo("secret");
    Api.Answer listed = api.get(other.customerToken(), path);
    assertThat(listed.body().size()).isEqualTo(1);

    // Sent twice with one Idempotency-Key, a recipient is added once, with the same answer.
    String hook =
        "{\"channel\": \"webhook\", \"address\": \"https://h.example/x\","
            + " \"secret\": \"0123456789abcdef\"}";
    Api.Answer once = api.post(other.customerToken(), path, hook, "r-1");
    Api.Answer again = api.post(other.customerToken(), path, hook, "r-1");
    assertThat(once.status()).isEqualTo(201);
    assertThat(again.text()).isEqualTo(once.text());
    assertThat(api.get(manager, path).body().size()).isEqualTo(2);
    api.delete(other.customerToken(), path + "/" + once.body().get("id").asString());
    assertThat(api.delete(other.customerToken(), path + "/" + theirs).status()).isEqualTo(200);
    assertThat(api.get(manager, path).body().size()).isZero();
  }

  @Test
  void anAddressIsAnOrganisationsRecipientOnce() {
    Parties p = parties(false);
    Parties other = parties(false);
    String path = "/api/organisations/" + p.customer() + "/recipients";
    email(p.customerToken(), p.customer(), "noc@x.example", "");

    for (String twin : new String[] {"noc@x.example", "NOC@X.example", " noc@x.example "}) {
      Api.Answer again =
          api.post(
              p.customerToken(),
              path,
              "{\"channel\": \"email\", \"address\": \"%s\", \"locale\": \"zh-CN\"}"
                  .formatted(twin));
      assertThat(again.status()).as(twin).isEqualTo(409);
      assertThat(again.body().get("field").asString()).isEqualTo("address");
      assertThat(again.body().get("detail").asString()).contains("is already a recipient");
    }
    assertThat(api.get(p.customerToken(), path).body().size()).isEqualTo(1);
    // Another organisation may have the same address; it cannot probe this one's.
    email(other.customerToken(), other.customer(), "noc@x.example", "");
    Api.Answer probe =
        api.post(
            other.customerToken(),
            path,
            "{\"channel\": \"email\", \"address\": \"noc@x.example\"}");
    assertThat(probe.status()).isEqualTo(404);
  }

  @Test
  void anEmailAddressLongerThanMailCarriesIsRefusedNamingIt() {
    Parties p = parties(false);
    String path = "/api/organisations/" + p.customer() + "/recipients";
    String domain = "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(58) + ".example";
    for (String address :
        new String[] {
          "x".repeat(300) + "@x.example",
          "x".repeat(65) + "@x.example",
          "x".repeat(64) + "@" + domain
        }) {
      Api.Answer refused =
          api.post(
              p.customerToken(),
              path,
              "{\"channel\": \"email\", \"address\": \"%s\"}".formatted(address));
      assertThat(refused.status()).as(address).isEqualTo(400);
      assertThat(refused.body().get("field").asString()).isEqualTo("address");
      assertThat(refused.body().get("detail").asString()).contains("are delivered");
    }
    assertThat(api.get(p.customerToken(), path).body().size()).isZero();
    // The limits themselves are accepted.
    email(p.customerToken(), p.customer(), "x".repeat(64) + "@x.example", "");
  }

  @Test
  void aBadInlineCalendarIsAnInvalidCalendarNamingTheField() {
    Parties p = parties(false);
    String path = "/api/organisations/" + p.customer() + "/recipients";
    Api.Answer bad =
        api.post(
            p.customerToken(),
            path,
            "{\"channel\": \"email\", \"address\": \"c@d.example\","
                + " \"calendar\": \"zone: Mars/Olympus\\nweek: {weekdays: [09:00-18:00]}\\n\"}");
    assertThat(bad.status()).isEqualTo(422);
    assertThat(bad.body().get("title").asString()).isEqualTo("Invalid calendar");
    assertThat(bad.body().get("field").asString()).isEqualTo("calendar");
    assertThat(bad.body().get("problems").get(0).get("line").asInt()).isEqualTo(1);
    assertThat(api.get(p.customerToken(), path).body().size()).isZero();
  }

  // --- helpers ---

  private void webhook(String token, String organisation, String url, String secret) {
    Api.Answer a =
        api.post(
            token,
            "/api/organisations/" + organisation + "/recipients",
            "{\"channel\": \"webhook\", \"address\": \"%s\", \"secret\": \"%s\"}"
                .formatted(url, secret));
    assertThat(a.status()).as(a.text()).isEqualTo(201);
    assertThat(a.body().has("secret")).isFalse();
  }

  private JsonNode notices(String token, String status) {
    Api.Answer a = api.get(token, "/api/notices?status=" + status);
    assertThat(a.status()).as(a.text()).isEqualTo(200);
    return a.body();
  }

  private String caseOf(String ticket) {
    for (JsonNode c : api.get(manager, "/api/breach-cases").body()) {
      if (c.get("ticket").asString().equals(ticket)) {
        return c.get("id").asString();
      }
    }
    throw new AssertionError("no breach case for " + ticket);
  }

  private static String breachSubject(String t) {
    return "[Pledge] Breach: ticket " + t + ", Response (response) is over its target";
  }

  /** Moves the server's clock and lets it do what is due: scheduled notices, then the outbox. */
  private void poll(String at) {
    clock.set(at);
    scheduler.pollOnce();
    dispatcher.pollOnce();
  }

  /** The ticket's pending notices as "commitment kind percent instant" in Shanghai time. */
  private List<String> pending(String ticket) {
    return schedule.pendingOf(ticket).stream()
        .map(
            e ->
                e.commitment()
                    + " "
                    + e.kind()
                    + " "
                    + e.percent()
                    + " "
                    + e.at().atOffset(java.time.ZoneOffset.ofHours(8)))
        .toList();
  }

  private static List<MimeMessage> mailsTo(String... addresses) throws MessagingException {
    List<MimeMessage> out = new ArrayList<>();
    for (MimeMessage m : SMTP.getReceivedMessages()) {
      String to = m.getAllRecipients()[0].toString();
      if (Arrays.asList(addresses).contains(to)) {
        out.add(m);
      }
    }
    return out;
  }

  private static MimeMessage only(List<MimeMessage> mails, String to, String subjectPart)
      throws MessagingException {
    List<MimeMessage> found = new ArrayList<>();
    for (MimeMessage m : mails) {
      if (m.getAllRecipients()[0].toString().equals(to) && m.getSubject().contains(subjectPart)) {
        found.add(m);
      }
    }
    assertThat(found).as("mails to " + to + " about " + subjectPart).hasSize(1);
    return found.get(0);
  }

  private static List<String> subjects(List<MimeMessage> mails) throws MessagingException {
    List<String> out = new ArrayList<>();
    for (MimeMessage m : mails) {
      out.add(m.getSubject());
    }
    return out;
  }

  static String text(MimeMessage m) {
    try {
      return (String) m.getContent();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Instant instant(JsonNode node) {
    return Instant.parse(node.asString());
  }

  private static Instant at(String text) {
    return OffsetDateTime.parse(text).toInstant();
  }

  static Duration minutes(int n) {
    return Duration.ofMinutes(n);
  }
}

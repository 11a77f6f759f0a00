package dev.pledge.server;

import static dev.pledge.server.WebSession.followed;
import static dev.pledge.server.WebSession.withoutCsrf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pledge.server.access.ApiTokens;
import dev.pledge.server.access.People;
import dev.pledge.server.breach.BreachCases;
import dev.pledge.server.system.Role;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The pages on which people work breach cases, outages and maintenance windows, over HTTP on a real
 * database: the subclasses run every test on H2 and on PostgreSQL. A customer user gets 404 for
 * another customer's ids, exactly as for unknown ones; the provider's forms answer a customer user
 * 403 whatever the id, because the web chain refuses the role before any id is looked up, so the
 * answer tells nothing about which ids exist.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"logging.level.root=warn", "spring.main.banner-mode=off"})
abstract class PortalWorkIntegrationTests {

  private static final AtomicInteger NEXT = new AtomicInteger();

  @LocalServerPort int port;
  @Autowired JdbcClient db;
  @Autowired ApiTokens tokens;
  @Autowired People people;
  @Autowired BreachCases breachCases;
  @Autowired TransactionTemplate transactions;

  private final HttpClient http = HttpClient.newHttpClient();
  private Portal portal;
  private String manager;
  private Customer a;
  private Customer b;

  @BeforeEach
  void twoCustomers() {
    portal = new Portal(port, people, db);
    manager = tokens.issue(null, Role.SERVICE_MANAGER, "tests").token();
    // Every test signs in from 127.0.0.1: each starts with no failures counted.
    db.sql("delete from sign_in_failure").update();
    a = customer("cust-a");
    b = customer("cust-b");
  }

  // --- breach cases ---

  @Test
  void anAgentWorksABreachCaseAndTheCustomerReadsIt() {
    WebSession agent = portal.signedIn(portal.person(Role.AGENT, null));

    WebSession.Page saved =
        agent.post(
            "/breach-cases/" + a.breachCase(),
            Map.of(
                "cause", "a failed line card",
                "corrective_action", "swap the card and add a spare",
                "action_owner", "network team",
                "status", "closed"),
            true);

    assertThat(saved.status()).isEqualTo(302);
    assertThat(saved.location()).endsWith("/breach-cases/" + a.breachCase() + "?saved");
    assertThat(agent.get(followed(saved)).text())
        .contains("Saved.")
        .contains("swap the card and add a spare");
    assertThat(column(a.breachCase(), "status")).isEqualTo("closed");
    assertThat(column(a.breachCase(), "closed_at")).isNotNull();
    assertThat(portal.audited("breach_case.update", a.breachCase())).isEqualTo(1);
    // The customer reads it all, without a form to change it.
    WebSession customer = portal.signedIn(portal.person(Role.CUSTOMER_USER, a.id()));
    String page = customer.get("/breach-cases/" + a.breachCase()).text();
    assertThat(page)
        .contains("Response breached for " + a.ticket())
        .contains("a failed line card")
        .contains("swap the card and add a spare")
        .contains("network team")
        .contains("closed")
        .doesNotContain("work-case")
        .doesNotContain("响应违约");
    assertThat(customer.get("/breach-cases").text())
        .contains("Response breached for " + a.ticket());
  }

  @Test
  void aChineseReaderSeesACaseByItsCommitmentsNameInTheGuaranteesZone() {
    WebSession customer = portal.signedIn(portal.person(Role.CUSTOMER_USER, a.id(), "zh-CN"));

    String list = customer.get("/breach-cases").text();
    String page = customer.get(ownCase()).text();

    // Breached at 02:20 UTC: 10:20 in Shanghai, the guarantee's zone, as on the ticket pages.
    for (String p : List.of(list, page)) {
      assertThat(p)
          .contains("2026-10-05 10:20:00 +08:00")
          .doesNotContain("+00:00")
          .contains(">故障响应<")
          // The notice in the reader's language, named with the portal's word for a breach.
          .contains("响应违约：" + a.ticket())
          .doesNotContain("Response breached")
          .contains("违约处理");
    }
  }

  @Test
  void aCaseOpenedWithItsNoticeInOneLanguageShowsThatOneToEveryReader() {
    // Cases opened before both languages were kept have no Chinese notice.
    db.sql("update breach_case set customer_notice_zh = null where id = :id")
        .param("id", a.breachCase())
        .update();
    WebSession chinese = portal.signedIn(portal.person(Role.CUSTOMER_USER, a.id(), "zh-CN"));
    assertThat(chinese.get(ownCase()).text()).contains("Response breached for " + a.ticket());
    // Another customer's reader, in either language, still gets the not-found page.
    WebSession other = portal.signedIn(portal.person(Role.CUSTOMER_USER, b.id(), "zh-CN"));
    WebSession.Page theirs = other.get(ownCase());
    assertThat(theirs.status()).isEqualTo(404);
    assertThat(theirs.text()).doesNotContain(a.ticket());
  }

  @Test
  void theProvidersListShowsEachCaseInItsOwnTicketsGuaranteeZone() {
    Customer berlin = customer("cust-berlin", "Europe/Berlin");
    WebSession agent = portal.signedIn(portal.person(Role.AGENT, null));

    String list = agent.get("/breach-cases").text();

    // Breached at 02:20 UTC: 10:20 in Shanghai, 04:20 in Berlin's summer time.
    assertThat(caseRow(list, a))
        .contains(a.ticket())
        .contains("2026-10-05 10:20:00 +08:00")
        .contains(">Fault response<");
    assertThat(caseRow(list, berlin))
        .contains(berlin.ticket())
        .contains("2026-10-05 04:20:00 +02:00")
        .contains(">Fault response<");
  }

  @Test
  void aCustomerUserNeitherSeesAnotherCustomersCaseNorWorksAny() {
    WebSession customer = portal.signedIn(portal.person(Role.CUSTOMER_USER, a.id()));

    WebSession.Page other = customer.get("/breach-cases/" + b.breachCase());
    WebSession.Page none = customer.get("/breach-cases/no-such-case");
    WebSession.Page ownChanged = customer.post(ownCase(), closing(), true);
    WebSession.Page otherChanged =
        customer.post("/breach-cases/" + b.breachCase(), closing(), true);

    assertThat(other.status()).isEqualTo(404);
    assertThat(none.status()).isEqualTo(404);
    assertThat(withoutCsrf(other.text()))
        .isEqualTo(withoutCsrf(none.text()))
        .contains("Nothing you may see is stored here")
        .doesNotContain(b.ticket());
    assertThat(customer.get("/breach-cases").text()).doesNotContain(b.ticket());
    // Working a case is the provider's: refused by role, whichever case it names.
    assertThat(ownChanged.status()).isEqualTo(403);
    assertThat(otherChanged.status()).isEqualTo(403);
    assertThat(column(a.breachCase(), "status")).isEqualTo("open");
    assertThat(column(b.breachCase(), "status")).isEqualTo("open");
  }

  @Test
  void aTextTooLongIsExplainedInThePersonsLanguageAndChangesNothing() {
    WebSession agent = portal.signedIn(portal.person(Role.AGENT, null, "zh-CN"));

    WebSession.Page refused =
        agent.post(
            ownCase(), Map.of("corrective_action", "x".repeat(4001), "status", "open"), true);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.text())
        .contains("未保存任何内容：请检查")
        .contains("此项长 4001 个字符，最多 4000 个。")
        .doesNotContain("characters long");
    assertThat(column(a.breachCase(), "corrective_action")).isNull();
    assertThat(portal.audited("breach_case.update", a.breachCase())).isZero();
  }

  @Test
  void aBadStatusIsShownNamingTheFieldAndChangesNothing() {
    WebSession agent = portal.signedIn(portal.person(Role.AGENT, null));

    WebSession.Page refused =
        agent.post(ownCase(), Map.of("corrective_action", "not stored", "status", "done"), true);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.text())
        .contains("Nothing was saved: check Status.")
        .contains("status &#39;done&#39; is not a breach case status");
    assertThat(column(a.breachCase(), "corrective_action")).isNull();
    assertThat(column(a.breachCase(), "acknowledged_at")).isNull();
    assertThat(portal.audited("breach_case.update", a.breachCase())).isZero();
  }

  @Test
  void aFormWithoutTheCsrfTokenIsRefused() {
    WebSession agent = portal.signedIn(portal.person(Role.AGENT, null));

    WebSession.Page caseChange = agent.post(ownCase(), closing(), false);
    WebSession.Page outage = agent.post("/outages", outageForm(a, "out-x"), false);

    assertThat(caseChange.status()).isEqualTo(403);
    assertThat(outage.status()).isEqualTo(403);
    assertThat(column(a.breachCase(), "status")).isEqualTo("open");
    assertThat(outages(a)).isZero();
  }

  // --- outages ---

  @Test
  void aServiceManagerRecordsAndRestoresAnOutage() {
    WebSession manager = portal.signedIn(portal.person(Role.SERVICE_MANAGER, null));
    String id = unique("out");

    WebSession.Page recorded = manager.post("/outages", outageForm(a, id), true);
    String open = manager.get("/outages?customer=" + a.id()).text();
    WebSession.Page restored =
        manager.post(restoration(a, id), Map.of("restored_at", "2026-10-05T11:30+08:00"), true);

    assertThat(recorded.status()).isEqualTo(302);
    assertThat(recorded.location()).contains("/outages?customer=" + a.id());
    assertThat(open).contains(id).contains("2026-10-05 10:00:00 +08:00").contains("Restore");
    assertThat(restored.status()).isEqualTo(302);
    String page = manager.get(followed(restored)).text();
    assertThat(page)
        .contains("Saved.")
        .contains("2026-10-05 11:30:00 +08:00")
        .contains("1:30:00")
        .contains("restored");
    assertThat(
            db.sql("select restored_at from outage where id = :id")
                .param("id", id)
                .query(java.time.OffsetDateTime.class)
                .single()
                .toInstant())
        .isEqualTo(Instant.parse("2026-10-05T03:30:00Z"));
    assertThat(portal.audited("outage.open", id)).isEqualTo(1);
    assertThat(portal.audited("outage.restore", id)).isEqualTo(1);
  }

  @Test
  void theOutageFormOffersTheExcludedCausesByTheirNamesAndSendsTheirIds() {
    WebSession chinese = portal.signedIn(portal.person(Role.SERVICE_MANAGER, null, "zh-CN"));
    String id = unique("out");
    Map<String, String> form = new LinkedHashMap<>(outageForm(a, id));
    form.put("cause", "force_majeure");

    String page = chinese.get("/outages?customer=" + a.id()).text();
    WebSession.Page recorded = chinese.post("/outages", form, true);

    // The guarantee excludes force majeure: offered in the reader's words, stored as its id.
    assertThat(page).contains("<option value=\"force_majeure\">不可抗力</option>");
    assertThat(recorded.status()).isEqualTo(302);
    assertThat(
            db.sql("select cause from outage where id = :id")
                .param("id", id)
                .query(String.class)
                .single())
        .isEqualTo("force_majeure");
  }

  @Test
  void badOutageInputIsShownNamingTheFieldAndChangesNothing() {
    WebSession agent = portal.signedIn(portal.person(Role.AGENT, null));
    String id = unique("out");
    assertThat(agent.post("/outages", outageForm(a, id), true).status()).isEqualTo(302);
    Map<String, String> noService = new LinkedHashMap<>(outageForm(a, unique("out")));
    noService.remove("service");

    WebSession.Page early =
        agent.post(restoration(a, id), Map.of("restored_at", "2026-10-05T09:00+08:00"), true);
    WebSession.Page missing = agent.post("/outages", noService, true);

    assertThat(early.status()).isEqualTo(400);
    assertThat(early.text()).contains("Nothing was saved: check Restored at.");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.text()).contains("Nothing was saved: check Service.");
    assertThat(
            db.sql("select restored_at from outage where id = :id")
                .param("id", id)
                .query(java.time.OffsetDateTime.class)
                .optional())
        .isEmpty();
    assertThat(outages(a)).isEqualTo(1);
  }

  @Test
  void aCustomerUserSeesItsOwnOutagesOnlyAndCannotRecordOrRestore() {
    String mine = unique("out");
    String theirs = unique("out");
    api("POST", "/api/customers/" + a.id() + "/outages", outageJson(mine, a.guarantee()));
    api("POST", "/api/customers/" + b.id() + "/outages", outageJson(theirs, b.guarantee()));
    WebSession customer = portal.signedIn(portal.person(Role.CUSTOMER_USER, a.id()));

    String list = customer.get("/outages").text();
    WebSession.Page other = customer.get("/outages?customer=" + b.id());
    WebSession.Page none = customer.get("/outages?customer=no-such-customer");

    assertThat(list).contains(mine).doesNotContain(theirs).doesNotContain(b.id());
    assertThat(list).doesNotContain("report-outage").doesNotContain("restored_at");
    assertThat(other.status()).isEqualTo(404);
    assertThat(none.status()).isEqualTo(404);
    assertThat(withoutCsrf(other.text())).isEqualTo(withoutCsrf(none.text()));
    Map<String, String> at = Map.of("restored_at", "2026-10-05T11:00+08:00");
    assertThat(customer.post(restoration(b, theirs), at, true).status()).isEqualTo(403);
    assertThat(customer.post(restoration(a, mine), at, true).status()).isEqualTo(403);
    assertThat(customer.post("/outages", outageForm(a, unique("out")), true).status())
        .isEqualTo(403);
    assertThat(outages(a)).isEqualTo(1);
    assertThat(
            db.sql("select count(*) from outage where id in (:ids) and restored_at is not null")
                .param("ids", List.of(mine, theirs))
                .query(Integer.class)
                .single())
        .isZero();
  }

  // --- maintenance ---

  @Test
  void anAgentAnnouncesAWindowAndTheCustomerApprovesIt() {
    WebSession agent = portal.signedIn(portal.person(Role.AGENT, null));
    String id = unique("mw");

    WebSession.Page announced = agent.post("/maintenance", windowForm(a, id), true);
    String announcedPage = agent.get(followed(announced)).text();
    WebSession customer = portal.signedIn(portal.person(Role.CUSTOMER_USER, a.id()));
    String pending = customer.get("/maintenance").text();
    WebSession.Page approved = customer.post(decision(a, id), Map.of("approved", "true"), true);

    assertThat(announced.status()).isEqualTo(302);
    assertThat(announcedPage)
        .contains(id)
        .contains("awaiting the customer&#39;s decision")
        // An agent announces windows but does not decide them for the customer.
        .doesNotContain("name=\"approved\"");
    assertThat(pending).contains(id).contains("name=\"approved\"").doesNotContain("announce");
    assertThat(approved.status()).isEqualTo(302);
    String after = customer.get(followed(approved)).text();
    assertThat(after).contains("approved").doesNotContain("name=\"approved\"");
    assertThat(window(id, "approval")).isEqualTo("approved");
    assertThat(window(id, "decided_by")).startsWith("person:");
    assertThat(portal.audited("maintenance.plan", id)).isEqualTo(1);
    assertThat(portal.audited("maintenance.decision", id)).isEqualTo(1);
  }

  @Test
  void aDecisionNeitherYesNorNoIsShownNamingTheFieldAndChangesNothing() {
    String mine = unique("mw");
    api("POST", "/api/customers/" + a.id() + "/maintenance", windowJson(mine, a.guarantee()));
    String theirs = unique("mw");
    api("POST", "/api/customers/" + b.id() + "/maintenance", windowJson(theirs, b.guarantee()));
    WebSession customer = portal.signedIn(portal.person(Role.CUSTOMER_USER, a.id()));

    WebSession.Page maybe = customer.post(decision(a, mine), Map.of("approved", "maybe"), true);

    assertThat(maybe.status()).isEqualTo(400);
    assertThat(maybe.text())
        .contains("Nothing was saved: check Decision.")
        .contains("&#39;maybe&#39; is neither yes nor no; approve or refuse the window.");
    assertThat(window(mine, "approval")).isEqualTo("pending");
    assertThat(portal.audited("maintenance.decision", mine)).isZero();
    // Another customer's window is not found, whatever the decision says.
    WebSession.Page other = customer.post(decision(b, theirs), Map.of("approved", "maybe"), true);
    assertThat(other.status()).isEqualTo(404);
    assertThat(other.text()).doesNotContain("maybe");
    assertThat(window(theirs, "approval")).isEqualTo("pending");
    // In Chinese, the page names the field and says what is wrong in Chinese.
    WebSession chinese = portal.signedIn(portal.person(Role.CUSTOMER_USER, a.id(), "zh-CN"));
    WebSession.Page zh = chinese.post(decision(a, mine), Map.of("approved", "maybe"), true);
    WebSession.Page none = chinese.post(decision(a, mine), Map.of("approved", ""), true);
    assertThat(zh.status()).isEqualTo(400);
    assertThat(zh.text())
        .contains("“maybe”既不是批准也不是拒绝；请批准或拒绝该窗口。")
        .doesNotContain("check Decision")
        .doesNotContain("yes nor no");
    assertThat(none.status()).isEqualTo(400);
    assertThat(none.text()).contains("请批准或拒绝该窗口。").doesNotContain("approved is missing");
    assertThat(window(mine, "approval")).isEqualTo("pending");
  }

  @Test
  void aCustomerUserNeitherSeesNorDecidesAnotherCustomersWindow() {
    String theirs = unique("mw");
    api("POST", "/api/customers/" + b.id() + "/maintenance", windowJson(theirs, b.guarantee()));
    WebSession customer = portal.signedIn(portal.person(Role.CUSTOMER_USER, a.id()));
    WebSession agent = portal.signedIn(portal.person(Role.AGENT, null));

    WebSession.Page other = customer.post(decision(b, theirs), Map.of("approved", "true"), true);
    WebSession.Page none =
        customer.post(decision(a, "no-such-window"), Map.of("approved", "true"), true);

    assertThat(customer.get("/maintenance").text()).doesNotContain(theirs);
    assertThat(customer.get("/maintenance?customer=" + b.id()).status()).isEqualTo(404);
    assertThat(other.status()).isEqualTo(404);
    assertThat(none.status()).isEqualTo(404);
    assertThat(withoutCsrf(other.text())).isEqualTo(withoutCsrf(none.text()));
    // Announcing is the provider's; deciding is the customer's (or a manager's), not an agent's.
    assertThat(customer.post("/maintenance", windowForm(a, unique("mw")), true).status())
        .isEqualTo(403);
    assertThat(agent.post(decision(b, theirs), Map.of("approved", "true"), true).status())
        .isEqualTo(403);
    assertThat(window(theirs, "approval")).isEqualTo("pending");
  }

  @Test
  void aWindowEndingBeforeItStartsIsShownNamingTheFieldAndNotStored() {
    WebSession agent = portal.signedIn(portal.person(Role.AGENT, null));
    Map<String, String> backwards = new LinkedHashMap<>(windowForm(a, unique("mw")));
    backwards.put("end", "2026-10-10T00:30+08:00");

    WebSession.Page refused = agent.post("/maintenance", backwards, true);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.text()).contains("Nothing was saved: check End.");
    assertThat(windows(a)).isZero();
  }

  @Test
  void outageAndWindowRefusalsAreExplainedInChineseAndChangeNothing() {
    WebSession chinese = portal.signedIn(portal.person(Role.SERVICE_MANAGER, null, "zh-CN"));
    String id = unique("out");
    assertThat(chinese.post("/outages", outageForm(a, id), true).status()).isEqualTo(302);
    Map<String, String> mail = new LinkedHashMap<>(outageForm(a, unique("out")));
    mail.put("service", "mail");
    Map<String, String> noStart = new LinkedHashMap<>(outageForm(a, unique("out")));
    noStart.put("detected_at", "");
    Map<String, String> theirs = new LinkedHashMap<>(outageForm(a, unique("out")));
    theirs.put("guarantee", b.guarantee());
    Map<String, String> backwards = new LinkedHashMap<>(windowForm(a, unique("mw")));
    backwards.put("end", "2026-10-10T00:30+08:00");

    WebSession.Page service = chinese.post("/outages", mail, true);
    WebSession.Page start = chinese.post("/outages", noStart, true);
    WebSession.Page other = chinese.post("/outages", theirs, true);
    WebSession.Page taken = chinese.post("/outages", outageForm(a, id), true);
    WebSession.Page early =
        chinese.post(restoration(a, id), Map.of("restored_at", "2026-10-05T09:00+08:00"), true);
    WebSession.Page window = chinese.post("/maintenance", backwards, true);

    assertThat(service.text())
        .contains("服务“mail”不在保证“" + a.guarantee() + "”的第 1 版中（该版本在其开始时生效）；其服务有：network。");
    assertThat(start.text()).contains("故障从监控发现或客户报告时开始；请填写这两个时间之一。");
    assertThat(other.text())
        .contains("客户“" + a.id() + "”没有保证“" + b.guarantee() + "”；请从表单提供的保证中选择。");
    assertThat(taken.text()).contains("编号为“" + id + "”的记录已存在；请为每条记录使用不同的编号。");
    assertThat(early.text())
        .contains("恢复时间 2026-10-05T01:00:00Z 早于故障开始时间 2026-10-05T02:00:00Z；故障应在开始之后恢复。");
    assertThat(window.text()).contains("结束时间 2026-10-09T16:30:00Z 早于开始时间 2026-10-09T17:00:00Z。");
    assertThat(taken.status()).isEqualTo(409);
    for (WebSession.Page p : List.of(service, start, other, early, window)) {
      assertThat(p.status()).isEqualTo(400);
    }
    for (WebSession.Page p : List.of(service, start, other, taken, early, window)) {
      assertThat(p.problem()).contains("未保存任何内容：请检查").doesNotContain(" is ");
    }
    assertThat(outages(a)).isEqualTo(1);
    assertThat(outages(b)).isZero();
    assertThat(windows(a)).isZero();
  }

  // --- helpers ---

  /**
   * A customer with a guarantee that names its response in Chinese and English, one reported
   * ticket, and a breach case of that ticket.
   */
  private record Customer(String id, String guarantee, String ticket, String breachCase) {}

  private Customer customer(String prefix) {
    return customer(prefix, "Asia/Shanghai");
  }

  /** A customer as above, whose guarantee is written in the zone. */
  private Customer customer(String prefix, String zone) {
    String id = unique(prefix);
    String g = unique("net");
    String named =
        ApiIntegrationTests.guarantee(g, id)
            .replace("zone: Asia/Shanghai", "zone: " + zone)
            .replace(
                "    kind: response\n",
                "    kind: response\n    name: {zh: 故障响应, en: Fault response}\n");
    api("PUT", "/api/guarantees/" + g, named);
    String t = unique("INC");
    api(
        "POST",
        "/api/tickets",
        """
        {"id": "%s", "guarantee": "%s", "service": "network", "type": "incident",
         "severity": "sev1"}
        """
            .formatted(t, g));
    String breachCase =
        transactions.execute(
            s ->
                breachCases.open(
                    t,
                    id,
                    "response",
                    1,
                    Instant.parse("2026-10-05T02:20:00Z"),
                    "Response breached for " + t,
                    "响应违约：" + t));
    return new Customer(id, g, t, breachCase);
  }

  /** The row of the list that shows the customer's case. */
  private static String caseRow(String list, Customer c) {
    int at = list.indexOf("data-case=\"" + c.breachCase() + "\"");
    assertThat(at).as("a row of " + c.breachCase()).isPositive();
    return list.substring(at, list.indexOf("</tr>", at));
  }

  private String ownCase() {
    return "/breach-cases/" + a.breachCase();
  }

  private static Map<String, String> closing() {
    return Map.of("corrective_action", "closed by the customer", "status", "closed");
  }

  private static Map<String, String> outageForm(Customer c, String id) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("customer", c.id());
    form.put("guarantee", c.guarantee());
    form.put("id", id);
    form.put("service", "network");
    form.put("detected_at", "2026-10-05T10:00+08:00");
    form.put("reported_at", "");
    form.put("cause", "");
    return form;
  }

  private static Map<String, String> windowForm(Customer c, String id) {
    return Map.of(
        "customer",
        c.id(),
        "guarantee",
        c.guarantee(),
        "id",
        id,
        "start",
        "2026-10-10T01:00+08:00",
        "end",
        "2026-10-10T03:00+08:00");
  }

  private static String outageJson(String id, String guarantee) {
    return """
        {"id": "%s", "guarantee": "%s", "service": "network",
         "detected_at": "2026-10-05T10:00+08:00"}
        """
        .formatted(id, guarantee);
  }

  private static String windowJson(String id, String guarantee) {
    return """
        {"id": "%s", "guarantee": "%s", "start": "2026-10-10T01:00+08:00",
         "end": "2026-10-10T03:00+08:00"}
        """
        .formatted(id, guarantee);
  }

  private static String restoration(Customer c, String outage) {
    return "/outages/" + c.id() + "/" + outage + "/restoration";
  }

  private static String decision(Customer c, String window) {
    return "/maintenance/" + c.id() + "/" + window + "/decision";
  }

  private Object column(String breachCase, String column) {
    return db.sql("select " + column + " from breach_case where id = :id")
        .param("id", breachCase)
        .query((rs, n) -> Optional.ofNullable(rs.getObject(1)))
        .single()
        .orElse(null);
  }

  private String window(String id, String column) {
    return db.sql("select " + column + " from maintenance_window where id = :id")
        .param("id", id)
        .query(String.class)
        .single();
  }

  private int windows(Customer c) {
    return db.sql("select count(*) from maintenance_window where customer_id = :c")
        .param("c", c.id())
        .query(Integer.class)
        .single();
  }

  private int outages(Customer c) {
    return db.sql("select count(*) from outage where customer_id = :c")
        .param("c", c.id())
        .query(Integer.class)
        .single();
  }

  /** An API call as the provider's service manager, which must succeed. */
  private void api(String method, String path, String body) {
    String type = method.equals("PUT") ? "application/yaml" : "application/json";
    try {
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                  .header("Authorization", "Bearer " + manager)
                  .header("Content-Type", type)
                  .method(method, HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as(r.body()).isBetween(200, 201);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String unique(String prefix) {
    return prefix + "-" + NEXT.incrementAndGet() + "-" + System.nanoTime();
  }
}

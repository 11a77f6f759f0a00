package dev.pledge.server;

import static dev.pledge.server.WebSession.followed;
import static dev.pledge.server.WebSession.withoutCsrf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pledge.server.access.ApiTokens;
import dev.pledge.server.access.People;
import dev.pledge.server.system.Role;
import java.net.http.HttpRequest;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * People work tickets on the portal's pages over HTTP on a real database (the subclasses run every
 * test on H2 and on PostgreSQL): the forms go through the services the API uses, so what they store
 * is read back through the API. A customer user gets 404 for another customer's ticket, exactly as
 * for an unknown one.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"logging.level.root=warn", "spring.main.banner-mode=off"})
abstract class TicketPagesIntegrationTests {

  private static final AtomicInteger NEXT = new AtomicInteger();

  @LocalServerPort int port;
  @Autowired JdbcClient db;
  @Autowired ApiTokens tokens;
  @Autowired People people;

  private Api api;
  private Portal portal;
  private String manager;
  private Customer a;
  private Customer b;

  @BeforeEach
  void twoCustomers() {
    portal = new Portal(port, people, db);
    api = new Api(port);
    manager = tokens.issue(null, Role.SERVICE_MANAGER, "tests").token();
    // Every test signs in from 127.0.0.1: each starts with no failures counted.
    db.sql("delete from sign_in_failure").update();
    a = customer("cust-a");
    b = customer("cust-b");
  }

  @Test
  void aCustomerUserOpensATicketUnderItsGuaranteeAndComments() {
    WebSession customer = portal.signedIn(portal.person(Role.CUSTOMER_USER, a.id()));

    String form = customer.get("/tickets/new").text();
    WebSession.Page opened = customer.post("/tickets", ticketForm(a), true);

    assertThat(form)
        .contains(a.guarantee())
        .doesNotContain(b.guarantee())
        .doesNotContain("name=\"id\"");
    assertThat(opened.status()).isEqualTo(302);
    String path = followed(opened);
    // Pledge numbers a customer's ticket, as the API does.
    assertThat(path).startsWith("/tickets/" + a.id() + "-");
    String id = path.substring("/tickets/".length(), path.indexOf('?'));
    assertThat(customer.get(path).text())
        .contains("Saved.")
        .contains("Ticket " + id)
        .contains("2026-10-05 10:00:00 +08:00");
    JsonNode ticket = api.get(manager, "/api/tickets/" + id).body();
    assertThat(ticket.get("ticket").get("customer").asString()).isEqualTo(a.id());
    assertThat(ticket.get("ticket").get("severity").asString()).isEqualTo("sev1");
    assertThat(events(ticket)).containsExactly("reported 2026-10-05T02:00:00Z");
    assertThat(portal.audited("ticket.open", id)).isEqualTo(1);

    WebSession.Page commented =
        customer.post(
            "/tickets/" + id + "/comments", Map.of("text", "the whole floor is offline"), true);

    assertThat(commented.status()).isEqualTo(302);
    assertThat(customer.get(followed(commented)).text()).contains("the whole floor is offline");
    assertThat(events(api.get(manager, "/api/tickets/" + id).body()))
        .hasSize(2)
        .last()
        .asString()
        .startsWith("commented ");
    assertThat(portal.audited("ticket.comment", id)).isEqualTo(1);
  }

  @Test
  void anAgentAcknowledgesAndResolvesATicketAndItsClocksStop() {
    String id = reportedTicket(a);
    WebSession agent = portal.signedIn(portal.person(Role.AGENT, null));

    WebSession.Page acknowledged = agent.post(events(id), event("acknowledged", "10:05"), true);
    WebSession.Page resolved = agent.post(events(id), event("resolved", "11:00"), true);

    assertThat(acknowledged.status()).isEqualTo(302);
    assertThat(resolved.status()).isEqualTo(302);
    JsonNode sla = api.get(manager, "/api/tickets/" + id + "/sla").body();
    assertThat(clock(sla, "response").get("state").asString()).isEqualTo("stopped");
    assertThat(clock(sla, "response").get("elapsed").asString()).isEqualTo("PT5M");
    assertThat(clock(sla, "resolve").get("state").asString()).isEqualTo("stopped");
    assertThat(clock(sla, "resolve").get("elapsed").asString()).isEqualTo("PT1H");
    assertThat(agent.get("/tickets/" + id).text()).contains("stopped").doesNotContain("countdown");
    assertThat(portal.audited("ticket.event", id)).isEqualTo(3);
  }

  @Test
  void aPauseWithTheGuaranteesReasonStopsTheResolveClockUntilTheResume() {
    String id = reportedTicket(a);
    WebSession agent = portal.signedIn(portal.person(Role.AGENT, null));
    String page = agent.get("/tickets/" + id).text();

    Map<String, String> pause = new LinkedHashMap<>(event("paused", "10:10"));
    pause.put("reason", "customer_unreachable");
    agent.post(events(id), pause, true);
    agent.post(events(id), event("resumed", "10:40"), true);
    agent.post(events(id), event("resolved", "11:00"), true);

    // The guarantee names its pause reasons: the form offers them to choose from.
    assertThat(page).contains("<option value=\"customer_unreachable\">");
    JsonNode ticket = api.get(manager, "/api/tickets/" + id).body();
    assertThat(events(ticket))
        .contains(
            "paused 2026-10-05T02:10:00Z customer_unreachable", "resumed 2026-10-05T02:40:00Z");
    JsonNode sla = api.get(manager, "/api/tickets/" + id + "/sla").body();
    assertThat(clock(sla, "resolve").get("elapsed").asString()).isEqualTo("PT30M");
  }

  @Test
  void aCustomerUserRatesItsResolvedTicketOnce() {
    String id = reportedTicket(a);
    WebSession customer = portal.signedIn(portal.person(Role.CUSTOMER_USER, a.id()));
    String before = customer.get("/tickets/" + id).text();
    api.event(manager, id, "2026-10-05T11:00+08:00", "resolved");

    WebSession.Page rated = customer.post("/tickets/" + id + "/rating", Map.of("score", "4"), true);
    WebSession.Page again = customer.post("/tickets/" + id + "/rating", Map.of("score", "5"), true);

    assertThat(before).doesNotContain("id=\"rate\"");
    assertThat(rated.status()).isEqualTo(302);
    assertThat(customer.get(followed(rated)).text()).doesNotContain("id=\"rate\"");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.text()).contains("Nothing was saved: check Ticket.");
    JsonNode ratings = api.get(manager, "/api/customers/" + a.id() + "/ratings").body();
    assertThat(ratings).hasSize(1);
    assertThat(ratings.get(0).get("ticket").asString()).isEqualTo(id);
    assertThat(ratings.get(0).get("score").decimalValue()).isEqualByComparingTo("4");
    assertThat(portal.audited("rating.add", id)).isEqualTo(1);
  }

  @Test
  void theNewTicketFormOffersServicesSeveritiesAndCausesByTheirNamesAndSendsTheirIds() {
    WebSession chinese = portal.signedIn(portal.person(Role.CUSTOMER_USER, a.id(), "zh-CN"));
    WebSession english = portal.signedIn(portal.person(Role.AGENT, null));

    String zh = chinese.get("/tickets/new").text();
    String en = english.get("/tickets/new").text();

    // The value sent is the id; what the person reads is the guarantee's name in its language.
    assertThat(zh)
        .contains("<option value=\"network\">网络接入</option>")
        .contains("<option value=\"sev1\" title=\"sev1\">网络中断</option>")
        // A severity the guarantee names in one way only shows that name.
        .contains("<option value=\"sev2\" title=\"sev2\">Network degraded</option>")
        // The cause categories the guarantee excludes, in the pages' words.
        .contains("<option value=\"force_majeure\">不可抗力</option>");
    assertThat(en)
        .contains("<option value=\"network\">Network access</option>")
        .contains("<option value=\"sev1\" title=\"sev1\">Network down</option>")
        .contains("<option value=\"force_majeure\">force majeure</option>");
  }

  @Test
  void anAgentCorrectsAnEventsTimeAndTheClockFollowsAsThroughTheApi() {
    String id = reportedTicket(a);
    WebSession agent = portal.signedIn(portal.person(Role.AGENT, null));
    agent.post(events(id), event("acknowledged", "10:30"), true);
    assertThat(verdict(id, "response")).isEqualTo("breached");

    // Acknowledged at 10:12, typed as 10:30: event 2 moves, and the 15 minutes were met.
    WebSession.Page corrected = agent.post(correction(id), correct("2", "10:12"), true);

    assertThat(corrected.status()).isEqualTo(302);
    assertThat(agent.get(followed(corrected)).text())
        .contains("Saved.")
        .contains("2026-10-05 10:12:00 +08:00")
        .doesNotContain("2026-10-05 10:30:00 +08:00");
    assertThat(events(api.get(manager, "/api/tickets/" + id).body()))
        .containsExactly("reported 2026-10-05T02:00:00Z", "acknowledged 2026-10-05T02:12:00Z");
    assertThat(verdict(id, "response")).isEqualTo("met");
    // The same audit entry as the API's, keeping the event as it was.
    assertThat(portal.audited("ticket.event.correct", id)).isEqualTo(1);
    assertThat(
            db.sql(
                    "select before_view from audit_entry where action = 'ticket.event.correct'"
                        + " and target_id = :t")
                .param("t", id)
                .query(String.class)
                .single())
        .contains("2026-10-05T02:30:00Z");
  }

  @Test
  void aCorrectionWithoutAGoodTimeOrEventIsShownNamingTheFieldAndChangesNothing() {
    String id = reportedTicket(a);
    WebSession agent = portal.signedIn(portal.person(Role.AGENT, null));
    Map<String, String> noTime = Map.of("seq", "1", "at", "");
    Map<String, String> noOffset = Map.of("seq", "1", "at", "2026-10-05T09:00");
    Map<String, String> noEvent = Map.of("at", "2026-10-05T09:00+08:00");
    Map<String, String> notANumber = Map.of("seq", "first", "at", "2026-10-05T09:00+08:00");

    WebSession.Page missing = agent.post(correction(id), noTime, true);
    WebSession.Page invalid = agent.post(correction(id), noOffset, true);
    WebSession.Page unnamed = agent.post(correction(id), noEvent, true);
    WebSession.Page unnumbered = agent.post(correction(id), notANumber, true);

    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.text())
        .contains("Nothing was saved: check At.")
        .contains("This is required; write a date and time with its offset");
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.text())
        .contains("Nothing was saved: check At.")
        .contains("is not a date and time with an offset")
        // The form keeps what was written, to be put right.
        .contains("value=\"2026-10-05T09:00\"");
    for (WebSession.Page p : List.of(unnamed, unnumbered)) {
      assertThat(p.status()).isEqualTo(400);
      assertThat(p.text()).contains("Nothing was saved: check Event.");
    }
    assertThat(events(api.get(manager, "/api/tickets/" + id).body()))
        .containsExactly("reported 2026-10-05T02:00:00Z");
    assertThat(portal.audited("ticket.event.correct", id)).isZero();
  }

  @Test
  void onlyTheProvidersPeopleCorrectAnEventAndAnUnknownOneIsAnswered404() {
    String mine = reportedTicket(a);
    String theirs = reportedTicket(b);
    WebSession customer = portal.signedIn(portal.person(Role.CUSTOMER_USER, a.id()));
    WebSession agent = portal.signedIn(portal.person(Role.AGENT, null));
    Map<String, String> earlier = correct("1", "09:00");

    // As the API: the role is refused before any id is looked up, so the answer tells nothing.
    WebSession.Page own = customer.post(correction(mine), earlier, true);
    WebSession.Page other = customer.post(correction(theirs), earlier, true);
    WebSession.Page otherPage = customer.get("/tickets/" + theirs);
    WebSession.Page unknownTicket = agent.post(correction("no-such-ticket"), earlier, true);
    WebSession.Page unknownEvent = agent.post(correction(mine), correct("9", "09:00"), true);
    WebSession.Page forged = agent.post(correction(mine), earlier, false);

    assertThat(own.status()).isEqualTo(403);
    assertThat(other.status()).isEqualTo(403);
    assertThat(otherPage.status()).isEqualTo(404);
    assertThat(customer.get("/tickets/" + mine).text()).doesNotContain("correct-event");
    assertThat(agent.get("/tickets/" + mine).text()).contains("correct-event");
    assertThat(unknownTicket.status()).isEqualTo(404);
    assertThat(unknownEvent.status()).isEqualTo(404);
    assertThat(forged.status()).isEqualTo(403);
    for (String t : List.of(mine, theirs)) {
      assertThat(events(api.get(manager, "/api/tickets/" + t).body()))
          .containsExactly("reported 2026-10-05T02:00:00Z");
      assertThat(portal.audited("ticket.event.correct", t)).isZero();
    }
  }

  @Test
  void aTicketNotResolvedOrClosedIsNotRatedAndThePageSaysWhy() {
    String id = reportedTicket(a);
    WebSession customer = portal.signedIn(portal.person(Role.CUSTOMER_USER, a.id()));
    Map<String, String> four = Map.of("score", "4");

    WebSession.Page open = customer.post("/tickets/" + id + "/rating", four, true);
    api.event(manager, id, "2026-10-05T11:00+08:00", "resolved");
    api.event(manager, id, "2026-10-05T11:30+08:00", "reopened");
    WebSession.Page reopened = customer.post("/tickets/" + id + "/rating", four, true);

    assertThat(open.status()).isEqualTo(409);
    assertThat(open.text())
        .contains("Nothing was saved: check Ticket.")
        .contains("&#39; is open; a ticket is rated once it is resolved or closed");
    assertThat(reopened.status()).isEqualTo(409);
    assertThat(reopened.text()).contains("&#39; is reopened; a ticket is rated once");
    assertThat(api.get(manager, "/api/customers/" + a.id() + "/ratings").body()).isEmpty();
    assertThat(portal.audited("rating.add", id)).isZero();
  }

  @Test
  void aCustomerUserGets404ForAnotherCustomersTicketAsForAnUnknownOne() {
    String theirs = reportedTicket(b);
    WebSession customer = portal.signedIn(portal.person(Role.CUSTOMER_USER, a.id()));

    WebSession.Page event = customer.post(events(theirs), event("resolved", "11:00"), true);
    WebSession.Page comment =
        customer.post("/tickets/" + theirs + "/comments", Map.of("text", "mine now"), true);
    WebSession.Page rating =
        customer.post("/tickets/" + theirs + "/rating", Map.of("score", "1"), true);
    WebSession.Page page = customer.get("/tickets/" + theirs);
    WebSession.Page none =
        customer.post(events("no-such-ticket"), event("resolved", "11:00"), true);

    for (WebSession.Page p : List.of(event, comment, rating, page, none)) {
      assertThat(p.status()).isEqualTo(404);
      assertThat(withoutCsrf(p.text())).isEqualTo(withoutCsrf(none.text())).doesNotContain(theirs);
    }
    assertThat(events(api.get(manager, "/api/tickets/" + theirs).body())).hasSize(1);
    assertThat(api.get(manager, "/api/customers/" + b.id() + "/ratings").body()).isEmpty();
  }

  @Test
  void aCustomerUserSees403ForASeverityChangeBecauseTheRoleIsRefusedBeforeAnyIdIsLookedUp() {
    String mine = reportedTicket(a);
    String theirs = reportedTicket(b);
    WebSession customer = portal.signedIn(portal.person(Role.CUSTOMER_USER, a.id()));
    Map<String, String> sev2 = Map.of("severity", "sev2", "at", "");

    WebSession.Page own = customer.post("/tickets/" + mine + "/severity", sev2, true);
    WebSession.Page other = customer.post("/tickets/" + theirs + "/severity", sev2, true);

    assertThat(own.status()).isEqualTo(403);
    assertThat(other.status()).isEqualTo(403);
    assertThat(customer.get("/tickets/" + mine).text())
        .doesNotContain("change-severity")
        // The API lets a customer user record timeline events on its own tickets: so does the page.
        .contains("record-event");
    assertThat(events(api.get(manager, "/api/tickets/" + mine).body())).hasSize(1);
    assertThat(events(api.get(manager, "/api/tickets/" + theirs).body())).hasSize(1);
  }

  @Test
  void anAgentChangesTheSeverityToOneTheGuaranteeDefines() {
    String id = reportedTicket(a);
    WebSession agent = portal.signedIn(portal.person(Role.AGENT, null));
    String form = agent.get("/tickets/" + id).text();

    WebSession.Page changed =
        agent.post("/tickets/" + id + "/severity", Map.of("severity", "sev2", "at", ""), true);
    WebSession.Page unknown =
        agent.post("/tickets/" + id + "/severity", Map.of("severity", "p1", "at", ""), true);

    assertThat(changed.status()).isEqualTo(302);
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.text()).contains("Nothing was saved: check Severity.");
    // The severities are offered by the guarantee's names for them; the id is what is sent.
    assertThat(form)
        .contains(
            "<option value=\"sev1\" title=\"sev1\" selected=\"selected\">Network down</option>")
        .contains("<option value=\"sev2\" title=\"sev2\">Network degraded</option>");
    assertThat(events(api.get(manager, "/api/tickets/" + id).body()))
        .hasSize(2)
        .last()
        .asString()
        .startsWith("severity_changed ")
        .endsWith(" sev2");
    assertThat(portal.audited("ticket.severity", id)).isEqualTo(1);
  }

  @Test
  void aFormWithoutTheCsrfTokenIsRefused() {
    String id = reportedTicket(a);
    WebSession agent = portal.signedIn(portal.person(Role.AGENT, null));

    WebSession.Page opened = agent.post("/tickets", providerTicketForm(a, unique("INC")), false);
    WebSession.Page event = agent.post(events(id), event("acknowledged", "10:05"), false);
    WebSession.Page comment =
        agent.post("/tickets/" + id + "/comments", Map.of("text", "forged"), false);

    assertThat(opened.status()).isEqualTo(403);
    assertThat(event.status()).isEqualTo(403);
    assertThat(comment.status()).isEqualTo(403);
    assertThat(tickets(a)).isEqualTo(1);
    assertThat(events(api.get(manager, "/api/tickets/" + id).body())).hasSize(1);
  }

  @Test
  void badInputIsShownNamingTheFieldAndStoresNothing() {
    String id = reportedTicket(a);
    WebSession agent = portal.signedIn(portal.person(Role.AGENT, null));
    Map<String, String> noOffset = new LinkedHashMap<>(event("acknowledged", "10:05"));
    noOffset.put("at", "2026-10-05T10:05");
    Map<String, String> lateReport = new LinkedHashMap<>(providerTicketForm(a, unique("INC")));
    lateReport.put("reported_at", "2026-10-05 10:00");

    WebSession.Page unknownEvent = agent.post(events(id), event("fixed", "10:05"), true);
    WebSession.Page withoutOffset = agent.post(events(id), noOffset, true);
    WebSession.Page badReport = agent.post("/tickets", lateReport, true);

    assertThat(unknownEvent.status()).isEqualTo(400);
    assertThat(unknownEvent.text())
        .contains("Nothing was saved: check Event.")
        .contains("&#39;fixed&#39; is not an event this form records");
    assertThat(withoutOffset.status()).isEqualTo(400);
    assertThat(withoutOffset.text())
        .contains("Nothing was saved: check At.")
        .contains("is not a date and time with an offset");
    assertThat(badReport.status()).isEqualTo(400);
    assertThat(badReport.text()).contains("Nothing was saved: check Reported at.");
    assertThat(events(api.get(manager, "/api/tickets/" + id).body())).hasSize(1);
    assertThat(tickets(a)).isEqualTo(1);
    assertThat(portal.audited("ticket.event", id)).isEqualTo(1);
  }

  @Test
  void aChineseReaderIsToldWhatIsWrongInChineseAndNoneOfItIsStored() {
    String id = reportedTicket(a);
    WebSession agent = portal.signedIn(portal.person(Role.AGENT, null, "zh-CN"));
    Map<String, String> yesterday = Map.of("event", "acknowledged", "at", "yesterday");
    Map<String, String> noService = new LinkedHashMap<>(providerTicketForm(a, unique("INC")));
    noService.put("service", "");
    Map<String, String> longCategory = new LinkedHashMap<>(providerTicketForm(a, unique("INC")));
    longCategory.put("category", "x".repeat(101));
    Map<String, String> unknownGuarantee =
        new LinkedHashMap<>(providerTicketForm(a, unique("INC")));
    unknownGuarantee.put("guarantee", "no-such-guarantee");

    WebSession.Page unparseable = agent.post(events(id), yesterday, true);
    WebSession.Page missing = agent.post("/tickets", noService, true);
    WebSession.Page tooLong = agent.post("/tickets", longCategory, true);
    WebSession.Page unknown = agent.post("/tickets", unknownGuarantee, true);
    WebSession.Page noEvent = agent.post(events(id), Map.of("event", "", "at", ""), true);

    assertThat(unparseable.text())
        .contains("未保存任何内容：请检查")
        .contains("“yesterday”不是带时区偏移的日期时间；请写成例如 2026-10-05T10:05+08:00");
    assertThat(missing.text()).contains("此项必填，请填写。");
    assertThat(tooLong.text()).contains("此项长 101 个字符，最多 100 个。");
    assertThat(unknown.text()).contains("没有可供您开单的保证“no-such-guarantee”");
    assertThat(noEvent.text()).contains("请选择一项。");
    for (WebSession.Page p : List.of(unparseable, missing, tooLong, unknown, noEvent)) {
      assertThat(p.status()).isEqualTo(400);
      // No word of the API's English.
      assertThat(p.problem()).doesNotContain(" is ").doesNotContain("PUT").doesNotContain("e.g.");
    }
    assertThat(events(api.get(manager, "/api/tickets/" + id).body())).hasSize(1);
    assertThat(tickets(a)).isEqualTo(1);
  }

  @Test
  void aChineseReaderIsToldInChineseWhatTheGuaranteeDoesNotDefine() {
    String id = reportedTicket(a);
    WebSession agent = portal.signedIn(portal.person(Role.AGENT, null, "zh-CN"));
    Map<String, String> mail = new LinkedHashMap<>(providerTicketForm(a, unique("INC")));
    mail.put("service", "mail");
    Map<String, String> outage = new LinkedHashMap<>(providerTicketForm(a, unique("INC")));
    outage.put("type", "outage");
    Map<String, String> p1 = new LinkedHashMap<>(providerTicketForm(a, unique("INC")));
    p1.put("severity", "p1");

    WebSession.Page service = agent.post("/tickets", mail, true);
    WebSession.Page type = agent.post("/tickets", outage, true);
    WebSession.Page severity = agent.post("/tickets", p1, true);
    WebSession.Page changed =
        agent.post("/tickets/" + id + "/severity", Map.of("severity", "p1", "at", ""), true);
    WebSession.Page event = agent.post(events(id), event("fixed", "10:05"), true);
    WebSession.Page seq =
        agent.post(correction(id), Map.of("seq", "first", "at", "2026-10-05T09:00+08:00"), true);

    assertThat(service.text()).contains("服务“mail”不在保证“" + a.guarantee() + "”中；其服务有：network。");
    assertThat(type.text()).contains("“outage”不是工单类型；请选择 incident, request, complaint 之一。");
    for (WebSession.Page p : List.of(severity, changed)) {
      assertThat(p.text()).contains("保证“" + a.guarantee() + "”未定义严重级别“p1”；已定义：sev1, sev2。");
    }
    assertThat(event.text()).contains("“fixed”不是此表单可记录的事件；请选择");
    assertThat(seq.text()).contains("“first”不是时间线上事件的编号。");
    for (WebSession.Page p : List.of(service, type, severity, changed, event, seq)) {
      assertThat(p.status()).isEqualTo(400);
      assertThat(p.problem()).doesNotContain(" is ").doesNotContain("its services");
    }
    assertThat(events(api.get(manager, "/api/tickets/" + id).body())).hasSize(1);
    assertThat(tickets(a)).isEqualTo(1);
    // The API keeps its English detail, whatever language the caller reads.
    Api.Answer refused =
        api.send(
            manager,
            HttpRequest.newBuilder(api.uri("/api/tickets"))
                .header("Content-Type", "application/json")
                .header("Accept-Language", "zh-CN")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        """
                        {"id": "%s", "guarantee": "%s", "service": "mail", "type": "incident"}
                        """
                            .formatted(unique("INC"), a.guarantee()))));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body().get("field").asString()).isEqualTo("service");
    assertThat(refused.body().get("detail").asString())
        .isEqualTo(
            "service 'mail' is not in guarantee '" + a.guarantee() + "'; its services: network");
  }

  @Test
  void aChineseCustomerIsToldInChineseWhyATicketIsNotRated() {
    String id = reportedTicket(a);
    WebSession customer = portal.signedIn(portal.person(Role.CUSTOMER_USER, a.id(), "zh-CN"));
    Map<String, String> four = Map.of("score", "4");

    WebSession.Page open = customer.post("/tickets/" + id + "/rating", four, true);
    api.event(manager, id, "2026-10-05T11:00+08:00", "resolved");
    api.event(manager, id, "2026-10-05T11:30+08:00", "reopened");
    WebSession.Page reopened = customer.post("/tickets/" + id + "/rating", four, true);
    api.event(manager, id, "2026-10-05T12:00+08:00", "resolved");
    WebSession.Page rated = customer.post("/tickets/" + id + "/rating", four, true);
    WebSession.Page again = customer.post("/tickets/" + id + "/rating", four, true);

    assertThat(open.text()).contains("工单“" + id + "”尚未解决；工单解决或关闭后才能评价。");
    assertThat(reopened.text()).contains("工单“" + id + "”已重新打开；工单解决或关闭后才能评价。");
    assertThat(rated.status()).isEqualTo(302);
    assertThat(again.text()).contains("工单“" + id + "”已评价过。");
    for (WebSession.Page p : List.of(open, reopened, again)) {
      assertThat(p.status()).isEqualTo(409);
      assertThat(p.problem()).doesNotContain(" is ").doesNotContain("rated");
    }
    assertThat(api.get(manager, "/api/customers/" + a.id() + "/ratings").body()).hasSize(1);
  }

  @Test
  void anUnknownGuaranteeOnTheNewTicketFormIsExplainedInThePagesWords() {
    WebSession agent = portal.signedIn(portal.person(Role.AGENT, null));
    Map<String, String> form = new LinkedHashMap<>(providerTicketForm(a, unique("INC")));
    form.put("guarantee", "no-such-guarantee");

    WebSession.Page unknown = agent.post("/tickets", form, true);

    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.text())
        .contains("Nothing was saved: check Guarantee.")
        .contains("There is no guarantee &#39;no-such-guarantee&#39; you may open a ticket under")
        .doesNotContain("PUT");
    assertThat(tickets(a)).isZero();
  }

  @Test
  void aChineseReaderSeesTheGuaranteesNamesAndEveryTimeWithItsSeconds() {
    WebSession customer = portal.signedIn(portal.person(Role.CUSTOMER_USER, a.id(), "zh-CN"));
    Map<String, String> form = new LinkedHashMap<>(ticketForm(a));
    form.put("cause", "Force-Majeure");
    String path = followed(customer.post("/tickets", form, true));

    String page = customer.get(path).text();
    String list = customer.get("/tickets").text();

    assertThat(page)
        .contains(">故障响应<") // the commitment response, by the guarantee's Chinese name
        .contains(">网络接入<") // the service network
        .contains(">故障<") // the type incident
        .contains(">不可抗力<") // the cause, however it was written
        .contains("title=\"response\"")
        .contains("2026-10-05 10:00:00 +08:00");
    assertThat(list).contains(">故障响应<").contains("2026-10-05 10:15:00 +08:00");
    // The list names the customer and the severity as the ticket's page does, the ids in titles.
    assertThat(row(list, "response"))
        .contains("<td title=\"" + a.id() + "\">北风科技</td>")
        .contains("<td title=\"sev1\">网络中断</td>");
    assertThat(page).contains("title=\"" + a.id() + "\">北风科技</dd>");
    // The countdown writes whole days as the page does.
    assertThat(page).contains("data-days=\"{0}天 {1}\"");
    for (String p : List.of(page, list)) {
      // One format for every instant: none without its seconds.
      assertThat(p).doesNotContainPattern("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d [+-]");
      // Arrival is counted from the dispatch: nothing remains of a clock not started.
      assertThat(row(p, "arrival")).contains("未开始").contains("<td class=\"num\">—</td>");
    }
    // On the ticket's page, neither elapsed, remaining nor overrun: three dashes.
    assertThat(row(page, "arrival").split("<td class=\"num\">—</td>", -1)).hasSize(4);
  }

  @Test
  void everyPageLinksTheIconAndFaviconIcoLeadsToIt() {
    WebSession anyone = new WebSession(port);

    WebSession.Page ico = anyone.get("/favicon.ico");
    WebSession.Page svg = anyone.get(followed(ico));

    assertThat(ico.status()).isEqualTo(301);
    assertThat(followed(ico)).isEqualTo("/favicon.svg");
    assertThat(svg.status()).isEqualTo(200);
    assertThat(svg.response().headers().firstValue("Content-Type").orElseThrow())
        .startsWith("image/svg+xml");
    assertThat(svg.text()).startsWith("<svg");
    assertThat(anyone.get("/login").text())
        .contains("<link rel=\"icon\" type=\"image/svg+xml\" href=\"/favicon.svg\">");
  }

  // --- helpers ---

  /** The table row of a page that shows the commitment. */
  private static String row(String page, String commitment) {
    int at = page.indexOf("title=\"" + commitment + "\"");
    assertThat(at).as("a row of " + commitment).isPositive();
    return page.substring(page.lastIndexOf("<tr", at), page.indexOf("</tr>", at));
  }

  /**
   * A customer with a guarantee that names the customer, its service, its severity sev1 and its
   * response in Chinese and English, that excludes force majeure, whose resolve clock pauses while
   * the customer is unreachable, and whose arrival clock starts at the dispatch.
   */
  private record Customer(String id, String guarantee) {}

  private Customer customer(String prefix) {
    String id = unique(prefix);
    String g = unique("net");
    String yaml =
        ApiIntegrationTests.guarantee(g, id)
            .replace(
                "{id: " + id + "}", "{id: " + id + ", name: {zh: 北风科技, en: Northwind Technology}}")
            .replace(
                "services: [network]",
                "services: [{id: network, name: {zh: 网络接入, en: Network access}}]")
            .replace("sev1: Network down", "sev1: {name: {zh: 网络中断, en: Network down}}")
            .replace(
                "    kind: response\n",
                "    kind: response\n    name: {zh: 故障响应, en: Fault response}\n")
            .replace(
                "    target: 15m\n",
                """
                    target: 15m
                  - id: resolve
                    kind: resolve
                    scope: {types: [incident]}
                    target: 4h
                    pause_reasons: [customer_unreachable]
                  - id: arrival
                    kind: ticket_clock
                    name: {zh: 到场, en: Arrival on site}
                    start: dispatched
                    stop: on_site
                    scope: {types: [incident]}
                    target: 2h
                """);
    Api.Answer put = api.putYaml(manager, g, yaml);
    assertThat(put.status()).as(put.text()).isEqualTo(201);
    return new Customer(id, g);
  }

  /** An incident of the customer's, reported at 10:00 Shanghai time on 5 October 2026. */
  private String reportedTicket(Customer c) {
    String id = unique("INC");
    api.ticket(manager, id, c.guarantee(), "2026-10-05T10:00+08:00", "reported");
    return id;
  }

  private static Map<String, String> ticketForm(Customer c) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("guarantee", c.guarantee());
    form.put("service", "network");
    form.put("type", "incident");
    form.put("severity", "sev1");
    form.put("category", "");
    form.put("cause", "");
    form.put("reported_at", "2026-10-05T10:00+08:00");
    return form;
  }

  private static Map<String, String> providerTicketForm(Customer c, String id) {
    Map<String, String> form = ticketForm(c);
    form.put("id", id);
    return form;
  }

  /** An event at a time of 5 October 2026 in Shanghai, with no reason. */
  private static Map<String, String> event(String type, String time) {
    return Map.of("event", type, "at", "2026-10-05T" + time + "+08:00", "reason", "");
  }

  private static String events(String ticket) {
    return "/tickets/" + ticket + "/events";
  }

  private static String correction(String ticket) {
    return "/tickets/" + ticket + "/corrections";
  }

  /** A correction of the event numbered {@code seq} to a time of 5 October 2026 in Shanghai. */
  private static Map<String, String> correct(String seq, String time) {
    return Map.of("seq", seq, "at", "2026-10-05T" + time + "+08:00");
  }

  /** The verdict of the ticket's clock of the commitment, as the API gives it now. */
  private String verdict(String ticket, String commitment) {
    JsonNode sla = api.get(manager, "/api/tickets/" + ticket + "/sla").body();
    return clock(sla, commitment).get("verdict").asString();
  }

  /** The ticket's timeline as the API answers it: "type at [reason]" per event. */
  private static List<String> events(JsonNode ticket) {
    return StreamSupport.stream(ticket.get("timeline").spliterator(), false)
        .map(
            e ->
                (e.get("event").asString()
                        + " "
                        + OffsetDateTime.parse(e.get("at").asString()).toInstant()
                        + (e.hasNonNull("reason") ? " " + e.get("reason").asString() : ""))
                    .strip())
        .toList();
  }

  private static JsonNode clock(JsonNode sla, String commitment) {
    return StreamSupport.stream(sla.get("clocks").spliterator(), false)
        .filter(c -> c.get("commitment").asString().equals(commitment))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no clock " + commitment + " in " + sla));
  }

  private int tickets(Customer c) {
    return db.sql("select count(*) from ticket where customer_id = :c")
        .param("c", c.id())
        .query(Integer.class)
        .single();
  }

  private static String unique(String prefix) {
    return prefix + "-" + NEXT.incrementAndGet() + "-" + System.nanoTime();
  }
}

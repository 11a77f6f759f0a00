package dev.pledge.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pledge.server.Api.Answer;
import dev.pledge.server.access.ApiTokens;
import dev.pledge.server.system.Idempotency;
import dev.pledge.server.system.Role;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import tools.jackson.databind.JsonNode;

/**
 * People, sign-in, tokens that expire or are revoked, and the web pages, from the outside over HTTP
 * on a real database: the subclasses run every test on H2 and on PostgreSQL.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "logging.level.root=warn",
      "spring.main.banner-mode=off",
      // Breach cases are opened by hand here; a node polling meanwhile would open the same cases
      // for the same long-breached tickets, and the two would wait on each other.
      "pledge.notices.polling=false"
    })
abstract class PeopleIntegrationTests {

  private static final AtomicInteger NEXT = new AtomicInteger();
  private static final String PASSWORD = "correct horse battery";

  @LocalServerPort int port;
  @Autowired JdbcClient db;
  @Autowired ApiTokens tokens;
  @Autowired dev.pledge.server.breach.BreachCases breachCases;
  @Autowired org.springframework.transaction.support.TransactionTemplate transactions;

  private Api api;
  private String admin;
  private String manager;

  @BeforeEach
  void setUp() {
    api = new Api(port);
    admin = tokens.issue(null, Role.ADMINISTRATOR, "tests").token();
    manager = tokens.issue(null, Role.SERVICE_MANAGER, "tests").token();
    // Every test signs in from 127.0.0.1: each starts with no failures counted.
    db.sql("delete from sign_in_failure").update();
  }

  // --- people ---

  @Test
  void administratorAddsAPersonWhoSignsInAndSeesTheTicketsPage() {
    String email = unique("ann") + "@example.com";

    Answer created = api.post(admin, "/api/people", person(email, "AGENT", null, "en"), null);

    assertThat(created.status()).as(created.text()).isEqualTo(201);
    assertThat(created.body().get("email").asString()).isEqualTo(email);
    assertThat(created.body().get("role").asString()).isEqualTo("AGENT");
    assertThat(created.text()).doesNotContain(PASSWORD).doesNotContain("bcrypt");
    // Stored as a bcrypt hash of cost 12, salted: never the password.
    assertThat(passwordHash(email)).startsWith("{bcrypt}$2a$12$").doesNotContain(PASSWORD);

    WebSession browser = new WebSession(port);
    WebSession.Page signedIn = browser.signIn(email.toUpperCase(), PASSWORD);
    assertThat(signedIn.location()).endsWith("/tickets");
    WebSession.Page tickets = browser.get("/tickets");
    assertThat(tickets.status()).isEqualTo(200);
    assertThat(tickets.text()).contains("Open tickets").contains("Ann");
    // The session cookie is HttpOnly and SameSite=Lax.
    assertThat(signedIn.response().headers().allValues("Set-Cookie"))
        .anySatisfy(
            c ->
                assertThat(c)
                    .contains("JSESSIONID")
                    .contains("HttpOnly")
                    .containsIgnoringCase("SameSite=Lax"));
  }

  @Test
  void addingAPersonIsRefusedNamingTheFieldAndWritesNothing() {
    Customer b = customer("cust-b");
    int before = peopleStored();
    String email = unique("bob") + "@example.com";

    assertProblem(
        api.post(null, "/api/people", person(email, "AGENT", null, "en"), null), 401, null);
    assertProblem(
        api.post(manager, "/api/people", person(email, "AGENT", null, "en"), null), 403, null);
    assertProblem(
        api.post(b.token(), "/api/people", person(email, "AGENT", null, "en"), null), 403, null);
    assertProblem(
        api.post(admin, "/api/people", person(email, "CUSTOMER_USER", "example-idc", "en"), null),
        400,
        "organisation");
    assertProblem(
        api.post(admin, "/api/people", person(email, "API_CLIENT", null, "en"), null), 400, "role");
    assertProblem(
        api.post(admin, "/api/people", person("not-an-address", "AGENT", null, "en"), null),
        400,
        "email");
    assertProblem(
        api.post(admin, "/api/people", person(email, "AGENT", null, "fr"), null), 400, "locale");
    assertProblem(
        api.post(
            admin,
            "/api/people",
            person(email, "AGENT", null, "en").replace(PASSWORD, "short"),
            null),
        400,
        "password");
    assertThat(peopleStored()).isEqualTo(before);

    assertThat(api.post(admin, "/api/people", person(email, "AGENT", null, "en"), null).status())
        .isEqualTo(201);
    assertProblem(
        api.post(admin, "/api/people", person(email, "AGENT", null, "en"), null), 409, "email");
  }

  @Test
  void addingAPersonTwiceWithOneKeyAddsOne() {
    String email = unique("cy") + "@example.com";
    String key = unique("key");

    Answer first = api.post(admin, "/api/people", person(email, "AGENT", null, "en"), key);
    Answer again = api.post(admin, "/api/people", person(email, "AGENT", null, "en"), key);

    assertThat(first.status()).isEqualTo(201);
    assertThat(again.text()).isEqualTo(first.text());
    assertThat(
            db.sql("select count(*) from person where email = :e")
                .param("e", email)
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void firstStartAddedOneAdministratorPerson() {
    assertThat(
            db.sql("select role from person where email = 'admin@localhost' and disabled = false")
                .query(String.class)
                .list())
        .containsExactly("ADMINISTRATOR");
    assertThat(passwordHash("admin@localhost")).startsWith("{bcrypt}$2a$12$");
  }

  // --- signing in ---

  @Test
  void wrongPasswordAndUnknownAddressAreRefusedAlike() {
    String email = person("AGENT", null, "en");
    WebSession browser = new WebSession(port);

    WebSession.Page wrong = browser.signIn(email, "not the password");
    WebSession.Page unknown = browser.signIn(unique("nobody") + "@example.com", PASSWORD);

    assertThat(wrong.location()).endsWith("/login?error");
    assertThat(unknown.location()).isEqualTo(wrong.location());
    assertThat(browser.get("/login?error").text()).contains("Wrong email address or password.");
    assertThat(browser.get("/tickets").location()).endsWith("/login");
  }

  @Test
  void afterFiveFailuresForOneNameEvenTheRightPasswordWaits() {
    String email = person("AGENT", null, "en");
    WebSession browser = new WebSession(port);
    for (int i = 0; i < 5; i++) {
      assertThat(browser.signIn(email, "wrong " + i).location()).endsWith("/login?error");
    }

    WebSession.Page refused = browser.signIn(email, PASSWORD);

    assertThat(refused.location()).contains("/login?retry=");
    long retry = Long.parseLong(refused.location().replaceAll(".*retry=", ""));
    Instant lockedUntil = lockedUntil("login:" + email);
    // One minute from the fifth failure, stored for every node to see.
    assertThat(Instant.ofEpochSecond(retry)).isEqualTo(lockedUntil.truncatedTo(ChronoUnit.SECONDS));
    assertThat(browser.get("/login?retry=" + retry).text())
        .contains("Too many failed sign-in attempts. Try again after");
    assertThat(browser.get("/tickets").location()).endsWith("/login");
    // An unknown name is throttled the same way, so a refusal tells nothing about accounts.
    db.sql("delete from sign_in_failure where throttle_key like 'address:%'").update();
    String nobody = unique("nobody") + "@example.com";
    for (int i = 0; i < 5; i++) {
      browser.signIn(nobody, "wrong " + i);
    }
    assertThat(browser.signIn(nobody, PASSWORD).location()).contains("/login?retry=");
  }

  @Test
  void waitDoublesWithEachFurtherFailure() {
    String email = person("AGENT", null, "en");
    WebSession browser = new WebSession(port);
    for (int i = 0; i < 5; i++) {
      browser.signIn(email, "wrong " + i);
    }
    // The first wait ends (moved back by hand): the sixth failure locks for two minutes.
    db.sql("update sign_in_failure set locked_until = null").update();
    browser.signIn(email, "wrong 6");

    Instant last =
        db.sql("select last_failure from sign_in_failure where throttle_key = :k")
            .param("k", "login:" + email)
            .query(java.time.OffsetDateTime.class)
            .single()
            .toInstant();
    assertThat(lockedUntil("login:" + email)).isEqualTo(last.plus(2, ChronoUnit.MINUTES));
  }

  @Test
  void afterFiveFailuresFromOneAddressOtherNamesWaitToo() {
    String email = person("AGENT", null, "en");
    WebSession browser = new WebSession(port);
    for (int i = 0; i < 5; i++) {
      browser.signIn(unique("guess") + "@example.com", "wrong");
    }

    assertThat(browser.signIn(email, PASSWORD).location()).contains("/login?retry=");
    assertThat(lockedUntil("address:127.0.0.1")).isAfter(Instant.now());
  }

  @Test
  void aFormPostWithoutTheCsrfTokenIsRefused() {
    String email = person("AGENT", null, "en");
    WebSession browser = new WebSession(port);

    WebSession.Page noToken =
        browser.post("/login", Map.of("email", email, "password", PASSWORD), false);

    assertThat(noToken.status()).isEqualTo(403);
    assertThat(browser.get("/tickets").location()).endsWith("/login");
    // Signed in, signing out without the token is refused as well; with it, it works.
    browser.signIn(email, PASSWORD);
    assertThat(browser.post("/logout", Map.of(), false).status()).isEqualTo(403);
    assertThat(browser.get("/tickets").status()).isEqualTo(200);
    String token = csrfOf(browser.get("/tickets").text());
    assertThat(browser.post("/logout", Map.of("_csrf", token), false).location())
        .endsWith("/login?signed-out");
    assertThat(browser.get("/tickets").location()).endsWith("/login");
  }

  @Test
  void anOlderHashIsReplacedByTheCurrentOneAtSignIn() {
    String email = person("AGENT", null, "en");
    // As stored by an older setting: bcrypt of cost 10, and PBKDF2 in Spring Security's format.
    for (String old :
        new String[] {
          "{bcrypt}" + new BCryptPasswordEncoder(10).encode(PASSWORD),
          "{pbkdf2@SpringSecurity_v5_8}"
              + Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode(PASSWORD)
        }) {
      db.sql("update person set password_hash = :h where email = :e")
          .param("h", old)
          .param("e", email)
          .update();

      signedIn(email);

      assertThat(passwordHash(email)).startsWith("{bcrypt}$2a$12$");
    }
  }

  @Test
  void countsADayOldAreForgotten() {
    db.sql(
            "insert into sign_in_failure (throttle_key, failures, last_failure, locked_until)"
                + " values ('login:old@example.com', 9, :then, :then)")
        .param("then", java.time.OffsetDateTime.now().minusDays(2))
        .update();

    new WebSession(port).signIn(unique("nobody") + "@example.com", "wrong");

    assertThat(
            db.sql(
                    "select count(*) from sign_in_failure where throttle_key = 'login:old@example.com'")
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void aDisabledPersonCannotSignIn() {
    String email = person("AGENT", null, "en");
    db.sql("update person set disabled = true where email = :e").param("e", email).update();

    assertThat(new WebSession(port).signIn(email, PASSWORD).location()).endsWith("/login?error");
  }

  // --- tokens ---

  @Test
  void anExpiredTokenIsRefusedSayingSo() {
    Answer issued =
        api.post(
            admin,
            "/api/tokens",
            """
            {"role": "AGENT", "name": "for a week", "expires_at": "%s"}
            """
                .formatted(Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS)),
            null);
    assertThat(issued.status()).as(issued.text()).isEqualTo(201);
    String token = issued.body().get("token").asString();
    Customer b = customer("cust-b");
    assertThat(api.get(token, "/api/tickets/" + b.ticket()).status()).isEqualTo(200);

    // A week passed: another token like it, whose expiry is moved into the past before its first
    // use (a node remembers a token it accepted, with its expiry: AcceptedTokensTests).
    String expired = tokens.issue(null, Role.AGENT, "for a week").token();
    db.sql("update api_token set expires_at = :past where token_hash = :hash")
        .param("past", java.time.OffsetDateTime.now().minusMinutes(1))
        .param("hash", dev.pledge.server.system.Idempotency.sha256(expired))
        .update();

    assertProblem(api.get(expired, "/api/tickets/" + b.ticket()), 401, null).contains("expired");
    assertProblem(
        api.post(admin, "/api/tokens", tokenJson(null, "AGENT", "x", "2020-01-01T00:00Z"), null),
        400,
        "expires_at");
  }

  @Test
  void anAdministratorRevokesATokenWhichThenAnswers401() {
    Customer b = customer("cust-b");
    Answer issued =
        api.post(admin, "/api/tokens", tokenJson(b.id(), "CUSTOMER_USER", "Bo", null), null);
    String id = issued.body().get("id").asString();
    String token = issued.body().get("token").asString();
    assertThat(api.get(token, "/api/tickets/" + b.ticket()).status()).isEqualTo(200);

    assertProblem(api.delete(null, "/api/tokens/" + id), 401, null);
    assertProblem(api.delete(manager, "/api/tokens/" + id), 403, null);
    assertProblem(api.delete(b.token(), "/api/tokens/" + id), 403, null);
    assertThat(api.get(token, "/api/tickets/" + b.ticket()).status()).isEqualTo(200);

    assertThat(api.delete(admin, "/api/tokens/" + id).status()).isEqualTo(204);
    assertThat(api.delete(admin, "/api/tokens/" + id).status()).isEqualTo(204);
    assertProblem(api.get(token, "/api/tickets/" + b.ticket()), 401, null).contains("revoked");
    assertProblem(api.delete(admin, "/api/tokens/no-such-token"), 404, null);
  }

  @Test
  void anOrganisationsAdministratorRevokesOnlyItsOwnOrganisationsTokens() {
    Customer a = customer("cust-a");
    Customer b = customer("cust-b");
    String aAdmin = tokens.issue(a.id(), Role.ADMINISTRATOR, "A's administrator").token();
    String aUser = tokens.issue(a.id(), Role.CUSTOMER_USER, "A's user").id();
    String bUser = tokens.issue(b.id(), Role.CUSTOMER_USER, "B's user").id();

    // B's token is answered as one that does not exist.
    assertProblem(api.delete(aAdmin, "/api/tokens/" + bUser), 404, null)
        .isEqualTo("no API token '" + bUser + "' exists");
    assertThat(revokedAt(bUser)).isNull();
    assertThat(api.delete(aAdmin, "/api/tokens/" + aUser).status()).isEqualTo(204);
    assertThat(revokedAt(aUser)).isNotNull();
  }

  @Test
  void providerTokensAreBoundToTheProviderOrganisation() {
    customer("cust-a"); // its guarantee names the provider example-idc
    Answer issued = api.post(admin, "/api/tokens", tokenJson(null, "AGENT", "desk", null), null);

    assertThat(issued.body().get("organisation").asString()).isEqualTo("example-idc");
  }

  // --- pages ---

  @Test
  void aCustomerUserSeesOnlyItsOwnTicketsOnThePages() {
    Customer a = customer("cust-a");
    Customer b = customer("cust-b");
    WebSession browser = signedIn(person("CUSTOMER_USER", a.id(), "en"));

    String list = browser.get("/tickets").text();
    String rows = browser.get("/tickets/rows", "HX-Request", "true").text();

    assertThat(list).contains(a.ticket()).doesNotContain(b.ticket()).doesNotContain(b.id());
    assertThat(rows).contains(a.ticket()).doesNotContain(b.ticket());
    assertThat(browser.get("/tickets/" + a.ticket()).status()).isEqualTo(200);
    // Another customer's ticket page is answered exactly as one that does not exist.
    WebSession.Page other = browser.get("/tickets/" + b.ticket());
    WebSession.Page none = browser.get("/tickets/" + b.ticket() + "-none");
    assertThat(other.status()).isEqualTo(404);
    assertThat(none.status()).isEqualTo(404);
    // (The pages differ only in the CSRF token, which is masked afresh for every page.)
    assertThat(withoutCsrf(other.text()))
        .isEqualTo(withoutCsrf(none.text()))
        .contains("Nothing you may see is stored here")
        .doesNotContain(b.id());
  }

  @Test
  void aCustomerUserReadsItsOwnReportsOnThePagesAndNoOneElses() {
    Customer a = customer("cust-a");
    Customer b = customer("cust-b");
    WebSession browser = signedIn(person("CUSTOMER_USER", a.id(), "en"));

    String list = browser.get("/reports").text();
    assertThat(list).contains(a.guarantee()).doesNotContain(b.guarantee()).doesNotContain(b.id());
    String report = "/reports/" + a.id() + "/" + a.guarantee() + "/2026-10";
    WebSession.Page own = browser.get(report);
    WebSession.Page alone = browser.get(report + "/html");
    assertThat(own.status()).isEqualTo(200);
    // The report's page: the pages' header, the way back to the list, the report in a frame.
    assertThat(own.text())
        .contains("<a id=\"back\" href=\"/reports\">All reports</a>")
        .contains("<iframe class=\"report\" src=\"" + report + "/html\"")
        .contains("Sign out");
    // The frame's page may be framed by Pledge's pages only (whose policy's default allows it).
    assertThat(policy(own)).contains("default-src 'self'");
    assertThat(own.response().headers().firstValue("X-Frame-Options")).hasValue("DENY");
    // In the frame, the HTML report pledge evaluate --format html writes, with the ticket's clock.
    assertThat(alone.status()).isEqualTo(200);
    String html = alone.text();
    assertThat(html).startsWith("<!DOCTYPE html>").contains(a.ticket()).contains("response");
    assertThat(html).doesNotContain("Sign out");
    // Its own stylesheet applies, let in by its hash; nothing else may load or run.
    String style = html.substring(html.indexOf("<style>") + 7, html.indexOf("</style>"));
    String hash =
        Base64.getEncoder().encodeToString(HexFormat.of().parseHex(Idempotency.sha256(style)));
    assertThat(policy(alone))
        .contains("default-src 'none'")
        .contains("style-src 'sha256-" + hash + "';")
        .contains("frame-ancestors 'self'")
        .doesNotContain("unsafe-inline");
    assertThat(alone.response().headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");

    String theirs = "/reports/" + b.id() + "/" + b.guarantee() + "/2026-10";
    WebSession.Page none = browser.get("/reports/" + b.id() + "/" + b.guarantee() + "x/2026-10");
    assertThat(none.status()).isEqualTo(404);
    for (WebSession.Page other : List.of(browser.get(theirs), browser.get(theirs + "/html"))) {
      assertThat(other.status()).isEqualTo(404);
      assertThat(withoutCsrf(other.text())).isEqualTo(withoutCsrf(none.text()));
      assertThat(other.text()).doesNotContain(b.ticket());
    }
  }

  private static String policy(WebSession.Page page) {
    return page.response().headers().firstValue("Content-Security-Policy").orElseThrow();
  }

  @Test
  void aPersonChangesTheirPasswordWithTheCurrentOneAsProof() {
    String email = person("AGENT", null, "en");
    WebSession browser = signedIn(email);
    String fresh = "a longer new passphrase";

    WebSession.Page wrong =
        browser.post(
            "/account/password",
            Map.of("current_password", "not the password", "new_password", fresh),
            true);
    WebSession.Page unprotected =
        browser.post(
            "/account/password",
            Map.of("current_password", PASSWORD, "new_password", fresh),
            false);
    WebSession.Page changed =
        browser.post(
            "/account/password", Map.of("current_password", PASSWORD, "new_password", fresh), true);

    assertThat(wrong.text()).contains("The current password does not match");
    assertThat(unprotected.status()).isEqualTo(403);
    assertThat(changed.location()).endsWith("/account?changed");
    assertThat(new WebSession(port).signIn(email, fresh).location()).endsWith("/tickets");
    assertThat(new WebSession(port).signIn(email, PASSWORD).location()).contains("error");
    assertThat(
            db.sql("select count(*) from audit_entry where action = 'person.password'")
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void aCustomerUserSeesItsOwnBreachCasesOnly() {
    Customer a = customer("cust-a");
    Customer b = customer("cust-b");
    Instant breached = Instant.parse("2026-10-05T02:20:00Z");
    transactions.executeWithoutResult(
        s -> {
          breachCases.open(a.ticket(), a.id(), "response", 1, breached, "Response breached", null);
          breachCases.open(b.ticket(), b.id(), "response", 1, breached, "Response breached", null);
        });
    WebSession browser = signedIn(person("CUSTOMER_USER", a.id(), "en"));

    String page = browser.get("/breach-cases").text();

    assertThat(page).contains(a.ticket()).doesNotContain(b.ticket()).doesNotContain(b.id());
  }

  @Test
  void aDisabledPersonIsSignedOutAtOnceAndCannotSignInUntilEnabled() {
    Customer a = customer("cust-a");
    Customer b = customer("cust-b");
    String email = person("CUSTOMER_USER", a.id(), "en");
    String id =
        db.sql("select id from person where email = :e")
            .param("e", email)
            .query(String.class)
            .single();
    WebSession browser = signedIn(email);
    assertThat(browser.get("/tickets").status()).isEqualTo(200);
    String adminOfB = tokens.issue(b.id(), Role.ADMINISTRATOR, "b's admin").token();
    String agent = tokens.issue(null, Role.AGENT, "agent").token();

    assertThat(api.patch(adminOfB, "/api/people/" + id, "{\"disabled\": true}").status())
        .isEqualTo(404);
    assertThat(api.patch(agent, "/api/people/" + id, "{\"disabled\": true}").status())
        .isEqualTo(403);
    assertThat(browser.get("/tickets").status()).isEqualTo(200);
    Answer disabled = api.patch(admin, "/api/people/" + id, "{\"disabled\": true}");

    assertThat(disabled.status()).as(disabled.text()).isEqualTo(200);
    assertThat(disabled.body().get("disabled").asBoolean()).isTrue();
    assertThat(browser.get("/tickets").location()).contains("/login");
    assertThat(new WebSession(port).signIn(email, PASSWORD).location()).contains("error");
    assertThat(api.patch(admin, "/api/people/" + id, "{\"disabled\": false}").status())
        .isEqualTo(200);
    assertThat(new WebSession(port).signIn(email, PASSWORD).location()).endsWith("/tickets");
    assertThat(
            db.sql(
                    "select count(*) from audit_entry where target_id = :id"
                        + " and action in ('person.disable', 'person.enable')")
                .param("id", id)
                .query(Integer.class)
                .single())
        .isEqualTo(2);
  }

  @Test
  void providerPeopleSeeEveryCustomersTickets() {
    Customer a = customer("cust-a");
    Customer b = customer("cust-b");
    WebSession browser = signedIn(person("AGENT", null, "en"));

    assertThat(browser.get("/tickets").text()).contains(a.ticket()).contains(b.ticket());
    assertThat(browser.get("/tickets/" + b.ticket()).status()).isEqualTo(200);
  }

  @Test
  void aClosedTicketLeavesTheList() {
    Customer a = customer("cust-a");
    WebSession browser = signedIn(person("CUSTOMER_USER", a.id(), "en"));
    api.post(manager, events(a.ticket()), event("2026-10-05T10:06+08:00", "acknowledged"), null);
    api.post(manager, events(a.ticket()), event("2026-10-05T11:00+08:00", "closed"), null);

    assertThat(browser.get("/tickets").text()).doesNotContain(a.ticket());
    api.post(manager, events(a.ticket()), event("2026-10-05T12:00+08:00", "reopened"), null);
    assertThat(browser.get("/tickets").text()).contains(a.ticket());
  }

  @Test
  void theTicketPageShowsTheFiguresTheApiGives() {
    Customer a = customer("cust-a");
    api.post(manager, events(a.ticket()), event("2026-10-05T10:12+08:00", "acknowledged"), null);
    JsonNode sla = api.get(manager, "/api/tickets/" + a.ticket() + "/sla").body();
    JsonNode clock = sla.get("clocks").get(0);
    WebSession browser = signedIn(person("CUSTOMER_USER", a.id(), "en"));

    String page = browser.get("/tickets/" + a.ticket()).text();

    // The zone the page shows the timeline in is not part of the API's answer.
    assertThat(sla.has("zone")).isFalse();
    // Reported 10:05, acknowledged 10:12: 7 of 15 minutes, met, due 10:20 (+08:00).
    assertThat(clock.get("elapsed").asString()).isEqualTo("PT7M");
    assertThat(clock.get("due").asString()).isEqualTo("2026-10-05T10:20+08:00");
    assertThat(page)
        .contains("<td class=\"num\">0:07:00</td>")
        .contains("<td class=\"num\">0:08:00</td>")
        .contains("2026-10-05 10:20:00 +08:00")
        .contains("met")
        .contains("acknowledged")
        .contains("2026-10-05 10:12:00 +08:00");
  }

  @Test
  void aRunningClockCarriesItsBreachAfterForTheCountdown() {
    Customer a = customer("cust-a");
    String t = unique("INC");
    api.post(manager, "/api/tickets", ticketJson(t, a.guarantee()), null);
    String reported = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    api.post(manager, events(t), event(reported, "reported"), null);
    JsonNode clock = api.get(manager, "/api/tickets/" + t + "/sla").body().get("clocks").get(0);
    WebSession browser = signedIn(person("CUSTOMER_USER", a.id(), "en"));

    String rows = browser.get("/tickets/rows", "HX-Request", "true").text();

    assertThat(clock.get("state").asString()).isEqualTo("running");
    assertThat(rows).contains("data-breach-after=\"" + clock.get("breach_after").asString() + "\"");
    assertThat(browser.get("/tickets").text()).contains("hx-trigger=\"every 30s\"");
  }

  @Test
  void pagesSpeakThePersonsLanguage() {
    Customer a = customer("cust-a");
    WebSession browser = signedIn(person("CUSTOMER_USER", a.id(), "zh-CN"));

    String page = browser.get("/tickets").text();

    assertThat(page).contains("未关闭的工单").contains("lang=\"zh-CN\"").doesNotContain("Open tickets");
  }

  @Test
  void pagesNeedASignIn() {
    WebSession browser = new WebSession(port);

    assertThat(browser.get("/tickets").location()).endsWith("/login");
    WebSession.Page htmx = browser.get("/tickets/rows", "HX-Request", "true");
    assertThat(htmx.status()).isEqualTo(401);
    assertThat(htmx.response().headers().firstValue("HX-Redirect")).hasValue("/login");
    // The API stays stateless: a session cookie does not stand in for a token.
    WebSession signed = signedIn(person("ADMINISTRATOR", null, "en"));
    assertThat(signed.get("/api/guarantees/anything").status()).isEqualTo(401);
  }

  // --- helpers ---

  private record Customer(String id, String token, String guarantee, String ticket) {}

  /** A customer with a guarantee and one reported ticket, and a customer user's token. */
  private Customer customer(String prefix) {
    String id = unique(prefix);
    String g = unique("net");
    Answer put = api.putYaml(manager, g, ApiIntegrationTests.guarantee(g, id));
    assertThat(put.status()).as(put.text()).isEqualTo(201);
    String t = unique("INC");
    assertThat(api.post(manager, "/api/tickets", ticketJson(t, g), null).status()).isEqualTo(201);
    api.post(manager, events(t), event("2026-10-05T10:05+08:00", "reported"), null);
    return new Customer(id, tokens.issue(id, Role.CUSTOMER_USER, "user").token(), g, t);
  }

  /** Adds a person through the API; returns the email address. */
  private String person(String role, String organisation, String locale) {
    String email = unique("p") + "@example.com";
    Answer a = api.post(admin, "/api/people", person(email, role, organisation, locale), null);
    assertThat(a.status()).as(a.text()).isEqualTo(201);
    return email;
  }

  private WebSession signedIn(String email) {
    WebSession browser = new WebSession(port);
    assertThat(browser.signIn(email, PASSWORD).location()).endsWith("/tickets");
    return browser;
  }

  private static String person(String email, String role, String organisation, String locale) {
    return """
        {"email": "%s", "display_name": "Ann", "organisation": %s, "role": "%s",
         "locale": "%s", "password": "%s"}
        """
        .formatted(
            email,
            organisation == null ? "null" : "\"" + organisation + "\"",
            role,
            locale,
            PASSWORD);
  }

  private static String tokenJson(String organisation, String role, String name, String expires) {
    return """
        {"organisation": %s, "role": "%s", "name": "%s", "expires_at": %s}
        """
        .formatted(
            organisation == null ? "null" : "\"" + organisation + "\"",
            role,
            name,
            expires == null ? "null" : "\"" + expires + "\"");
  }

  private static String csrfOf(String page) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
    assertThat(m.find()).as("a CSRF token in the page").isTrue();
    return m.group(1);
  }

  private static String withoutCsrf(String page) {
    return page.replaceAll("name=\"_csrf\" (content|value)=\"[^\"]*\"", "");
  }

  private static String unique(String prefix) {
    return prefix + "-" + NEXT.incrementAndGet() + "-" + System.nanoTime();
  }

  private static String events(String ticket) {
    return "/api/tickets/" + ticket + "/events";
  }

  private static String ticketJson(String id, String guarantee) {
    return """
        {"id": "%s", "guarantee": "%s", "service": "network", "type": "incident",
         "severity": "sev1", "cause": "equipment_failure"}
        """
        .formatted(id, guarantee);
  }

  private static String event(String at, String type) {
    return """
        {"at": "%s", "event": "%s"}
        """
        .formatted(at, type);
  }

  private String passwordHash(String email) {
    return db.sql("select password_hash from person where email = :e")
        .param("e", email)
        .query(String.class)
        .single();
  }

  private int peopleStored() {
    return db.sql("select count(*) from person").query(Integer.class).single();
  }

  private Instant lockedUntil(String key) {
    return db.sql("select locked_until from sign_in_failure where throttle_key = :k")
        .param("k", key)
        .query(java.time.OffsetDateTime.class)
        .single()
        .toInstant();
  }

  private java.time.OffsetDateTime revokedAt(String tokenId) {
    return db.sql("select revoked_at from api_token where id = :id")
        .param("id", tokenId)
        .query(java.time.OffsetDateTime.class)
        .optional()
        .orElse(null);
  }

  private org.assertj.core.api.AbstractStringAssert<?> assertProblem(
      Answer a, int status, String field) {
    assertThat(a.status()).as(a.text()).isEqualTo(status);
    assertThat(a.contentType()).startsWith("application/problem+json");
    if (field == null) {
      assertThat(a.body().has("field")).as(a.text()).isFalse();
    } else {
      assertThat(a.body().get("field").asString()).as(a.text()).isEqualTo(field);
    }
    return assertThat(a.body().get("detail").asString());
  }
}

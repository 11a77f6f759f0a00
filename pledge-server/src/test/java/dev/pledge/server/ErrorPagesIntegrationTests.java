package dev.pledge.server;

import static dev.pledge.server.WebSession.withoutCsrf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pledge.server.access.ApiTokens;
import dev.pledge.server.access.People;
import dev.pledge.server.system.Role;
import java.net.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * What a browser gets when a page fails, over HTTP on a real database (the subclasses run every
 * test on H2 and on PostgreSQL): the portal's own pages in the person's language, never the API's
 * problem documents, which {@code /api/**} keeps.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "logging.level.root=warn",
      "spring.main.banner-mode=off",
      // The failing page's cause, logged as it should be, is no news in the tests' output.
      "logging.level.dev.pledge.server.portal.ErrorPages=off"
    })
@Import(ErrorPagesIntegrationTests.Failing.class)
abstract class ErrorPagesIntegrationTests {

  private static final String[] BROWSER = {"Accept", "text/html,application/xhtml+xml,*/*;q=0.8"};
  private static final String CAUSE = "a cause only the log may know";

  @LocalServerPort int port;
  @Autowired JdbcClient db;
  @Autowired ApiTokens tokens;
  @Autowired People people;

  private Api api;
  private Portal portal;
  private String manager;

  /** A page that fails as no real page should: the cause must reach the log, not the browser. */
  @TestConfiguration
  static class Failing {
    @Bean
    FailingPage failingPage() {
      return new FailingPage();
    }
  }

  @Controller
  static class FailingPage {
    @GetMapping("/failing-page")
    String fail() {
      throw new IllegalStateException(CAUSE);
    }
  }

  @BeforeEach
  void signInFromAnywhere() {
    portal = new Portal(port, people, db);
    api = new Api(port);
    manager = tokens.issue(null, Role.SERVICE_MANAGER, "tests").token();
    // Every test signs in from 127.0.0.1: each starts with no failures counted.
    db.sql("delete from sign_in_failure").update();
  }

  /** The page at {@code path} for an agent who reads English, then for one who reads Chinese. */
  private List<WebSession.Page> inEnglishAndChinese(String path) {
    return List.of("en", "zh-CN").stream()
        .map(language -> portal.signedIn(portal.person(Role.AGENT, null, language)))
        .map(person -> person.get(path, BROWSER))
        .toList();
  }

  @Test
  void anUnknownPathIsTheNotFoundPageInThePersonsLanguage() {
    List<WebSession.Page> pages = inEnglishAndChinese("/nope-page");
    WebSession.Page en = pages.get(0);
    WebSession.Page zh = pages.get(1);

    for (WebSession.Page p : pages) {
      assertThat(p.status()).isEqualTo(404);
      assertThat(p.response().headers().firstValue("Content-Type").orElseThrow())
          .startsWith("text/html");
      assertThat(p.text()).doesNotContain("static resource").contains("href=\"/tickets\"");
    }
    assertThat(en.text()).contains("<h1>Not found</h1>").contains("not yours");
    assertThat(zh.text()).contains("<h1>未找到</h1>").contains("不属于您");
  }

  @Test
  void aFailingPageSaysSoInThePersonsLanguageWithoutItsCause() {
    List<WebSession.Page> pages = inEnglishAndChinese("/failing-page");
    WebSession.Page en = pages.get(0);
    WebSession.Page zh = pages.get(1);

    for (WebSession.Page p : pages) {
      assertThat(p.status()).isEqualTo(500);
      assertThat(p.response().headers().firstValue("Content-Type").orElseThrow())
          .startsWith("text/html");
      assertThat(p.text()).doesNotContain(CAUSE).doesNotContain("IllegalStateException");
    }
    assertThat(en.text()).contains("<h1>Something went wrong</h1>").contains("(status 500)");
    assertThat(zh.text()).contains("<h1>出错了</h1>").contains("（状态 500）");
  }

  @Test
  void anotherCustomersTicketIsTheSameNotFoundPageAsAnUnknownPath() {
    String a = customer("cust-a");
    String theirs = ApiIntegrationTests.unique("INC");
    api.ticket(manager, theirs, customer("cust-b"), "2026-10-05T10:00+08:00", "reported");
    WebSession customer = portal.signedIn(portal.person(Role.CUSTOMER_USER, a));

    WebSession.Page ticket = customer.get("/tickets/" + theirs, BROWSER);
    WebSession.Page unknown = customer.get("/nope-page", BROWSER);

    assertThat(ticket.status()).isEqualTo(404);
    assertThat(withoutCsrf(ticket.text())).isEqualTo(withoutCsrf(unknown.text()));
    assertThat(ticket.text()).doesNotContain(theirs);
  }

  @Test
  void theApiKeepsItsProblemDetailsEvenForABrowser() {
    for (String[] accept : List.of(BROWSER, new String[] {"Accept", "application/json"})) {
      Api.Answer unknown =
          api.send(manager, HttpRequest.newBuilder(api.uri("/api/nope")).headers(accept));

      assertThat(unknown.status()).isEqualTo(404);
      assertThat(unknown.contentType()).startsWith("application/problem+json");
      assertThat(unknown.body().get("status").asInt()).isEqualTo(404);
    }
  }

  @Test
  void aJsonClientOutsideTheApiStillGetsAProblemDocument() {
    WebSession agent = portal.signedIn(portal.person(Role.AGENT, null));

    WebSession.Page unknown = agent.get("/nope-page", "Accept", "application/json");

    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.response().headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
  }

  /** A customer of its own guarantee; the customer's id is the guarantee's too. */
  private String customer(String prefix) {
    String id = ApiIntegrationTests.unique(prefix);
    Api.Answer put = api.putYaml(manager, id, ApiIntegrationTests.guarantee(id, id));
    assertThat(put.status()).as(put.text()).isEqualTo(201);
    return id;
  }
}

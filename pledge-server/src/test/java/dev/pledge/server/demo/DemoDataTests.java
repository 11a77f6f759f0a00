package dev.pledge.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pledge.server.Api;
import dev.pledge.server.Api.Answer;
import dev.pledge.server.access.ApiTokens;
import dev.pledge.server.system.Role;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * What a new user sees after README's run command: the example guarantees as customers with months
 * of history, reports that say met and breached, tickets whose clocks run now, and a person per
 * customer who sees only that customer.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "logging.level.root=warn",
      "spring.main.banner-mode=off",
      "pledge.demo.enabled=true"
    })
class DemoDataTests {

  private static final List<String> CUSTOMERS = List.of("northwind", "acme", "contoso", "fabrikam");

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add(
        "spring.datasource.url",
        () ->
            "jdbc:h2:mem:demo-"
                + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
                + ";DB_CLOSE_DELAY=-1");
  }

  @LocalServerPort int port;
  @Autowired JdbcClient db;
  @Autowired ApiTokens tokens;
  @Autowired DemoData demo;

  private Api api;

  @BeforeEach
  void client() {
    api = new Api(port);
  }

  @Test
  void everyExampleGuaranteeIsACustomerWithMonthsOfHistory() throws Exception {
    String provider = tokens.issue(null, Role.SERVICE_MANAGER, "tests").token();
    assertThat(count("select count(*) from guarantee")).isEqualTo(4);
    for (String customer : CUSTOMERS) {
      assertThat(count("select count(*) from ticket where customer_id = '" + customer + "'"))
          .as(customer)
          .isGreaterThan(60);
      assertThat(count("select count(*) from person where organisation_id = '" + customer + "'"))
          .isEqualTo(1);
      assertThat(
              count(
                  "select count(*) from notice_recipient where channel = 'email'"
                      + " and organisation_id = '"
                      + customer
                      + "'"))
          .isEqualTo(1);
    }
    // Last month's report, computed from the stored history, says met or breached for each.
    YearMonth last = YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(1);
    JsonNode report =
        get(provider, "/api/customers/contoso/reports/" + last + "?guarantee=contoso-it-2026");
    assertThat(report.get("verdict").asString()).isIn("met", "breached");
    assertThat(report.toString()).contains("\"met\"").contains("\"breached\"");
    // The IT operations customer's guarantee was built from the stored tier templates.
    assertThat(get(provider, "/api/guarantees/contoso-it-2026").get("sources").propertyNames())
        .contains("it-advanced.yaml", "it-standard.yaml");
  }

  @Test
  void someTicketsAreRunningNowAndEachCustomerSeesOnlyItsOwn() throws Exception {
    String provider = tokens.issue(null, Role.SERVICE_MANAGER, "tests").token();
    List<String> open =
        db.sql(
                """
                select id from ticket t where customer_id = 'northwind' and not exists
                  (select 1 from timeline_event e where e.ticket_id = t.id
                   and e.type in ('ACKNOWLEDGED', 'RESOLVED', 'CLOSED'))
                """)
            .query(String.class)
            .list();
    assertThat(open).isNotEmpty();
    JsonNode sla = get(provider, "/api/tickets/" + open.get(0) + "/sla");
    assertThat(sla.get("clocks").findValuesAsString("state")).contains("running");
    // History already resolved or closed is in the reports, but no one is told of it again.
    assertThat(
            count(
                """
                select count(*) from scheduled_notice s where exists
                  (select 1 from timeline_event e where e.ticket_id = s.ticket_id
                   and e.type in ('RESOLVED', 'CLOSED'))
                """))
        .isZero();
    // Its warnings and breach are waiting for their instants (or already on their way).
    assertThat(
            count(
                "select count(*) from scheduled_notice where ticket_id = '"
                    + open.get(0)
                    + "' and kind = 'breach'"))
        .isPositive();

    String northwind = tokens.issue("northwind", Role.CUSTOMER_USER, "tests").token();
    assertThat(api.get(northwind, "/api/tickets/" + open.get(0)).status()).isEqualTo(200);
    String acme = tokens.issue("acme", Role.CUSTOMER_USER, "tests").token();
    assertThat(api.get(acme, "/api/tickets/" + open.get(0)).status()).isEqualTo(404);
  }

  @Test
  void theFirstAdministratorSignsInBesideTheDemoPeople() {
    // README's log: the administrator's sign-in line comes before the customers' demo people.
    assertThat(
            count(
                "select count(*) from person where role = 'ADMINISTRATOR'"
                    + " and organisation_id is null and email = 'admin@localhost'"))
        .isEqualTo(1);
  }

  @Test
  void aServerWithDataGetsNoSecondDemo() throws Exception {
    int tickets = count("select count(*) from ticket");
    ApplicationArguments none = new DefaultApplicationArguments();
    demo.run(none);
    assertThat(count("select count(*) from ticket")).isEqualTo(tickets);
    assertThat(count("select count(*) from guarantee")).isEqualTo(4);
  }

  private int count(String sql) {
    return db.sql(sql).query(Integer.class).single();
  }

  /** The JSON a GET answers, which must be 200. */
  private JsonNode get(String token, String path) {
    Answer a = api.get(token, path);
    assertThat(a.status()).as(path + ": " + a.text()).isEqualTo(200);
    return a.body();
  }
}

package dev.pledge.server.notice;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.pledge.server.Api;
import dev.pledge.server.PledgeServer;
import dev.pledge.server.TestDatabases;
import dev.pledge.server.access.ApiTokens;
import dev.pledge.server.system.Role;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two server nodes on one PostgreSQL database, each polling on its own every 50 ms with its own
 * clock: every warning and breach is mailed exactly once. Then a node claims work and dies before
 * doing it; another node does it once the claim's lease has run out, and not before.
 */
class TwoNodeNoticeIntegrationTests {

  @RegisterExtension
  static final GreenMailExtension SMTP =
      new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

  private static final String URL = TestDatabases.freshPostgreSql("pledge_two_nodes");
  private static final int TICKETS = 12;

  @AfterAll
  static void dropDatabase() {
    TestDatabases.dropPostgreSql(URL);
  }

  private static ConfigurableApplicationContext node(String name, boolean polling) {
    // As command-line arguments: they come before application.properties, default properties after.
    return new SpringApplicationBuilder(PledgeServer.class, TestClockConfiguration.class)
        .run(
            "--server.port=0",
            "--spring.main.banner-mode=off",
            "--logging.level.root=warn",
            "--logging.level.dev.pledge.server.notice=error",
            "--spring.datasource.url=" + URL,
            "--spring.datasource.username=" + TestDatabases.USER,
            "--spring.datasource.password=",
            "--spring.mail.host=127.0.0.1",
            "--spring.mail.port=" + SMTP.getSmtp().getPort(),
            "--pledge.notices.node=" + name,
            "--pledge.notices.polling=" + polling,
            "--pledge.notices.poll-interval=PT0.05S",
            "--pledge.notices.lease=PT1M");
  }

  private static Api api(ConfigurableApplicationContext node) {
    return new Api(Integer.parseInt(node.getEnvironment().getProperty("local.server.port")));
  }

  @Test
  void eachNoticeIsSentOnceAndAClaimLeftByADeadNodeIsTakenOver() throws Exception {
    ConfigurableApplicationContext a = node("a", true);
    ConfigurableApplicationContext b = node("b", true);
    ConfigurableApplicationContext c = null;
    try {
      TestClock clockA = a.getBean(TestClock.class);
      TestClock clockB = b.getBean(TestClock.class);
      String manager = a.getBean(ApiTokens.class).issue(null, Role.SERVICE_MANAGER, "t").token();
      Api viaA = api(a);
      Api viaB = api(b);
      assertThat(
              viaA.putYaml(
                      manager, "net", NoticeIntegrationTests.allDayGuarantee("net", "idc", "acme"))
                  .status())
          .isEqualTo(201);
      String desk = "desk@idc.example";
      assertThat(
              viaB.post(
                      manager,
                      "/api/organisations/idc/recipients",
                      "{\"channel\": \"email\", \"address\": \"" + desk + "\"}")
                  .status())
          .isEqualTo(201);

      // Twelve tickets reported at 10:00, half through each node: 15 minutes to respond, warned
      // at 75 % (10:11:15) and 90 % (10:13:30), breached after 10:15.
      both(clockA, clockB, "2026-11-21T10:00+08:00");
      List<String> tickets = new ArrayList<>();
      for (int i = 0; i < TICKETS; i++) {
        String t = "INC-" + i;
        (i % 2 == 0 ? viaA : viaB).ticket(manager, t, "net", "2026-11-21T10:00+08:00", "reported");
        tickets.add(t);
      }
      both(clockA, clockB, "2026-11-21T10:12+08:00");
      settle(TICKETS);
      both(clockA, clockB, "2026-11-21T10:14+08:00");
      settle(2 * TICKETS);
      both(clockA, clockB, "2026-11-21T10:16+08:00");
      settle(3 * TICKETS);

      Map<String, Integer> bySubject = bySubject();
      assertThat(bySubject).hasSize(3 * TICKETS);
      assertThat(bySubject.values()).containsOnly(1);
      for (String t : tickets) {
        assertThat(bySubject)
            .containsKeys(
                "[Pledge] Warning: ticket " + t + ", Response (response) at 75 % of its target",
                "[Pledge] Warning: ticket " + t + ", Response (response) at 90 % of its target",
                "[Pledge] Breach: ticket " + t + ", Response (response) is over its target");
      }
      assertThat(viaB.get(manager, "/api/breach-cases").body().size()).isEqualTo(TICKETS);

      // Node a leaves; node c (not polling on its own) claims work and dies before doing it.
      a.close();
      c = node("c", false);
      TestClock clockC = c.getBean(TestClock.class);
      clockB.set("2026-11-21T10:20+08:00");
      viaB.ticket(manager, "INC-late-1", "net", "2026-11-21T10:14+08:00", "reported");
      viaB.ticket(manager, "INC-late-2", "net", "2026-11-21T10:15+08:00", "reported");
      // c handles what is due at 10:29:30 into the outbox (INC-late-1's breach, INC-late-2's two
      // warnings) and claims the three mails, unsent...
      clockC.set("2026-11-21T10:29:30+08:00");
      c.getBean(NoticeScheduler.class).pollOnce();
      assertThat(c.getBean(Dispatcher.class).claimOnly().ids()).hasSize(3);
      // ...and claims INC-late-2's breach (due 10:30) without handling it.
      clockC.set("2026-11-21T10:31+08:00");
      assertThat(c.getBean(NoticeScheduler.class).claimOnly().ids()).hasSize(1);
      c.close();
      c = null;

      // b's clock passes the first lease (10:30:30) but not the second (10:32).
      clockB.set("2026-11-21T10:31:30+08:00");
      eventually(() -> count("INC-late-1") == 1 && count("INC-late-2") == 2);
      sleepPolls();
      assertThat(count("INC-late-2")).isEqualTo(2); // the warnings, not yet the breach
      clockB.set("2026-11-21T10:32:01+08:00");
      eventually(() -> count("INC-late-2") == 3);
      sleepPolls();
      assertThat(count("INC-late-1")).isEqualTo(1);
      assertThat(bySubject())
          .containsKey(
              "[Pledge] Breach: ticket INC-late-2, Response (response) is over its target");
      assertThat(bySubject().values()).containsOnly(1);
    } finally {
      if (c != null) {
        c.close();
      }
      a.close();
      b.close();
    }
  }

  private static void both(TestClock a, TestClock b, String at) {
    a.set(at);
    b.set(at);
  }

  /** Waits for {@code expected} mails, then lets both nodes poll a while longer. */
  private static void settle(int expected) throws InterruptedException {
    eventually(() -> SMTP.getReceivedMessages().length >= expected);
    sleepPolls();
    assertThat(SMTP.getReceivedMessages()).hasSize(expected);
  }

  /** Twenty polls of each node: long enough for a duplicate to show if there were one. */
  private static void sleepPolls() throws InterruptedException {
    Thread.sleep(1000);
  }

  private static void eventually(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not done within a minute; mails so far: " + subjects());
      }
      Thread.sleep(50);
    }
  }

  private static int count(String ticket) {
    return (int) subjects().stream().filter(s -> s.contains("ticket " + ticket + ",")).count();
  }

  private static Map<String, Integer> bySubject() {
    Map<String, Integer> out = new TreeMap<>();
    subjects().forEach(s -> out.merge(s, 1, Integer::sum));
    return out;
  }

  private static List<String> subjects() {
    List<String> out = new ArrayList<>();
    for (MimeMessage m : SMTP.getReceivedMessages()) {
      try {
        out.add(m.getSubject());
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }
    return out;
  }
}

package dev.pledge.server.demo;

import dev.pledge.event.EventFormat;
import dev.pledge.guarantee.Guarantee;
import dev.pledge.server.access.People;
import dev.pledge.server.guarantee.GuaranteeService;
import dev.pledge.server.notice.EmailRecipients;
import dev.pledge.server.record.EventFiles;
import dev.pledge.server.system.Caller;
import dev.pledge.server.system.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With {@code pledge.demo.enabled=true}, a server with no guarantee yet gets the example guarantees
 * (examples/guarantees, bundled in the jar), one customer each, with the history of this month and
 * the two before it made up by {@link DemoHistory}, and a person per customer to sign in as, who is
 * also told of the customer's warnings and breaches by email (written to the log when no SMTP
 * server is set and {@code pledge.notices.mail-to-log} is on). Their passwords are written to the
 * log once, like the first administrator's.
 */
@Component
@Order(100)
class DemoData implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
  private static final String DIR = "demo/guarantees/";
  private static final List<String> TEMPLATES =
      List.of("tiers/it-standard.yaml", "tiers/it-advanced.yaml", "tiers/it-vip.yaml");
  private static final List<String> GUARANTEES =
      List.of("datacenter-network.yaml", "mail.yaml", "it-operations.yaml", "after-sales.yaml");
  private static final Pattern ID = Pattern.compile("(?m)^id:\\s*(\\S+)\\s*$");

  private final boolean enabled;
  private final GuaranteeService guarantees;
  private final EventFiles events;
  private final People people;
  private final EmailRecipients recipients;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final Environment environment;
  private final SecureRandom random = new SecureRandom();

  DemoData(
      @Value("${pledge.demo.enabled:false}") boolean enabled,
      GuaranteeService guarantees,
      EventFiles events,
      People people,
      EmailRecipients recipients,
      TransactionTemplate transaction,
      Clock clock,
      Environment environment) {
    this.enabled = enabled;
    this.guarantees = guarantees;
    this.events = events;
    this.people = people;
    this.recipients = recipients;
    this.transaction = transaction;
    this.clock = clock;
    this.environment = environment;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!enabled || !guarantees.none()) {
      return;
    }
    Instant now = clock.instant();
    List<String> lines = new ArrayList<>();
    transaction.executeWithoutResult(status -> lines.addAll(load(now)));
    LOG.warn(
        "Pledge demo data loaded: sign in at http://localhost:{}/login\n{}",
        environment.getProperty("local.server.port", "8080"),
        String.join("\n", lines));
  }

  /** Stores everything in one transaction: a half-loaded demo is never left behind. */
  private List<String> load(Instant now) {
    for (String template : TEMPLATES) {
      guarantees.storeTemplate(
          template.substring(template.indexOf('/') + 1), text(template), Caller.SYSTEM);
    }
    List<String> signIns = new ArrayList<>();
    long seed = 1;
    for (String file : GUARANTEES) {
      String yaml =
          validFrom(text(file), YearMonth.from(now.atZone(ZoneOffset.UTC)).minusMonths(3));
      String id = id(yaml, file);
      guarantees.upload(id, yaml, Caller.SYSTEM);
      Guarantee g = guarantees.parse(guarantees.latest(id).orElseThrow());
      String customer = g.customer().orElseThrow().id();
      LocalDate firstDay = YearMonth.from(now.atZone(g.zone())).minusMonths(2).atDay(1);
      List<String> history =
          DemoHistory.of(g, firstDay, now, seed++, customer.toUpperCase(java.util.Locale.ROOT));
      events.store(
          customer,
          id,
          EventFormat.JSONL,
          String.join("\n", history).getBytes(StandardCharsets.UTF_8));
      String email = "user@" + customer + ".example";
      String password = password();
      recipients.add(customer, email, "en", g.zone().getId(), Caller.SYSTEM);
      people.create(
          email, g.customer().get().name().in("en"), customer, Role.CUSTOMER_USER, "en", password);
      signIns.add(
          "  customer " + customer + " (" + id + "): " + email + " with password " + password);
    }
    return signIns;
  }

  /**
   * The guarantee made valid from the start of the year of {@code earliest} on, with no end: the
   * examples are valid for one calendar year, and the demo's history, the three months up to today,
   * must lie within it whatever today's date, or its reports would be refused.
   */
  static String validFrom(String yaml, YearMonth earliest) {
    return VALID.matcher(yaml).replaceFirst("valid: {from: " + earliest.getYear() + "-01-01}");
  }

  private static final Pattern VALID = Pattern.compile("(?m)^valid:.*$");

  private static String id(String yaml, String file) {
    Matcher m = ID.matcher(yaml);
    if (!m.find()) {
      throw new IllegalStateException("the demo guarantee " + file + " has no 'id:' line");
    }
    return m.group(1);
  }

  private static String text(String file) {
    try (InputStream in = DemoData.class.getClassLoader().getResourceAsStream(DIR + file)) {
      if (in == null) {
        throw new IllegalStateException(
            "the demo guarantee " + file + " is not in the server's jar (built from examples/)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** 12 random bytes as 16 URL-safe characters. */
  private String password() {
    byte[] secret = new byte[12];
    random.nextBytes(secret);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
  }
}

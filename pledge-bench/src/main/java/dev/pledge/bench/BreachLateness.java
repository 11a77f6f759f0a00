package dev.pledge.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How late breach notices reach a webhook when many tickets are open: the measurement in
 * docs/benchmarks.md, "Breach notices on time"; {@code pledge-bench/lateness.sh} runs it against a
 * server on a fresh database.
 *
 * <p>Uploads a guarantee with one response commitment (24×7, a target 5 minutes longer than lead
 * and window together, so every report is in the past when imported; {@code thresholds: [100]} so
 * no warnings are scheduled), registers a webhook recipient for its customer pointing at an HTTP
 * server in this process, and imports {@code --tickets} open tickets (reported, never acknowledged)
 * in files of {@code --batch} whole tickets. Their reports are chosen so that their breach_after
 * instants are spread evenly over {@code --window} seconds, the first {@code --lead} seconds after
 * the import starts. Each webhook's arrival is recorded; a notice's lateness is its arrival minus
 * the breach_after its body names, which is checked against the one the ticket was given. Waits
 * until every ticket's breach notice arrived, or {@code --timeout} seconds after the last
 * breach_after; the last line is {@code RESULT key=value ...} for scripts.
 *
 * <p>{@code java -cp pledge-bench/target/benchmarks.jar dev.pledge.bench.BreachLateness --url URL
 * --token ADMIN_TOKEN [--tickets N] [--batch N] [--lead S] [--window S] [--timeout S]}
 */
public final class BreachLateness {

  private static final String GUARANTEE = "lateness-bench";
  private static final String CUSTOMER = "lateness-customer";

  private static final String GUARANTEE_YAML =
      """
      id: lateness-bench
      version: 1
      title: {en: Breach notice lateness}
      provider: {id: lateness-provider, name: {en: Lateness provider}}
      customer: {id: lateness-customer, name: {en: Lateness customer}}
      services:
        - {id: svc, name: {en: Service}}
      valid: {from: 2026-01-01, to: 2027-12-31}
      zone: UTC
      commitments:
        - id: response
          kind: response
          target: %dm
          thresholds: [100]
      """;

  /** One webhook as it arrived. */
  record Arrival(Instant at, String notice, String kind, String ticket, String breachAfter) {}

  private final String url;
  private final String token;
  private final int tickets;
  private final int batch;
  private final Duration lead;
  private final Duration window;
  private final Duration timeout;
  private final Duration target;
  private final String run = Long.toString(System.currentTimeMillis(), 36);
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final ConcurrentLinkedQueue<Arrival> arrivals = new ConcurrentLinkedQueue<>();

  private BreachLateness(Map<String, String> o) {
    url = require(o, "url");
    token = require(o, "token");
    tickets = Integer.parseInt(o.getOrDefault("tickets", "100000"));
    batch = Integer.parseInt(o.getOrDefault("batch", "5000"));
    lead = Duration.ofSeconds(Long.parseLong(o.getOrDefault("lead", "600")));
    window = Duration.ofSeconds(Long.parseLong(o.getOrDefault("window", "600")));
    timeout = Duration.ofSeconds(Long.parseLong(o.getOrDefault("timeout", "600")));
    // Every report must lie in the past when it is imported: a clock evaluated as of now has not
    // started for a ticket reported later, and gets no breach scheduled.
    target = Duration.ofMinutes(lead.plus(window).toMinutes() + 5);
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> o = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --name value, not " + args[i]);
      }
      o.put(args[i].substring(2), args[i + 1]);
    }
    new BreachLateness(o).measure();
  }

  private static String require(Map<String, String> o, String name) {
    String v = o.get(name);
    if (v == null) {
      throw new IllegalArgumentException(
          "usage: BreachLateness --url URL --token ADMIN_TOKEN [--tickets N] [--batch N]"
              + " [--lead S] [--window S] [--timeout S]; --"
              + name
              + " is missing");
    }
    return v;
  }

  private void measure() throws Exception {
    HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
    receiver.createContext("/notices", this::receive);
    receiver.setExecutor(Executors.newFixedThreadPool(4));
    receiver.start();
    String hook = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/notices";

    send(
        "PUT",
        "/api/guarantees/" + GUARANTEE,
        "application/yaml",
        GUARANTEE_YAML.formatted(target.toMinutes()),
        "uploading the guarantee");
    send(
        "POST",
        "/api/organisations/" + CUSTOMER + "/recipients",
        "application/json",
        "{\"channel\": \"webhook\", \"address\": \""
            + hook
            + "\", \"secret\": \"lateness-benchmark-secret\", \"warnings\": true,"
            + " \"breaches\": true}",
        "registering the webhook recipient");

    Instant start = Instant.now();
    Instant first = start.plus(lead);
    Map<String, Instant> due = new HashMap<>(tickets * 2);
    long spacingNanos = window.toNanos() / tickets;
    StringBuilder file = new StringBuilder();
    int inFile = 0;
    for (int i = 0; i < tickets; i++) {
      // Microseconds at most: the server refuses finer instants.
      Instant breachAfter =
          first.plusNanos(spacingNanos * i).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
      String id = "BL-" + run + "-" + i;
      due.put(id, breachAfter);
      file.append("{\"kind\": \"ticket\", \"id\": \"")
          .append(id)
          .append("\", \"service\": \"svc\", \"type\": \"incident\", \"timeline\": [{\"at\": \"")
          .append(breachAfter.minus(target).atOffset(ZoneOffset.UTC))
          .append("\", \"event\": \"reported\"}]}\n");
      if (++inFile == batch || i == tickets - 1) {
        send(
            "POST",
            "/api/customers/" + CUSTOMER + "/imports?guarantee=" + GUARANTEE,
            "application/jsonl",
            file.toString(),
            "importing tickets up to " + id);
        file.setLength(0);
        inFile = 0;
      }
    }
    Instant seeded = Instant.now();
    System.out.printf(
        "seeded %d tickets in %.1f s; first breach_after %s (%.1f s after seeding ended),"
            + " last %s%n",
        tickets,
        Duration.between(start, seeded).toMillis() / 1000.0,
        first,
        Duration.between(seeded, first).toMillis() / 1000.0,
        first.plus(window));
    if (seeded.isAfter(first)) {
      System.out.println(
          "WARNING: seeding ended after the first breach_after; raise --lead for a fair run");
    }

    Instant last = first.plus(window);
    Instant giveUp = last.plus(timeout);
    while (Instant.now().isBefore(giveUp)) {
      long breaches = breachTickets().size();
      System.out.printf(
          "%s: %d of %d breach notices arrived, load average %s%n",
          Instant.now(), breaches, tickets, loadAverage());
      if (breaches >= tickets) {
        break;
      }
      Thread.sleep(30_000);
    }
    receiver.stop(0);
    report(due);
    System.exit(0);
  }

  private Set<String> breachTickets() {
    Set<String> seen = new HashSet<>();
    for (Arrival a : arrivals) {
      if (a.kind().equals("breach")) {
        seen.add(a.ticket());
      }
    }
    return seen;
  }

  private void report(Map<String, Instant> due) {
    Latencies lateness = new Latencies();
    Set<String> notices = new HashSet<>();
    Set<String> ticketsSeen = new HashSet<>();
    int duplicateNotices = 0;
    int secondNotices = 0;
    int warnings = 0;
    int foreign = 0;
    int wrongBreachAfter = 0;
    for (Arrival a : arrivals) {
      if (!a.kind().equals("breach")) {
        warnings++;
        continue;
      }
      Instant expected = due.get(a.ticket());
      if (expected == null) {
        foreign++;
        continue;
      }
      if (!notices.add(a.notice())) {
        duplicateNotices++; // the same notice sent again: at-least-once delivery
        continue;
      }
      if (!ticketsSeen.add(a.ticket())) {
        secondNotices++; // a second breach notice for one ticket
        continue;
      }
      Instant breachAfter = OffsetDateTime.parse(a.breachAfter()).toInstant();
      if (!breachAfter.equals(expected)) {
        wrongBreachAfter++;
      }
      lateness.record(Duration.between(breachAfter, a.at()).toNanos());
    }
    int missing = tickets - ticketsSeen.size();
    System.out.printf(
        "breach notices: %d of %d tickets, missing %d, duplicated deliveries %d, second notices"
            + " for a ticket %d, other notices %d, unknown tickets %d, breach_after differing from"
            + " the ticket's %d%n",
        ticketsSeen.size(),
        tickets,
        missing,
        duplicateNotices,
        secondNotices,
        warnings,
        foreign,
        wrongBreachAfter);
    if (lateness.count() == 0) {
      System.out.println("RESULT received=0 missing=" + missing);
      return;
    }
    System.out.printf(
        "lateness (arrival - breach_after): p50 %.3f s, p90 %.3f s, p99 %.3f s, max %.3f s%n",
        seconds(lateness.percentile(50)),
        seconds(lateness.percentile(90)),
        seconds(lateness.percentile(99)),
        seconds(lateness.max()));
    System.out.printf(
        "RESULT received=%d missing=%d duplicates=%d second=%d others=%d wrong=%d p50_s=%.3f"
            + " p90_s=%.3f p99_s=%.3f max_s=%.3f load=%s%n",
        ticketsSeen.size(),
        missing,
        duplicateNotices,
        secondNotices,
        warnings,
        wrongBreachAfter,
        seconds(lateness.percentile(50)),
        seconds(lateness.percentile(90)),
        seconds(lateness.percentile(99)),
        seconds(lateness.max()),
        loadAverage().replace(' ', '/'));
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }

  private static String loadAverage() {
    try {
      String[] f =
          java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException e) {
      return "?";
    }
  }

  private static final Pattern FIELD =
      Pattern.compile("\"(id|kind|ticket|breach_after)\"\\s*:\\s*\"([^\"]*)\"");

  private void receive(HttpExchange exchange) throws IOException {
    Instant at = Instant.now();
    String body;
    try (InputStream in = exchange.getRequestBody()) {
      body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Map<String, String> f = new HashMap<>();
    Matcher m = FIELD.matcher(body);
    while (m.find()) {
      f.putIfAbsent(m.group(1), m.group(2));
    }
    String notice = exchange.getRequestHeaders().getFirst("Pledge-Notice-Id");
    arrivals.add(
        new Arrival(
            at,
            notice == null ? f.get("id") : notice,
            f.getOrDefault("kind", "?"),
            f.getOrDefault("ticket", "?"),
            f.get("breach_after")));
    exchange.sendResponseHeaders(204, -1);
    exchange.close();
  }

  private void send(String method, String path, String type, String body, String what)
      throws IOException, InterruptedException {
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(URI.create(url + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", type)
                .timeout(Duration.ofMinutes(5))
                .method(method, BodyPublishers.ofString(body))
                .build(),
            BodyHandlers.ofString());
    if (answer.statusCode() / 100 != 2) {
      throw new IllegalStateException(
          what + " was answered " + answer.statusCode() + ": " + answer.body());
    }
  }
}

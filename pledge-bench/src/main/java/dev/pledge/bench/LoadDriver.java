package dev.pledge.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives a running server the way a busy service desk does: opens tickets under an uploaded
 * guarantee and records each ticket's timeline, one {@code POST} per event with its own {@code
 * Idempotency-Key}, and measures what the server accepts (2xx answers) and how long each answer
 * takes. The measurement in docs/benchmarks.md, "Server under load"; {@code pledge-bench/load.sh}
 * runs it beside {@code pgbench}.
 *
 * <p>Two modes, each measured after a warm-up:
 *
 * <ul>
 *   <li>{@code --mode closed --clients N}: N clients, each sending its next request when the last
 *       is answered; gives the most the server accepts with N requests in flight.
 *   <li>{@code --mode open --rate R}: R requests a second at fixed intervals, whatever the answers
 *       do; a request's latency runs from when it was due to be sent, so a server that falls behind
 *       shows it in the percentiles instead of slowing the driver down.
 * </ul>
 *
 * <p>Event times, {@code --times}:
 *
 * <ul>
 *   <li>{@code live} (the default): each event happens when it is sent, as a service desk records
 *       its tickets. Clocks run and their warnings and breaches are scheduled, but none falls due
 *       during the run: this is the load of events itself.
 *   <li>{@code backdated}: the timelines of October 2026, as {@link GenerateTickets} writes them.
 *       Recorded weeks later, every clock of every ticket is already past its target when the
 *       ticket is reported, so the server also opens a breach case and sends breach notices for
 *       each: the load of a desk whose every ticket is in breach at once.
 * </ul>
 *
 * <p>{@code java -cp pledge-bench/target/benchmarks.jar dev.pledge.bench.LoadDriver --url URL
 * --token ADMIN_TOKEN --mode closed|open [--clients N] [--rate R] [--warmup S] [--duration S]
 * [--guarantee FILE] [--service S] [--severity S] [--times live|backdated] [--trace FILE]}. The
 * administrator token uploads the guarantee (unchanged on a second run) and issues the AGENT token
 * the load is sent with. The last line is {@code RESULT key=value ...} for scripts.
 */
public final class LoadDriver {

  /** A ticket's requests: opening it, then its timeline as in {@link GenerateTickets}. */
  private static final String[] EVENTS = {
    "reported", "acknowledged", "dispatched", "paused", "resumed",
    "on_site", "paused", "resumed", "restored", "resolved"
  };

  /** Minutes after the report at which each event happens. */
  private static final int[] MINUTES = {0, 6, 12, 20, 35, 45, 60, 70, 95, 110};

  private static final String PAUSE_REASON = "spare_parts";
  static final int STEPS = 1 + EVENTS.length;

  private static final Pattern FIELD_ID = Pattern.compile("(?m)^id:\\s*(\\S+)\\s*$");
  private static final Pattern VALID = Pattern.compile("(?m)^valid:.*$");
  private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

  private final Options options;
  private final HttpClient http;
  private final String guaranteeId;
  private final String run = Long.toString(System.currentTimeMillis(), 36);
  private String agentToken;

  /** Each client thread's own kept-alive connection to the server. */
  private final ThreadLocal<Http1Connection> connection;

  private LoadDriver(Options options) throws IOException {
    this.options = options;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    this.guaranteeId = idOf(Files.readString(options.guarantee));
    URI server = URI.create(options.url);
    this.connection = ThreadLocal.withInitial(() -> new Http1Connection(server, 30_000));
  }

  public static void main(String[] args) throws Exception {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(
          "usage: LoadDriver --url URL --token ADMIN_TOKEN --mode closed|open [--clients N]"
              + " [--rate R] [--warmup S] [--duration S] [--guarantee FILE] [--service S]"
              + " [--severity S] [--times live|backdated] [--trace FILE]");
      System.exit(2);
      return;
    }
    LoadDriver driver = new LoadDriver(options);
    driver.setUp();
    Tally tally = options.open ? driver.openLoop() : driver.closedLoop();
    tally.print(options);
    if (options.trace != null) {
      tally.writeTrace(options.trace);
    }
  }

  /** Uploads the guarantee and issues the agent token the load runs with. */
  private void setUp() throws IOException, InterruptedException {
    String yaml = Files.readString(options.guarantee);
    if (!options.backdated) {
      yaml = openEnded(yaml, Year.now(ZoneOffset.UTC));
    }
    HttpResponse<String> put =
        http.send(
            admin("/api/guarantees/" + guaranteeId)
                .header("Content-Type", "application/yaml")
                .PUT(BodyPublishers.ofString(yaml))
                .build(),
            BodyHandlers.ofString());
    expect(put, "uploading " + options.guarantee);
    HttpResponse<String> issued =
        http.send(
            admin("/api/tokens")
                .header("Content-Type", "application/json")
                .POST(
                    BodyPublishers.ofString(
                        "{\"role\": \"AGENT\", \"name\": \"load driver " + run + "\"}"))
                .build(),
            BodyHandlers.ofString());
    expect(issued, "issuing an AGENT token");
    Matcher m = TOKEN.matcher(issued.body());
    if (!m.find()) {
      throw new IllegalStateException(
          "no token in the answer to POST /api/tokens: " + issued.body());
    }
    agentToken = m.group(1);
  }

  private HttpRequest.Builder admin(String path) {
    return HttpRequest.newBuilder(URI.create(options.url + path))
        .header("Authorization", "Bearer " + options.token)
        .timeout(Duration.ofSeconds(30));
  }

  private static void expect(HttpResponse<String> answer, String what) {
    if (answer.statusCode() / 100 != 2) {
      throw new IllegalStateException(
          what + " was answered " + answer.statusCode() + ": " + answer.body());
    }
  }

  /** Each client opens a ticket, records its timeline, and starts the next, until the end. */
  private Tally closedLoop() throws InterruptedException {
    Tally tally = new Tally(options.trace != null);
    AtomicLong nextTicket = new AtomicLong();
    long start = System.nanoTime();
    long measureFrom = start + TimeUnit.SECONDS.toNanos(options.warmupSeconds);
    long end = measureFrom + TimeUnit.SECONDS.toNanos(options.durationSeconds);
    tally.measuredFrom(start, options.warmupSeconds);
    ExecutorService clients = Executors.newFixedThreadPool(options.clients);
    for (int c = 0; c < options.clients; c++) {
      clients.execute(
          () -> {
            while (System.nanoTime() < end) {
              oneTicket(nextTicket.getAndIncrement(), tally, measureFrom, end);
            }
          });
    }
    clients.shutdown();
    clients.awaitTermination(
        options.warmupSeconds + options.durationSeconds + 120L, TimeUnit.SECONDS);
    tally.seconds = options.durationSeconds;
    return tally;
  }

  private void oneTicket(long ticket, Tally tally, long measureFrom, long end) {
    for (int step = 0; step < STEPS && System.nanoTime() < end; step++) {
      long sent = System.nanoTime();
      int status = send(request(ticket, step), tally);
      long answered = System.nanoTime();
      if (answered >= measureFrom && answered < end) {
        tally.record(step, status, answered - sent);
        tally.trace(sent - measureFrom, step, status, answered - sent);
      }
      if (step == 0 && status / 100 != 2) {
        return;
      }
    }
  }

  /**
   * Sends requests at fixed intervals. Request i goes to lane {@code i % lanes}, with as many lanes
   * as requests a second, so a lane's requests are a second apart: a ticket is opened, a second
   * later its report is recorded, and so on through its timeline. Each lane starts a second after
   * the one before it, up to a timeline's length, so that every second carries every step alike;
   * the lanes yet to start leave their slots empty.
   */
  private Tally openLoop() throws InterruptedException {
    Tally tally = new Tally(options.trace != null);
    double rate = options.rate;
    long lanes = Math.max(1, (long) Math.ceil(rate));
    double interval = 1e9 / rate;
    long start = System.nanoTime();
    long measureFrom = start + TimeUnit.SECONDS.toNanos(options.warmupSeconds);
    long end = measureFrom + TimeUnit.SECONDS.toNanos(options.durationSeconds);
    tally.measuredFrom(start, options.warmupSeconds);
    ExecutorService senders = Executors.newFixedThreadPool(options.clients);
    for (long i = 0; ; i++) {
      long due = start + (long) (i * interval);
      if (due >= end) {
        break;
      }
      long wait;
      while ((wait = due - System.nanoTime()) > 0) {
        LockSupport.parkNanos(wait);
      }
      Slot slot = Slot.of(i, lanes);
      if (slot == null) {
        continue;
      }
      senders.execute(
          () -> {
            int status = send(request(slot.ticket(), slot.step()), tally);
            if (due >= measureFrom) {
              long latency = System.nanoTime() - due;
              tally.record(slot.step(), status, latency);
              tally.trace(due - measureFrom, slot.step(), status, latency);
            }
          });
    }
    senders.shutdown();
    senders.awaitTermination(120, TimeUnit.SECONDS);
    tally.seconds = options.durationSeconds;
    return tally;
  }

  /**
   * Which ticket, and which of its steps, the open loop's request number {@code i} is; null while
   * its lane has yet to start. Were all lanes to start at once, each second would carry one step
   * only (every ticket opened in one second, every report in the next), and the costliest step
   * would come as a burst every timeline.
   */
  record Slot(long ticket, int step) {
    static Slot of(long i, long lanes) {
      long lane = i % lanes;
      long round = i / lanes - lane % STEPS;
      if (round < 0) {
        return null;
      }
      return new Slot((round / STEPS) * lanes + lane, (int) (round % STEPS));
    }
  }

  /** The answer's status, or 0 when there was none (the error is kept in the tally). */
  private int send(Request request, Tally tally) {
    try {
      Http1Connection.Answer answer =
          connection.get().exchange("POST", request.path(), request.headers(), request.body());
      if (answer.status() / 100 != 2) {
        tally.example("HTTP " + answer.status(), answer.body());
      }
      return answer.status();
    } catch (IOException | RuntimeException e) {
      connection.get().close();
      tally.example(e.getClass().getSimpleName(), String.valueOf(e.getMessage()));
      return 0;
    }
  }

  /** A POST of the load: its path, header lines and JSON body. */
  record Request(String path, String headers, String body) {}

  /** Step 0 opens ticket number {@code ticket}; step k records its k-th event. */
  Request request(long ticket, int step) {
    String id = "LD-" + run + "-" + ticket;
    String headers =
        "Authorization: Bearer "
            + agentToken
            + "\r\nContent-Type: application/json\r\nIdempotency-Key: "
            + id
            + "-"
            + step
            + "\r\n";
    if (step == 0) {
      return new Request("/api/tickets", headers, ticketBody(id));
    }
    Instant at =
        options.backdated
            ? GenerateTickets.MONTH_START.plusSeconds(
                60 * (ticket % (30 * 24 * 60) + MINUTES[step - 1]))
            : Instant.now().truncatedTo(ChronoUnit.MICROS);
    return new Request("/api/tickets/" + id + "/events", headers, eventBody(at, step - 1));
  }

  private String ticketBody(String id) {
    return "{\"id\": \""
        + id
        + "\", \"guarantee\": \""
        + guaranteeId
        + "\", \"service\": \""
        + options.service
        + "\", \"type\": \"incident\", \"severity\": \""
        + options.severity
        + "\"}";
  }

  /**
   * Event {@code n} of a ticket's timeline, at {@code at}: a backdated ticket is reported at a
   * minute of October 2026 that depends on the ticket, its later events {@link #MINUTES} after.
   */
  static String eventBody(Instant at, int n) {
    String event = EVENTS[n];
    String reason =
        event.equals("paused") || event.equals("resumed")
            ? ", \"reason\": \"" + PAUSE_REASON + "\""
            : "";
    return "{\"at\": \""
        + at.atOffset(ZoneOffset.ofHours(8))
        + "\", \"event\": \""
        + event
        + "\""
        + reason
        + "}";
  }

  /**
   * The guarantee valid from the start of {@code year} on, with no end, so that live events fall
   * inside its validity whenever the load runs.
   */
  static String openEnded(String yaml, Year year) {
    return VALID.matcher(yaml).replaceFirst("valid: {from: " + year + "-01-01}");
  }

  private static String idOf(String yaml) {
    Matcher m = FIELD_ID.matcher(yaml);
    if (!m.find()) {
      throw new IllegalArgumentException("the guarantee file has no top-level 'id:' line");
    }
    return m.group(1);
  }

  /** What the measured window saw: accepted requests, their latencies, and every error. */
  static final class Tally {
    final Latencies events = new Latencies();
    final Latencies tickets = new Latencies();
    final Latencies all = new Latencies();
    private final Map<String, Long> errors = new HashMap<>();
    private final Map<String, String> examples = new HashMap<>();
    private final StringBuilder trace;
    private long measuredFromEpochMillis;
    long seconds;

    /** The wall-clock instant the measurement begins, for lining the trace up with server logs. */
    void measuredFrom(long startNanos, long warmupSeconds) {
      long nowMillis = System.currentTimeMillis();
      long elapsedNanos = System.nanoTime() - startNanos;
      measuredFromEpochMillis =
          nowMillis - elapsedNanos / 1_000_000 + TimeUnit.SECONDS.toMillis(warmupSeconds);
    }

    Tally(boolean tracing) {
      this.trace = tracing ? new StringBuilder() : null;
    }

    /**
     * One measured request for {@code --trace}: when it was sent (or due, in the open loop) after
     * the measurement began, its step, status and latency; shows whether slow answers come
     * together, as a pause of the whole server does, or one by one.
     */
    void trace(long sentNanos, int step, int status, long latencyNanos) {
      if (trace == null) {
        return;
      }
      synchronized (trace) {
        trace
            .append(String.format("%.3f", sentNanos / 1e6))
            .append(' ')
            .append(step)
            .append(' ')
            .append(status)
            .append(' ')
            .append(String.format("%.3f", latencyNanos / 1e6))
            .append('\n');
      }
    }

    void writeTrace(Path file) throws IOException {
      synchronized (trace) {
        Files.writeString(
            file,
            "# measured from "
                + java.time.Instant.ofEpochMilli(measuredFromEpochMillis)
                + "\nsent_ms step status latency_ms\n"
                + trace);
      }
    }

    void record(int step, int status, long nanos) {
      if (status / 100 != 2) {
        synchronized (errors) {
          errors.merge(status == 0 ? "no answer" : "HTTP " + status, 1L, Long::sum);
        }
        return;
      }
      (step == 0 ? tickets : events).record(nanos);
      all.record(nanos);
    }

    void example(String kind, String body) {
      synchronized (errors) {
        examples.putIfAbsent(kind, body.length() > 300 ? body.substring(0, 300) : body);
      }
    }

    long errorCount() {
      synchronized (errors) {
        return errors.values().stream().mapToLong(Long::longValue).sum();
      }
    }

    void print(Options o) {
      String mode =
          o.open
              ? String.format("open loop, %.1f requests/s, %d sender threads", o.rate, o.clients)
              : String.format("closed loop, %d clients", o.clients);
      System.out.printf(
          "%s, %s event times; %d s measured after %d s warm-up%n",
          mode, o.backdated ? "backdated" : "live", o.durationSeconds, o.warmupSeconds);
      System.out.printf(
          "  accepted: %d timeline events (%.1f/s), %d tickets opened (%.1f/s), %.1f writes/s%n",
          events.count(),
          perSecond(events.count()),
          tickets.count(),
          perSecond(tickets.count()),
          perSecond(all.count()));
      System.out.printf("  errors: %d %s%n", errorCount(), errors);
      examples.forEach((k, v) -> System.out.printf("  first %s: %s%n", k, v));
      line("timeline events", events);
      line("tickets opened", tickets);
      StringBuilder result = new StringBuilder("RESULT");
      result.append(" mode=").append(o.open ? "open" : "closed");
      result.append(" times=").append(o.backdated ? "backdated" : "live");
      result.append(" clients=").append(o.clients);
      result.append(" rate=").append(o.open ? String.format("%.1f", o.rate) : "-");
      result.append(String.format(" events_per_s=%.1f", perSecond(events.count())));
      result.append(String.format(" writes_per_s=%.1f", perSecond(all.count())));
      result.append(" errors=").append(errorCount());
      if (events.count() > 0) {
        result.append(" p50_ms=").append(ms(events.percentile(50)));
        result.append(" p90_ms=").append(ms(events.percentile(90)));
        result.append(" p99_ms=").append(ms(events.percentile(99)));
        result.append(" max_ms=").append(ms(events.max()));
      }
      System.out.println(result);
    }

    private double perSecond(long count) {
      return (double) count / seconds;
    }

    private static void line(String what, Latencies l) {
      if (l.count() == 0) {
        System.out.printf("  %s: none accepted%n", what);
        return;
      }
      System.out.printf(
          "  %s latency ms: p50 %s  p90 %s  p99 %s  max %s%n",
          what, ms(l.percentile(50)), ms(l.percentile(90)), ms(l.percentile(99)), ms(l.max()));
    }

    private static String ms(long nanos) {
      return String.format("%.2f", nanos / 1e6);
    }
  }

  /** The command line. */
  static final class Options {
    String url;
    String token;
    boolean open;
    int clients = -1;
    double rate = -1;
    long warmupSeconds = 10;
    long durationSeconds = 30;
    Path guarantee = Path.of("examples/guarantees/datacenter-network.yaml");
    String service = "network";
    String severity = "sev1";
    boolean backdated;
    Path trace;

    static Options parse(String[] args) {
      Options o = new Options();
      Map<String, String> given = new HashMap<>();
      for (int i = 0; i < args.length; i += 2) {
        if (!args[i].startsWith("--") || i + 1 == args.length) {
          throw new IllegalArgumentException("expected --name value pairs, got '" + args[i] + "'");
        }
        given.put(args[i].substring(2), args[i + 1]);
      }
      o.url = required(given, "url").replaceAll("/+$", "");
      o.token = required(given, "token");
      String mode = required(given, "mode");
      if (!mode.equals("open") && !mode.equals("closed")) {
        throw new IllegalArgumentException("--mode is 'closed' or 'open', not '" + mode + "'");
      }
      o.open = mode.equals("open");
      o.clients = Integer.parseInt(given.getOrDefault("clients", o.open ? "64" : "8"));
      if (o.open) {
        o.rate = Double.parseDouble(required(given, "rate"));
        if (!(o.rate > 0)) {
          throw new IllegalArgumentException("--rate must be above 0");
        }
      }
      o.warmupSeconds = Long.parseLong(given.getOrDefault("warmup", "10"));
      o.durationSeconds = Long.parseLong(given.getOrDefault("duration", "30"));
      o.guarantee = Path.of(given.getOrDefault("guarantee", o.guarantee.toString()));
      o.service = given.getOrDefault("service", o.service);
      o.severity = given.getOrDefault("severity", o.severity);
      String times = given.getOrDefault("times", "live");
      if (!times.equals("live") && !times.equals("backdated")) {
        throw new IllegalArgumentException("--times is 'live' or 'backdated', not '" + times + "'");
      }
      o.backdated = times.equals("backdated");
      o.trace = given.containsKey("trace") ? Path.of(given.get("trace")) : null;
      return o;
    }

    private static String required(Map<String, String> given, String name) {
      String value = given.get(name);
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException("--" + name + " is missing");
      }
      return value;
    }
  }
}

package dev.pledge.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.SplittableRandom;

/**
 * Writes a month of whole-ticket JSONL for the bounded-memory measurement in docs/benchmarks.md:
 * incidents of severity sev1 or sev2 reported at random minutes of October 2026 (Asia/Shanghai),
 * each with 10 timeline events, four of them two pauses and their resumptions. Most tickets are
 * acknowledged within 10 minutes and restored within 2 hours, so they meet the example guarantees'
 * targets; one in twenty is acknowledged late.
 *
 * <p>{@code java -cp pledge-bench/target/benchmarks.jar dev.pledge.bench.GenerateTickets FILE
 * [COUNT] [SERVICE]} — COUNT defaults to 1 000 000, SERVICE to {@code network}.
 */
public final class GenerateTickets {

  /** 2026-10-01T00:00+08:00. */
  static final Instant MONTH_START = Instant.parse("2026-09-30T16:00:00Z");

  private static final ZoneOffset SHANGHAI = ZoneOffset.ofHours(8);
  private static final int MINUTES_IN_MONTH = 31 * 24 * 60;

  private GenerateTickets() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: GenerateTickets FILE [COUNT] [SERVICE]");
      System.exit(2);
    }
    Path file = Path.of(args[0]);
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
    String service = args.length > 2 ? args[2] : "network";
    SplittableRandom r = new SplittableRandom(20261123L);
    StringBuilder line = new StringBuilder(1024);
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < count; i++) {
        line.setLength(0);
        appendTicket(r, i, service, line);
        out.append(line);
      }
    }
    System.out.println("wrote " + count + " tickets to " + file);
  }

  /**
   * Appends ticket number {@code n} as one JSONL line: reported, acknowledged, dispatched, paused,
   * resumed, on site, paused, resumed, restored, resolved; the pauses are for {@code
   * awaiting_customer} in a third of the tickets and for {@code spare_parts} in the rest.
   */
  static void appendTicket(SplittableRandom r, int n, String service, StringBuilder out) {
    Instant t = MONTH_START.plusSeconds(60L * r.nextInt(MINUTES_IN_MONTH - 24 * 60));
    String pause = r.nextInt(3) == 0 ? "awaiting_customer" : "spare_parts";
    out.append("{\"kind\":\"ticket\",\"id\":\"INC-").append(1_000_000 + n);
    out.append("\",\"service\":\"").append(service);
    out.append("\",\"type\":\"incident\",\"severity\":\"sev").append(1 + r.nextInt(2));
    out.append("\",\"customer\":\"northwind\",\"reported_via\":\"phone\",\"timeline\":[");
    event(out, t, "reported", null, true);
    boolean late = r.nextInt(20) == 0;
    t = plusMinutes(r, t, late ? 16 : 1, late ? 40 : 10);
    event(out, t, "acknowledged", null, false);
    t = plusMinutes(r, t, 2, 10);
    event(out, t, "dispatched", null, false);
    t = plusMinutes(r, t, 2, 10);
    event(out, t, "paused", pause, false);
    t = plusMinutes(r, t, 5, 20);
    event(out, t, "resumed", pause, false);
    t = plusMinutes(r, t, 3, 15);
    event(out, t, "on_site", null, false);
    t = plusMinutes(r, t, 2, 10);
    event(out, t, "paused", pause, false);
    t = plusMinutes(r, t, 2, 15);
    event(out, t, "resumed", pause, false);
    t = plusMinutes(r, t, 3, 20);
    event(out, t, "restored", null, false);
    t = plusMinutes(r, t, 10, 60);
    event(out, t, "resolved", null, false);
    out.append("]}\n");
  }

  private static Instant plusMinutes(SplittableRandom r, Instant t, int min, int max) {
    return t.plusSeconds(60L * r.nextInt(min, max + 1) + r.nextInt(60));
  }

  private static void event(
      StringBuilder out, Instant at, String type, String reason, boolean first) {
    out.append(first ? "{\"at\":\"" : ",{\"at\":\"");
    out.append(OffsetDateTime.ofInstant(at, SHANGHAI)).append("\",\"event\":\"").append(type);
    if (reason != null) {
      out.append("\",\"reason\":\"").append(reason);
    }
    out.append("\"}");
  }
}

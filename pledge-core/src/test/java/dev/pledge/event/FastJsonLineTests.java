package dev.pledge.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pledge.testing.PropertyCheck;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The fast reading of a JSONL line either gives up or gives exactly what Jackson's reading gives,
 * on well-formed lines of every kind and on lines broken in random ways.
 */
class FastJsonLineTests {

  private static FieldValues fresh() {
    EventInput input = EventInput.of("x.jsonl", EventFormat.JSONL, new byte[0]);
    FieldValues v = new Pass(List.of(input), new EventSink() {}, true).values();
    v.begin(1);
    return v;
  }

  /** What a reading put in the fields, comparable. */
  private static Map<String, Object> snapshot(FieldValues v) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("given", Long.toBinaryString(v.givenBits()));
    for (Field f : Field.values()) {
      if (v.has(f)) {
        s.put(f.fileName, v.get(f));
      }
    }
    s.put("timeline", List.copyOf(v.timeline()));
    s.put("unknown", List.copyOf(v.unknownNames()));
    return s;
  }

  @Test
  void fastReadingAgreesWithJacksonOrGivesUp() {
    AtomicInteger read = new AtomicInteger();
    AtomicInteger gaveUp = new AtomicInteger();
    PropertyCheck.forAll(
        3_000,
        r -> {
          RandomEvents g = new RandomEvents(r);
          EventWriter w = new EventWriter(r);
          List<String> lines = w.jsonl(g.any(true), r.nextBoolean());
          String line = mangle(r, lines.get(r.nextInt(lines.size())));
          byte[] b = ("  " + line + "  ").getBytes(StandardCharsets.UTF_8);
          FieldValues fast = fresh();
          if (!FastJsonLine.read(b, 2, b.length - 4, fast)) {
            gaveUp.incrementAndGet();
            return;
          }
          read.incrementAndGet();
          FieldValues jackson = fresh();
          assertThat(JsonLines.readWithJackson(b, 2, b.length - 4, jackson)).as(line).isTrue();
          assertThat(jackson.hasProblems()).as(line).isFalse();
          assertThat(fast.hasProblems()).as(line).isFalse();
          assertThat(snapshot(fast)).as(line).isEqualTo(snapshot(jackson));
        });
    assertThat(read.get()).as("lines read fast").isGreaterThan(1_000);
    assertThat(gaveUp.get()).as("lines given up").isGreaterThan(500);
  }

  /**
   * Whole-ticket lines as writers usually write them, compact, which the reader takes by its
   * quickest path (instants read where they lie, events checked against the usual pattern), with
   * their instants and names bent in the ways that path must notice: other lengths, fractions,
   * {@code Z}, a blank or an escape inside the quotes, a character outside ASCII, a digit changed
   * to something else. Whatever the fast reading accepts, Jackson reads the same.
   */
  @Test
  void usualTicketLinesReadFastAgreeWithJackson() {
    AtomicInteger read = new AtomicInteger();
    PropertyCheck.forAll(
        3_000,
        r -> {
          String line = usualTicketLine(r);
          byte[] b = line.getBytes(StandardCharsets.UTF_8);
          FieldValues fast = fresh();
          if (!FastJsonLine.read(b, 0, b.length, fast)) {
            return;
          }
          read.incrementAndGet();
          FieldValues jackson = fresh();
          assertThat(JsonLines.readWithJackson(b, 0, b.length, jackson)).as(line).isTrue();
          assertThat(jackson.hasProblems()).as(line).isFalse();
          assertThat(snapshot(fast)).as(line).isEqualTo(snapshot(jackson));
        });
    assertThat(read.get()).as("lines read fast").isGreaterThan(1_000);
  }

  @Test
  void readsTheUsualTicketLineWithoutGivingUp() {
    String line =
        "{\"kind\":\"ticket\",\"id\":\"INC-1\",\"service\":\"network\",\"type\":\"incident\","
            + "\"severity\":\"sev1\",\"timeline\":[{\"at\":\"2026-10-03T10:00:00+08:00\","
            + "\"event\":\"reported\"},{\"at\":\"2026-10-03T02:05:00Z\",\"event\":\"paused\","
            + "\"reason\":\"spare_parts\"}]}";
    byte[] b = line.getBytes(StandardCharsets.UTF_8);
    FieldValues v = fresh();
    assertThat(FastJsonLine.read(b, 0, b.length, v)).isTrue();
    assertThat(v.timeline())
        .extracting(e -> e.at().toString())
        .containsExactly("2026-10-03T02:00:00Z", "2026-10-03T02:05:00Z");
  }

  private static String usualTicketLine(SplittableRandom r) {
    StringBuilder s = new StringBuilder("{\"kind\":\"ticket\",\"id\":\"INC-");
    s.append(r.nextInt(1000)).append("\",\"service\":\"network\",\"type\":\"incident\",");
    s.append("\"severity\":\"sev").append(1 + r.nextInt(3)).append("\",\"timeline\":[");
    int events = 1 + r.nextInt(4);
    for (int k = 0; k < events; k++) {
      s.append(k == 0 ? "" : ",").append("{\"at\":").append(r.nextInt(5) == 0 ? " " : "");
      s.append('"').append(bent(r, usualInstant(r))).append("\",\"event\":\"");
      s.append(bent(r, r.nextBoolean() ? "paused" : "on_site")).append('"');
      if (r.nextBoolean()) {
        s.append(",\"reason\":\"").append(bent(r, "spare_parts")).append('"');
      }
      s.append('}');
    }
    return s.append("]}").toString();
  }

  /** Mostly valid; now and then a field just out of range (31 September, 24:00, +19:00). */
  private static String usualInstant(SplittableRandom r) {
    boolean odd = r.nextInt(10) == 0;
    String date =
        String.format(
            "2026-%02d-%02dT%02d:%02d",
            1 + r.nextInt(12),
            1 + r.nextInt(odd ? 31 : 28),
            r.nextInt(odd ? 25 : 24),
            r.nextInt(odd ? 61 : 60));
    String seconds = r.nextInt(4) == 0 ? "" : String.format(":%02d", r.nextInt(odd ? 61 : 60));
    String fraction = !seconds.isEmpty() && r.nextInt(5) == 0 ? "." + r.nextInt(1000) : "";
    String offset =
        String.format(
            "%s%02d:%02d", r.nextBoolean() ? "+" : "-", r.nextInt(odd ? 20 : 15), r.nextInt(60));
    return date + seconds + fraction + (r.nextBoolean() ? "Z" : offset);
  }

  /** Most of the time as it is; else one character replaced, escaped or surrounded by blanks. */
  private static String bent(SplittableRandom r, String text) {
    int i = r.nextInt(text.length());
    String odd = " \t\u00e9\u4e2d\"x0:+-Zz.T";
    return switch (r.nextInt(40)) {
      case 0 -> text.substring(0, i) + odd.charAt(r.nextInt(odd.length())) + text.substring(i + 1);
      case 1 ->
          text.substring(0, i)
              + String.format("\\u%04x", (int) text.charAt(i))
              + text.substring(i + 1);
      case 2 -> " " + text + " ";
      case 3 -> text.substring(0, i) + text.substring(i + 1);
      default -> text;
    };
  }

  /** Half the time, breaks the line: a character changed, dropped or added, a value nested. */
  private static String mangle(SplittableRandom r, String line) {
    String pool = "{}[]\",:\\ 0-9.eEtfnul#\u00e9\t";
    int i = r.nextInt(line.length());
    char c = pool.charAt(r.nextInt(pool.length()));
    return switch (r.nextInt(8)) {
      case 0 -> line.substring(0, i) + c + line.substring(i + 1);
      case 1 -> line.substring(0, i) + line.substring(i + 1);
      case 2 -> line.substring(0, i) + c + line.substring(i);
      case 3 -> line.replaceFirst("\\{", "{\"note\": {\"a\": 1}, ");
      default -> line;
    };
  }

  @Test
  void givesUpOnWhatOnlyJacksonCanExplain() {
    String[] lines = {
      "{\"kind\": \"outage\", \"id\": \"O\\u0031\"}", // an escape
      "{\"kind\": \"outage\", \"idd\": \"O-1\"}", // an unknown field
      "{\"kind\": \"outage\", \"id\": \"O-1\", \"id\": \"O-2\"}", // a field twice
      "{\"kind\": \"outage\", \"id\": {\"a\": 1}}", // a nested value
      "{\"kind\": \"outage\", \"id\": \"O-1\"", // no closing brace
      "{\"kind\": \"outage\", \"id\": \"O-1\"} x", // something after the object
      "{\"kind\": \"count\", \"count\": 1.5}", // a fraction for a whole number
      "{\"kind\": \"count\", \"count\": 012}", // a leading zero
      "{\"kind\": \"outage\", \"detected_at\": \"2026-10-03 10:00\"}", // a value that does not read
      "{\"kind\": \"outage\", \"id\": \"\u00ff\"}".replace('\u00ff', '\u00e9'), // fine: UTF-8
    };
    for (int i = 0; i < lines.length; i++) {
      byte[] b = lines[i].getBytes(StandardCharsets.UTF_8);
      boolean last = i == lines.length - 1;
      assertThat(FastJsonLine.read(b, 0, b.length, fresh())).as(lines[i]).isEqualTo(last);
    }
  }

  @Test
  void givesUpOnBytesThatAreNotUtf8() {
    byte[] b = "{\"kind\": \"outage\", \"id\": \"O-?\"}".getBytes(StandardCharsets.US_ASCII);
    b[b.length - 3] = (byte) 0xC0; // an overlong lead byte: Jackson says what is wrong
    assertThat(FastJsonLine.read(b, 0, b.length, fresh())).isFalse();
  }
}

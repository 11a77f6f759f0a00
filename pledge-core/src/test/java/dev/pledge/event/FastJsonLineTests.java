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

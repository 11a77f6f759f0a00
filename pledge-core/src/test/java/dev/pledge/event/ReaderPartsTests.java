package dev.pledge.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pledge.testing.PropertyCheck;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The small parts the readers stand on, each against an obvious reference. */
class ReaderPartsTests {

  @Test
  void utf8CheckAgreesWithTheJdkDecoderInReportMode() {
    PropertyCheck.forAll(
        5_000,
        r -> {
          byte[] b = new byte[r.nextInt(12)];
          for (int i = 0; i < b.length; i++) {
            // mostly the bytes that matter: ASCII, continuations, leads, and the edges
            int[] interesting = {
              0x41, 0x80, 0xBF, 0xC0, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0x9F, 0xA0,
              0x8F, 0x90
            };
            b[i] =
                (byte)
                    (r.nextBoolean() ? interesting[r.nextInt(interesting.length)] : r.nextInt(256));
          }
          assertThat(Utf8.isWellFormed(b, 0, b.length)).as(hex(b)).isEqualTo(decodes(b));
        });
  }

  @Test
  void utf8CheckAcceptsEveryCodePointWrittenByTheJdk() {
    PropertyCheck.forAll(
        2_000,
        r -> {
          int cp = r.nextInt(0x110000);
          if (cp >= 0xD800 && cp <= 0xDFFF) {
            return; // surrogates are not characters
          }
          byte[] b = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
          assertThat(Utf8.isWellFormed(b, 0, b.length)).as(hex(b)).isTrue();
        });
  }

  private static boolean decodes(byte[] b) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static String hex(byte[] b) {
    StringBuilder s = new StringBuilder();
    for (byte x : b) {
      s.append(String.format("%02x ", x));
    }
    return s.toString();
  }

  @Test
  void idRegistryAnswersAsASetOfIdsWould() {
    PropertyCheck.forAll(
        50,
        r -> {
          IdRegistry ids = new IdRegistry();
          Map<String, Long> firstSeen = new HashMap<>(); // the reference: every id, kept whole
          for (int line = 1; line <= 5_000; line++) {
            EventKind kind = EventKind.values()[r.nextInt(2)];
            String id = "T-" + r.nextInt(3_000);
            long before = ids.register(kind, id, line % 3, line);
            Long expected =
                firstSeen.putIfAbsent(kind + " " + id, IdRegistry.place(line % 3, line));
            assertThat(before).isEqualTo(expected == null ? -1 : expected);
          }
        });
  }

  @Test
  void aPlaceKeepsItsFileAndLine() {
    long place = IdRegistry.place(7, 123_456_789_012L);
    assertThat(IdRegistry.fileOf(place)).isEqualTo(7);
    assertThat(IdRegistry.lineOf(place)).isEqualTo(123_456_789_012L);
  }

  @Test
  void labelsAreTheTextTheBytesSpellWhetherCachedOrNot() {
    PropertyCheck.forAll(
        3_000,
        r -> {
          String s = RandomEvents.randomText(r, "ab中 é" + (char) ('c' + r.nextInt(3)));
          byte[] b = ("[" + s + "]").getBytes(StandardCharsets.UTF_8);
          assertThat(Labels.of(b, 1, b.length - 2)).isEqualTo(s);
        });
    byte[] b = "customer".getBytes(StandardCharsets.US_ASCII);
    assertThat(Labels.of(b, 0, b.length)).isSameAs(Labels.of(b.clone(), 0, b.length));
  }

  @Test
  void byteNamesFindExactlyTheNamesTheyHold() {
    ByteNames<Integer> names = new ByteNames<>(Map.of("score", 1, "scale", 2, "at", 3));
    String[] probes = {"score", "scale", "at", "scor", "scores", "Score", "", "a", "sc\u00e9le"};
    Integer[] expected = {1, 2, 3, null, null, null, null, null, null};
    for (int i = 0; i < probes.length; i++) {
      byte[] b = ("  " + probes[i]).getBytes(StandardCharsets.UTF_8);
      assertThat(names.find(b, 2, b.length - 2)).as(probes[i]).isEqualTo(expected[i]);
    }
  }

  @Test
  void eventNamesIgnoreCaseAndReadDashesAndSpacesAsUnderscores() {
    String[][] rows = {
      {"on_site", "ON_SITE"},
      {"On-Site", "ON_SITE"},
      {"PROGRESS UPDATE", "PROGRESS_UPDATE"},
      {"reported", "REPORTED"},
      {"report", null},
      {"on__site", null},
      {"résolu", null},
    };
    for (String[] row : rows) {
      byte[] b = row[0].getBytes(StandardCharsets.UTF_8);
      var t = EventTypeNames.match(b, 0, b.length);
      assertThat(t == null ? null : t.name()).as(row[0]).isEqualTo(row[1]);
    }
  }

  @Test
  void aWordIsPlainStringContentExactlyWhenEachOfItsBytesIs() {
    PropertyCheck.forAll(
        20_000,
        r -> {
          byte[] b = new byte[8];
          for (int i = 0; i < 8; i++) {
            int[] edges = {'"', '\\', 0x1F, 0x20, 0x21, 0x7F, 0x80, 0xFF, 0x00, 'a'};
            b[i] = (byte) (r.nextInt(3) == 0 ? edges[r.nextInt(edges.length)] : r.nextInt(256));
            if (r.nextBoolean()) {
              b[i] = (byte) (0x20 + r.nextInt(0x60)); // mostly printable, as strings are
            }
          }
          boolean plain = true;
          for (byte x : b) {
            plain &= x != '"' && x != '\\' && x >= 0x20; // negative: outside ASCII
          }
          assertThat(Swar.jsonStringStop(Swar.word(b, 0)) == 0).as(hex(b)).isEqualTo(plain);
        });
  }
}

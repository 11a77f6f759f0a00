package dev.pledge.event;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reuses the strings of values that repeat line after line (a service, a severity, a pause reason)
 * instead of making a new one each time: a month of tickets names a handful of services a million
 * times, and every string not made is memory not written and not collected.
 *
 * <p>The cache is shared and written without locks: a slot holds an immutable entry or null, and a
 * string is only reused after its bytes are compared with the bytes read, so a race can only cost a
 * miss; equal bytes decode to equal text.
 */
final class Labels {

  private static final int SLOTS = 1 << 10;
  private static final int LONGEST = 32;

  /** A string and its bytes, so a lookup compares bytes with bytes. */
  private record Entry(String text, byte[] bytes) {}

  private static final Entry[] CACHE = new Entry[SLOTS];

  private Labels() {}

  /** The UTF-8 bytes {@code b[off, off + len)} as a string, reused if seen recently. */
  static String of(byte[] b, int off, int len) {
    if (len > LONGEST) {
      return ValueType.text(b, off, len);
    }
    int slot = slot(b, off, len);
    Entry cached = CACHE[slot];
    if (cached != null && Arrays.equals(cached.bytes, 0, cached.bytes.length, b, off, off + len)) {
      return cached.text;
    }
    byte[] bytes = Arrays.copyOfRange(b, off, off + len);
    String s = new String(bytes, StandardCharsets.UTF_8);
    CACHE[slot] = new Entry(s, bytes);
    return s;
  }

  /**
   * A hash of the first and last eight bytes and the length: labels that share a slot only cost a
   * miss, and reading two words is cheaper than a byte-by-byte hash.
   */
  private static int slot(byte[] b, int off, int len) {
    long h;
    if (len >= 8) {
      h = Swar.word(b, off) * 0x9E3779B97F4A7C15L ^ Swar.word(b, off + len - 8);
    } else {
      h = 0;
      for (int k = off; k < off + len; k++) {
        h = h << 8 | (b[k] & 0xFF);
      }
    }
    h = (h ^ len) * 0xC2B2AE3D27D4EB4FL;
    return (int) (h >>> 54);
  }
}

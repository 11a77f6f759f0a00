package dev.pledge.event;

import java.nio.charset.StandardCharsets;

/**
 * Reuses the strings of values that repeat line after line (a service, a severity, a pause reason)
 * instead of making a new one each time: a month of tickets names a handful of services a million
 * times, and every string not made is memory not written and not collected.
 *
 * <p>The cache is shared and written without locks: a slot holds an immutable string or null, and a
 * string is only reused after its characters are compared with the bytes, so a race can only cost a
 * miss.
 */
final class Labels {

  private static final int SLOTS = 1 << 10;
  private static final int LONGEST = 32;
  private static final String[] CACHE = new String[SLOTS];

  private Labels() {}

  /** The UTF-8 bytes {@code b[off, off + len)} as a string, reused if seen recently. */
  static String of(byte[] b, int off, int len) {
    if (len > LONGEST) {
      return ValueType.text(b, off, len);
    }
    int h = 0;
    int high = 0;
    for (int k = off; k < off + len; k++) {
      h = 31 * h + b[k];
      high |= b[k];
    }
    if (high < 0) {
      return ValueType.text(b, off, len); // compared as ASCII only
    }
    int slot = (h ^ (h >>> 15)) & (SLOTS - 1);
    String cached = CACHE[slot];
    if (cached != null && spells(cached, b, off, len)) {
      return cached;
    }
    String s = new String(b, off, len, StandardCharsets.ISO_8859_1);
    CACHE[slot] = s;
    return s;
  }

  private static boolean spells(String s, byte[] b, int off, int len) {
    if (s.length() != len) {
      return false;
    }
    for (int k = 0; k < len; k++) {
      if (s.charAt(k) != b[off + k]) {
        return false;
      }
    }
    return true;
  }
}

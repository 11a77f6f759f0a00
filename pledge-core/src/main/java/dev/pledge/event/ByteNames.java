package dev.pledge.event;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/**
 * Finds which of a fixed set of ASCII names some bytes spell, without making a string: the names
 * are filed by length and first byte, so a lookup compares the bytes with one name, rarely two.
 */
final class ByteNames<T> {

  private static final int MAX_LENGTH = 32;

  private final Object[][] table = new Object[MAX_LENGTH * 128][];

  ByteNames(Map<String, T> names) {
    names.forEach(this::add);
  }

  private void add(String name, T value) {
    int slot = slot(name.length(), name.charAt(0));
    Object[] old = table[slot] == null ? new Object[0] : table[slot];
    Object[] entries = Arrays.copyOf(old, old.length + 2);
    entries[old.length] = name.getBytes(StandardCharsets.US_ASCII);
    entries[old.length + 1] = value;
    table[slot] = entries;
  }

  private static int slot(int length, int first) {
    return length << 7 | first;
  }

  /** The value of the name {@code b[from, from + length)} spells exactly, or null. */
  @SuppressWarnings("unchecked")
  T find(byte[] b, int from, int length) {
    if (length == 0 || length >= MAX_LENGTH || b[from] < 0) {
      return null;
    }
    Object[] entries = table[slot(length, b[from])];
    if (entries == null) {
      return null;
    }
    for (int k = 0; k < entries.length; k += 2) {
      if (spells((byte[]) entries[k], b, from)) {
        return (T) entries[k + 1];
      }
    }
    return null;
  }

  /** A plain loop: names are short, shorter than what pays for {@link Arrays#equals}' stub. */
  private static boolean spells(byte[] name, byte[] b, int from) {
    for (int k = 1; k < name.length; k++) {
      if (b[from + k] != name[k]) {
        return false;
      }
    }
    return true;
  }
}

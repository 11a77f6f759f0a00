package dev.pledge.event;

/**
 * Remembers every id read, per kind, to refuse an id used twice: a ticket counted twice skews every
 * ratio, and a ticket whose rows are scattered would otherwise arrive as two tickets.
 *
 * <p>It keeps a 64-bit fingerprint of each id and where it was first seen, 32 bytes an id at worst,
 * not the ids themselves: 1 million tickets take about 32 MB, whatever the length of their ids. Two
 * different ids share a fingerprint with a chance of about 3 in 100 million for a million ids; if
 * they ever do, the second is refused as a duplicate, which is safe (nothing is counted wrong) and
 * visible.
 */
final class IdRegistry {

  private static final long EMPTY = 0;

  private long[] keys = new long[1 << 10];
  private long[] places = new long[1 << 10];
  private int size;

  /**
   * Registers {@code id} as seen in file {@code file} on {@code line}.
   *
   * @return where it was seen before, as {@link #place}, or -1 if it is new
   */
  long register(EventKind kind, String id, int file, long line) {
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    long key = fingerprint(kind, id);
    int mask = keys.length - 1;
    for (int i = (int) key & mask; ; i = (i + 1) & mask) {
      if (keys[i] == EMPTY) {
        keys[i] = key;
        places[i] = place(file, line);
        size++;
        return -1;
      }
      if (keys[i] == key) {
        return places[i];
      }
    }
  }

  static long place(int file, long line) {
    return ((long) file << 40) | line;
  }

  static int fileOf(long place) {
    return (int) (place >>> 40);
  }

  static long lineOf(long place) {
    return place & ((1L << 40) - 1);
  }

  private void grow() {
    long[] oldKeys = keys;
    long[] oldPlaces = places;
    keys = new long[oldKeys.length * 2];
    places = new long[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != EMPTY) {
        int i = (int) oldKeys[j] & mask;
        while (keys[i] != EMPTY) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        places[i] = oldPlaces[j];
      }
    }
  }

  /** FNV-1a over the kind and the characters, then a final avalanche so low bits are good too. */
  static long fingerprint(EventKind kind, String id) {
    long h = 0xcbf29ce484222325L ^ kind.ordinal();
    for (int i = 0; i < id.length(); i++) {
      h = (h ^ id.charAt(i)) * 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h == EMPTY ? 1 : h;
  }
}

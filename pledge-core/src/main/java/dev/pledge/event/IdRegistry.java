package dev.pledge.event;

/**
 * Remembers every id read, per kind, to refuse an id used twice: a ticket counted twice skews every
 * ratio, and a ticket whose rows are scattered would otherwise arrive as two tickets.
 *
 * <p>It keeps a 64-bit fingerprint of each id and where it was first seen, side by side so that one
 * cache line holds both, not the ids themselves: at most 32 bytes an id, so 1 million tickets take
 * about 32 MB whatever the length of their ids. Two different ids share a fingerprint with a chance
 * of about 3 in 100 million for a million ids; if they ever do, the second is refused as a
 * duplicate, which is safe (nothing is counted wrong) and visible.
 */
final class IdRegistry {

  private static final long EMPTY = 0;

  /**
   * The table is split by the fingerprint's top bits into segments that grow one at a time, so a
   * million ids never need one large array, nor the old and the new copy of one at once. With 256
   * segments, a million ids take segments of 256 KB: below half of the smallest G1 heap region (1
   * MB), so each is an ordinary allocation, not a "humongous" one that takes a whole region and
   * would double the registry's share of a small heap.
   */
  private static final int SEGMENT_BITS = 8;

  /** Per segment: fingerprint at even indexes, place at the odd index after it; open addressing. */
  private final long[][] segments = new long[1 << SEGMENT_BITS][];

  private final int[] sizes = new int[1 << SEGMENT_BITS];

  /**
   * Registers {@code id} as seen in file {@code file} on {@code line}.
   *
   * @return where it was seen before, as {@link #place}, or -1 if it is new
   */
  long register(EventKind kind, String id, int file, long line) {
    long key = fingerprint(kind, id);
    int s = (int) (key >>> (64 - SEGMENT_BITS));
    long[] slots = segments[s];
    if (slots == null) {
      slots = segments[s] = new long[2 << 6];
    } else if (4 * (sizes[s] + 1) > slots.length) {
      slots = segments[s] = grown(slots);
    }
    int i = slot(key, slots.length);
    while (slots[i] != EMPTY) {
      if (slots[i] == key) {
        return slots[i + 1];
      }
      i = (i + 2) & (slots.length - 1);
    }
    slots[i] = key;
    slots[i + 1] = place(file, line);
    sizes[s]++;
    return -1;
  }

  /** The even index where {@code key} is first looked for in a table of {@code length} longs. */
  private static int slot(long key, int length) {
    return (int) key & (length - 2);
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

  /** A segment of twice the size with the same entries; segments are kept at most half full. */
  private static long[] grown(long[] old) {
    long[] slots = new long[old.length * 2];
    for (int j = 0; j < old.length; j += 2) {
      if (old[j] != EMPTY) {
        int i = slot(old[j], slots.length);
        while (slots[i] != EMPTY) {
          i = (i + 2) & (slots.length - 1);
        }
        slots[i] = old[j];
        slots[i + 1] = old[j + 1];
      }
    }
    return slots;
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

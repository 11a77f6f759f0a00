package dev.pledge.event;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Looks at eight bytes at a time ("SIMD within a register"): event files are mostly long runs of
 * plain ASCII, and testing a {@code long} for a byte of interest costs about what testing one byte
 * does. Each test may say "maybe" for a word that holds none; callers then look byte by byte.
 */
final class Swar {

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;

  private Swar() {}

  static long word(byte[] b, int i) {
    return (long) LONGS.get(b, i);
  }

  /** Non-zero if some byte of {@code x} is zero (exact for the lowest such byte). */
  static long zeroByte(long x) {
    return (x - ONES) & ~x & HIGHS;
  }

  /** Non-zero if some byte of {@code x} may equal {@code c}. */
  static long byteEquals(long x, int c) {
    return zeroByte(x ^ (ONES * c));
  }

  /**
   * Zero only if no byte of {@code x} ends or complicates a JSON string: no quote, no backslash, no
   * control character and nothing outside ASCII. Such a word is plain string content.
   */
  static long jsonStringStop(long x) {
    long control = (x - ONES * 0x20) & ~x & HIGHS; // exact when no byte is 0x80 or above
    return byteEquals(x, '"') | byteEquals(x, '\\') | control | (x & HIGHS);
  }
}

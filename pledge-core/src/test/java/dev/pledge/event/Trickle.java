package dev.pledge.event;

import java.io.ByteArrayInputStream;
import java.util.SplittableRandom;

/** Hands out its bytes a few at a time, as a slow network might, so every boundary is crossed. */
final class Trickle extends ByteArrayInputStream {

  private final SplittableRandom r;

  Trickle(byte[] bytes, SplittableRandom r) {
    super(bytes);
    this.r = r;
  }

  @Override
  public synchronized int read(byte[] b, int off, int len) {
    return super.read(b, off, Math.min(len, 1 + r.nextInt(r.nextBoolean() ? 7 : 70_000)));
  }
}

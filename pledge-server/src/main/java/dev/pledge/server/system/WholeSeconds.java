package dev.pledge.server.system;

import java.time.Duration;

/**
 * A clock's durations in the whole seconds people read, on the pages and in the notices alike.
 * Elapsed, a target and an overrun round to the nearest second, a half second up; remaining rounds
 * a half second down. Targets are whole seconds, so elapsed and remaining as shown always add up to
 * the target: a clock 675.5 s into 900 s shows 676 s elapsed and 224 s remaining, not 225.
 */
public final class WholeSeconds {

  private WholeSeconds() {}

  /** To the nearest second, a half second up. */
  public static long nearest(Duration d) {
    return d.plusMillis(500).toSeconds();
  }

  /** Time remaining to the nearest second, a half second down; zero stays zero. */
  public static long remaining(Duration d) {
    return nearest(d.minusNanos(1));
  }
}

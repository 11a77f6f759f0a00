package dev.pledge.testing;

import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Property-based checking on plain JUnit: runs a check on many seeded random cases and, when one
 * fails, names its seed so the case can be replayed.
 *
 * <p>The seeds are fixed by default so CI is repeatable; {@code -Dpledge.seed=N} explores others
 * and {@code -Dpledge.tries=N} runs more cases. To replay one failure, run with the seed it printed
 * and {@code -Dpledge.tries=1}.
 */
public final class PropertyCheck {

  private PropertyCheck() {}

  /** Runs {@code check} on {@code tries} random cases (scaled by {@code pledge.tries}). */
  public static void forAll(int tries, Consumer<SplittableRandom> check) {
    long base = Long.getLong("pledge.seed", 20261123L);
    int count = Integer.getInteger("pledge.tries", tries);
    for (int i = 0; i < count; i++) {
      long seed = base + i;
      try {
        check.accept(new SplittableRandom(seed));
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError(
            "case failed; replay with -Dpledge.seed="
                + seed
                + " -Dpledge.tries=1: "
                + e.getMessage(),
            e);
      }
    }
  }
}

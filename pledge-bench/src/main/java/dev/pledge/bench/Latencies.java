package dev.pledge.bench;

import java.util.Arrays;

/**
 * Every latency of a load run, kept exactly (a growing array of nanoseconds, sorted once when
 * read), so a percentile is a recorded value and not a bucket's bound. Safe to record into from
 * many threads; a few hundred thousand requests take a few megabytes.
 */
final class Latencies {

  private long[] values = new long[1024];
  private int count;
  private boolean sorted = true;

  synchronized void record(long nanos) {
    if (count == values.length) {
      values = Arrays.copyOf(values, count * 2);
    }
    values[count++] = nanos;
    sorted = false;
  }

  synchronized int count() {
    return count;
  }

  /**
   * The nearest-rank percentile: the smallest recorded value that at least {@code percent} % of the
   * values do not exceed ({@code percent} in (0, 100]; 100 is the maximum).
   *
   * @throws IllegalStateException when nothing was recorded
   */
  synchronized long percentile(double percent) {
    if (!(percent > 0 && percent <= 100)) {
      throw new IllegalArgumentException("percent must be in (0, 100], not " + percent);
    }
    if (count == 0) {
      throw new IllegalStateException("no latency was recorded");
    }
    if (!sorted) {
      Arrays.sort(values, 0, count);
      sorted = true;
    }
    int rank = (int) Math.ceil(percent * count / 100);
    return values[Math.max(rank, 1) - 1];
  }

  long max() {
    return percentile(100);
  }
}

package dev.pledge.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LatenciesTests {

  private static final double[] PERCENTS = {0.1, 1, 10, 25, 50, 75, 90, 99, 99.9, 99.99, 100};

  @Test
  void percentilesAgreeWithCountingEveryValue() {
    SplittableRandom random = new SplittableRandom(20261130L);
    for (int run = 0; run < 200; run++) {
      int n = 1 + random.nextInt(run < 100 ? 20 : 400);
      Latencies latencies = new Latencies();
      List<Long> values = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        // Few distinct values in some runs, so ties are common.
        long v = run % 2 == 0 ? random.nextLong(1, 1_000_000_000L) : random.nextLong(1, 5);
        values.add(v);
        latencies.record(v);
      }
      for (double p : PERCENTS) {
        assertThat(latencies.percentile(p)).as("p%s of %s", p, values).isEqualTo(naive(values, p));
      }
    }
  }

  @Test
  void handWorkedExample() {
    Latencies latencies = new Latencies();
    for (long v : new long[] {15, 20, 35, 40, 50}) {
      latencies.record(v);
    }
    // Nearest rank of 5 values: p30 is the 2nd (1.5 rounds up), p40 the 2nd, p50 the 3rd.
    assertThat(latencies.percentile(5)).isEqualTo(15);
    assertThat(latencies.percentile(30)).isEqualTo(20);
    assertThat(latencies.percentile(40)).isEqualTo(20);
    assertThat(latencies.percentile(50)).isEqualTo(35);
    assertThat(latencies.percentile(100)).isEqualTo(50);
    assertThat(latencies.max()).isEqualTo(50);
  }

  @Test
  void recordingAfterReadingCountsTheNewValue() {
    Latencies latencies = new Latencies();
    latencies.record(10);
    assertThat(latencies.max()).isEqualTo(10);
    latencies.record(3);
    assertThat(latencies.percentile(50)).isEqualTo(3);
    assertThat(latencies.max()).isEqualTo(10);
  }

  @Test
  void refusesAnEmptyRecordAndPercentsOutOfRange() {
    assertThatThrownBy(() -> new Latencies().percentile(50))
        .hasMessageContaining("no latency was recorded");
    Latencies one = new Latencies();
    one.record(1);
    assertThatThrownBy(() -> one.percentile(0)).hasMessageContaining("(0, 100]");
    assertThatThrownBy(() -> one.percentile(100.5)).hasMessageContaining("(0, 100]");
  }

  /** The smallest value v with at least p % of the values at or below it, by counting. */
  private static long naive(List<Long> values, double p) {
    long best = Long.MAX_VALUE;
    for (long candidate : values) {
      long atOrBelow = values.stream().filter(v -> v <= candidate).count();
      if (atOrBelow * 100.0 >= p * values.size() && candidate < best) {
        best = candidate;
      }
    }
    return best;
  }
}

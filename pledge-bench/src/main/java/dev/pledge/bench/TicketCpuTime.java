package dev.pledge.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The CPU time one thread spends a ticket in {@link EvaluateBenchmark}'s one-pass evaluation,
 * parsing included: on a machine shared with other work, wall-clock throughput falls with the load,
 * while the thread's own CPU time mostly does not, so the two together tell the engine's speed from
 * the machine's business. Each round evaluates the 10 000 tickets five times; the first rounds warm
 * up; the best and the mean of the rest are printed, per ticket and as tickets per CPU second.
 *
 * <p>{@code java -cp pledge-bench/target/benchmarks.jar dev.pledge.bench.TicketCpuTime [ROUNDS]},
 * from the repository root (the guarantees are read from {@code examples/guarantees}).
 */
public final class TicketCpuTime {

  private static final int WARM_UP_ROUNDS = 15;
  private static final int RUNS_A_ROUND = 5;

  private TicketCpuTime() {}

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (String guarantee : new String[] {"datacenter-network.yaml", "after-sales.yaml"}) {
      EvaluateBenchmark b = new EvaluateBenchmark();
      b.guarantee = guarantee;
      b.setUp();
      long best = Long.MAX_VALUE;
      long sum = 0;
      for (int round = 0; round < WARM_UP_ROUNDS + rounds; round++) {
        long start = threads.getCurrentThreadCpuTime();
        for (int k = 0; k < RUNS_A_ROUND; k++) {
          b.evaluateOnePass();
        }
        long spent = threads.getCurrentThreadCpuTime() - start;
        if (round >= WARM_UP_ROUNDS) {
          best = Math.min(best, spent);
          sum += spent;
        }
      }
      double tickets = (double) RUNS_A_ROUND * EvaluateBenchmark.TICKETS;
      double bestNanos = best / tickets;
      double meanNanos = sum / (rounds * tickets);
      System.out.printf(
          "%-24s evaluateOnePass CPU time a ticket: best %.0f ns (%.0f tickets/s),"
              + " mean %.0f ns (%.0f tickets/s)%n",
          guarantee, bestNanos, 1e9 / bestNanos, meanNanos, 1e9 / meanNanos);
    }
  }
}

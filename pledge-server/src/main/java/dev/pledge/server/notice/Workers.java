package dev.pledge.server.notice;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A fixed pool of threads that works a claimed batch in parallel: each group (a ticket's rows) in
 * order on one thread, different groups at once. Handling a notice waits mostly on the database and
 * sending one on its receiver, so several at a time keep up with many breaches falling due
 * together.
 */
final class Workers implements AutoCloseable {

  private final ExecutorService pool;

  Workers(String name, int threads) {
    AtomicInteger n = new AtomicInteger();
    this.pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, name + "-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  /**
   * Works every item, each group's in order, and waits for all of them.
   *
   * @return how many items {@code work} says it did
   */
  <T> int each(Collection<List<T>> groups, Predicate<T> work) {
    List<Future<Integer>> running = new ArrayList<>();
    for (List<T> group : groups) {
      running.add(
          pool.submit(
              () -> {
                int done = 0;
                for (T item : group) {
                  if (work.test(item)) {
                    done++;
                  }
                }
                return done;
              }));
    }
    int done = 0;
    RuntimeException failed = null;
    for (Future<Integer> f : running) {
      try {
        done += f.get();
      } catch (ExecutionException e) {
        // Waits for the other groups all the same: the next batch must not overtake them.
        failed = new IllegalStateException("working a claimed batch failed", e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while working a claimed batch", e);
      }
    }
    if (failed != null) {
      throw failed;
    }
    return done;
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}

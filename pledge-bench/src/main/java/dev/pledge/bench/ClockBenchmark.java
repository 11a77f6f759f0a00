package dev.pledge.bench;

import static dev.pledge.clock.TimelineEventType.ACKNOWLEDGED;
import static dev.pledge.clock.TimelineEventType.DISPATCHED;
import static dev.pledge.clock.TimelineEventType.ON_SITE;
import static dev.pledge.clock.TimelineEventType.PAUSED;
import static dev.pledge.clock.TimelineEventType.REPORTED;
import static dev.pledge.clock.TimelineEventType.RESOLVED;
import static dev.pledge.clock.TimelineEventType.RESTORED;
import static dev.pledge.clock.TimelineEventType.RESUMED;

import dev.pledge.calendar.BusinessCalendar;
import dev.pledge.clock.ClockDefinition;
import dev.pledge.clock.ClockEvaluation;
import dev.pledge.clock.ClockEvaluator;
import dev.pledge.clock.Timeline;
import dev.pledge.clock.TimelineEvent;
import dev.pledge.clock.TimelineEventType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One resolution clock (4 h, paused while waiting for the customer, thresholds at 50, 75 and 100 %)
 * evaluated over a ticket with 10 timeline events, on the Shanghai 5×8 calendar with China's 2026
 * holidays; tickets spread over 2026.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class ClockBenchmark {

  private static final int N = 1024;

  private ClockDefinition resolution;
  private Timeline[] tickets;
  private Instant[] asOf;
  private int i;

  @Setup
  public void setUp() {
    BusinessCalendar calendar = BenchCalendars.shanghai2026();
    resolution =
        ClockDefinition.builder()
            .target(Duration.ofHours(4))
            .calendar(calendar)
            .startOn(REPORTED)
            .stopOn(RESOLVED)
            .pauseReasons("customer")
            .thresholds(50, 75, 100)
            .build();
    SplittableRandom r = new SplittableRandom(42);
    tickets = new Timeline[N];
    asOf = new Instant[N];
    for (int k = 0; k < N; k++) {
      tickets[k] = ticket(r);
      List<TimelineEvent> events = tickets[k].events();
      asOf[k] = events.get(events.size() - 1).at().plusSeconds(3600);
    }
  }

  /** Reported, acknowledged, paused and resumed twice, dispatched, on site, restored, resolved. */
  static Timeline ticket(SplittableRandom r) {
    Instant t = BenchCalendars.YEAR_START.plusSeconds(60 * r.nextLong(360 * 24 * 60));
    TimelineEventType[] types = {
      REPORTED,
      ACKNOWLEDGED,
      PAUSED,
      RESUMED,
      DISPATCHED,
      ON_SITE,
      PAUSED,
      RESUMED,
      RESTORED,
      RESOLVED
    };
    List<TimelineEvent> events = new ArrayList<>();
    for (TimelineEventType type : types) {
      t = t.plusSeconds(60 * r.nextLong(5, 240));
      String reason = type == PAUSED || type == RESUMED ? "customer" : "";
      events.add(TimelineEvent.of(t, type, reason));
    }
    return Timeline.of(events);
  }

  @Benchmark
  public ClockEvaluation evaluateResolutionClock() {
    i = (i + 1) & (N - 1);
    return ClockEvaluator.evaluate(resolution, tickets[i], asOf[i]);
  }
}

package dev.pledge.bench;

import dev.pledge.calendar.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
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
 * Business time between two instants and the due instant after a start, on a split 5×8 Shanghai
 * calendar with China's 2026 holidays, for random spans within 2026: Pledge's engine, the
 * day-by-day walk most ticket tools use, and minute stepping. The {@code due*} questions take a
 * span's start and its business time as the target; {@code dueSlaTarget*} take targets of 1 to 100
 * hours, the size of real ticket targets.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class CalendarBenchmark {

  private static final int N = 4096;

  private BusinessCalendar engine;
  private DayByDayCalendar dayByDay;
  private MinuteSteppingCalendar minuteStepping;
  private Instant[][] spans;
  private Object[][] deadlines;
  private Object[][] slaDeadlines;
  private int i;

  @Setup
  public void setUp() {
    engine = BenchCalendars.shanghai2026();
    dayByDay = new DayByDayCalendar(engine);
    minuteStepping = new MinuteSteppingCalendar(engine);
    spans = BenchCalendars.spans(N, 42);
    deadlines = BenchCalendars.spanDeadlines(engine, N, 43);
    slaDeadlines = BenchCalendars.deadlines(N, 44);
    engine.businessTimeBetween(BenchCalendars.YEAR_START, BenchCalendars.YEAR_END);
  }

  private Instant[] nextSpan() {
    i = (i + 1) & (N - 1);
    return spans[i];
  }

  private Object[] nextDeadline() {
    i = (i + 1) & (N - 1);
    return deadlines[i];
  }

  private Object[] nextSlaDeadline() {
    i = (i + 1) & (N - 1);
    return slaDeadlines[i];
  }

  @Benchmark
  public Duration betweenEngine() {
    Instant[] s = nextSpan();
    return engine.businessTimeBetween(s[0], s[1]);
  }

  @Benchmark
  public Duration betweenDayByDay() {
    Instant[] s = nextSpan();
    return dayByDay.between(s[0], s[1]);
  }

  @Benchmark
  public Duration betweenMinuteStepping() {
    Instant[] s = nextSpan();
    return minuteStepping.between(s[0], s[1]);
  }

  @Benchmark
  public Instant dueEngine() {
    Object[] d = nextDeadline();
    return engine.deadline((Instant) d[0], (Duration) d[1]).orElseThrow().due();
  }

  @Benchmark
  public Instant dueDayByDay() {
    Object[] d = nextDeadline();
    return dayByDay.due((Instant) d[0], (Duration) d[1]);
  }

  @Benchmark
  public Instant dueSlaTargetEngine() {
    Object[] d = nextSlaDeadline();
    return engine.deadline((Instant) d[0], (Duration) d[1]).orElseThrow().due();
  }

  @Benchmark
  public Instant dueSlaTargetDayByDay() {
    Object[] d = nextSlaDeadline();
    return dayByDay.due((Instant) d[0], (Duration) d[1]);
  }

  @Benchmark
  public Instant dueMinuteStepping() {
    Object[] d = nextDeadline();
    return minuteStepping.due((Instant) d[0], (Duration) d[1]);
  }
}

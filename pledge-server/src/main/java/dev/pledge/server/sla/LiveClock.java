package dev.pledge.server.sla;

import dev.pledge.clock.ClockEvaluation;
import dev.pledge.clock.ClockResult;
import dev.pledge.server.system.Instants;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

/**
 * One commitment's clock on one ticket as of an instant: the current cycle's figures and the
 * clock's overall verdict (breached if any cycle was). Durations are ISO-8601 ({@code PT7M});
 * instants carry the guarantee zone's offset; absent deadlines are {@code null}.
 */
public record LiveClock(
    String commitment,
    String kind,
    String target,
    String state,
    String elapsed,
    String remaining,
    String overrun,
    String due,
    String breachAfter,
    String verdict,
    int cycles,
    boolean excluded) {

  static LiveClock of(
      String commitment, String kind, ClockEvaluation e, ZoneId zone, boolean excluded) {
    ClockResult now = e.current();
    return new LiveClock(
        commitment,
        kind,
        iso(now.target()),
        word(e.state()),
        iso(now.elapsed()),
        iso(now.remaining()),
        iso(now.overrun()),
        now.due().map(i -> show(i, zone)).orElse(null),
        now.breachAfter().map(i -> show(i, zone)).orElse(null),
        word(e.verdict()),
        e.cycles().size(),
        excluded);
  }

  private static String iso(Duration d) {
    return d.toString();
  }

  private static String show(Instant at, ZoneId zone) {
    return Instants.show(at, zone);
  }

  private static String word(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }
}

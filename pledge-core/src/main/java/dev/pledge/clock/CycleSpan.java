package dev.pledge.clock;

import dev.pledge.time.IntervalSet;
import java.time.Instant;
import java.util.Optional;

/**
 * Where one cycle ran, before pauses and business hours are applied.
 *
 * @param number 1 for the first cycle
 * @param started the start event's instant
 * @param runs the running time, up to the stop or to the "as of" instant
 * @param stopped the instant the cycle stopped or was ended by a restart or a new cycle; empty if
 *     it still runs at the "as of" instant
 */
record CycleSpan(int number, Instant started, IntervalSet runs, Optional<Instant> stopped) {

  boolean isRunning() {
    return stopped.isEmpty();
  }
}

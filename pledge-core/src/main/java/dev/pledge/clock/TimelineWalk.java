package dev.pledge.clock;

import dev.pledge.time.IntervalSet;
import dev.pledge.time.TimeRange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One pass over the events known at the "as of" instant: the clock's cycles and the union of the
 * pauses it honours. Pauses are tracked over the whole timeline, so a pause opened before the clock
 * starts holds it from its start.
 */
final class TimelineWalk {

  private enum Phase {
    WAITING,
    RUNNING,
    STOPPED
  }

  private final ClockDefinition definition;
  private final Instant asOf;

  private final List<CycleSpan> cycles = new ArrayList<>();
  private Phase phase = Phase.WAITING;
  private int cycleNumber;
  private Instant cycleStart;
  private Instant runStart;
  private final List<TimeRange> runs = new ArrayList<>();

  /**
   * The reasons of the honoured pauses now open, each once; made at the first one, as most clocks
   * have none. A list, not a hash set: a ticket has one or two reasons open at a time.
   */
  private List<String> openPauses;

  private Instant pauseStart;
  private final List<TimeRange> pauses = new ArrayList<>();

  private TimelineWalk(ClockDefinition definition, Instant asOf) {
    this.definition = definition;
    this.asOf = asOf;
  }

  /** Walks {@code timeline} as it was known at {@code asOf}. */
  static TimelineWalk of(ClockDefinition definition, Timeline timeline, Instant asOf) {
    TimelineWalk walk = new TimelineWalk(definition, asOf);
    int known = timeline.knownCount(asOf);
    for (int i = 0; i < known; i++) {
      TimelineEvent e = timeline.get(i);
      walk.trackPause(e);
      walk.drive(e);
    }
    walk.finish();
    return walk;
  }

  /** Every cycle started so far, in order; empty if the clock has not started. */
  List<CycleSpan> cycles() {
    return cycles;
  }

  /** The union of the honoured pauses, an open one running to the "as of" instant. */
  IntervalSet pauses() {
    return IntervalSet.of(pauses);
  }

  /** True if an honoured pause is open at the "as of" instant. */
  boolean pausedAtAsOf() {
    return anyPauseOpen();
  }

  private boolean anyPauseOpen() {
    return openPauses != null && !openPauses.isEmpty();
  }

  private void trackPause(TimelineEvent e) {
    if (e.type() == TimelineEventType.PAUSED && definition.pausesOn(e.reason())) {
      if (!anyPauseOpen()) {
        pauseStart = e.at();
      }
      if (openPauses == null) {
        openPauses = new ArrayList<>(2);
      }
      if (!openPauses.contains(e.reason())) {
        openPauses.add(e.reason());
      }
    } else if (e.type() == TimelineEventType.RESUMED && anyPauseOpen()) {
      if (e.hasReason()) {
        openPauses.remove(e.reason());
      } else {
        openPauses.clear();
      }
      if (openPauses.isEmpty()) {
        pauses.add(TimeRange.of(pauseStart, e.at()));
      }
    }
  }

  private void drive(TimelineEvent e) {
    TimelineEventType type = e.type();
    switch (phase) {
      case WAITING -> {
        if (definition.startsOn(type)) {
          beginCycle(e.at());
        }
      }
      case RUNNING -> {
        if (definition.stopsOn(type)) {
          endRun(e.at());
          phase = Phase.STOPPED;
        } else if (definition.restartsOn(type)) {
          endRun(e.at());
          closeCycle(Optional.of(e.at()));
          beginCycle(e.at());
        }
      }
      case STOPPED -> {
        if (type == TimelineEventType.REOPENED) {
          reopen(e.at());
        }
      }
    }
  }

  private void reopen(Instant at) {
    switch (definition.reopen()) {
      case CONTINUE -> {
        runStart = at;
        phase = Phase.RUNNING;
      }
      case NEW_CYCLE -> {
        closeCycle(Optional.of(runs.get(runs.size() - 1).endExclusive()));
        beginCycle(at);
      }
      case IGNORE -> {}
    }
  }

  private void beginCycle(Instant at) {
    cycleNumber++;
    cycleStart = at;
    runStart = at;
    runs.clear();
    phase = Phase.RUNNING;
  }

  private void endRun(Instant at) {
    runs.add(TimeRange.of(runStart, at));
    runStart = null;
  }

  private void closeCycle(Optional<Instant> stopped) {
    cycles.add(new CycleSpan(cycleNumber, cycleStart, IntervalSet.of(runs), stopped));
  }

  private void finish() {
    switch (phase) {
      case WAITING -> {}
      case RUNNING -> {
        endRun(asOf);
        closeCycle(Optional.empty());
      }
      case STOPPED -> closeCycle(Optional.of(runs.get(runs.size() - 1).endExclusive()));
    }
    if (anyPauseOpen()) {
      pauses.add(TimeRange.of(pauseStart, asOf));
    }
  }
}

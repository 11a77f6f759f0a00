package dev.pledge.clock;

/** Where one cycle of a clock stands at the "as of" instant. */
public enum ClockState {
  /** No start event is known yet. */
  NOT_STARTED,
  /** Started, not stopped, and no counted pause is open. */
  RUNNING,
  /** Started, not stopped, and at least one counted pause is open. */
  PAUSED,
  /** Stopped by a stop event, or ended by a restart or a new cycle. */
  STOPPED
}

package dev.pledge.clock;

/** Whether a cycle kept its commitment. */
public enum ClockVerdict {
  /** Not decided yet: the clock has not started, or it runs or is paused within its target. */
  IN_PROGRESS,
  /** Stopped with elapsed time at most the target (exactly the target is met). */
  MET,
  /** Elapsed time exceeds the target, whether the clock still runs or not. */
  BREACHED
}

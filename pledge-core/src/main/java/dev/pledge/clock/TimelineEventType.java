package dev.pledge.clock;

/** What happened to a ticket at one instant of its timeline. */
public enum TimelineEventType {
  REPORTED,
  ACKNOWLEDGED,
  DISPATCHED,
  ON_SITE,
  DIAGNOSED,
  /** The ticket was handed to the next level (second line, a manager, a third party). */
  ESCALATED,
  RESTORED,
  RESOLVED,
  CLOSED,
  /** The ticket was opened again after it was resolved or closed; see {@link ReopenMode}. */
  REOPENED,
  /** Work waits, with a reason; only the reasons a clock lists pause it. */
  PAUSED,
  /** Work goes on: with a reason, that reason's pause ends; without one, every pause ends. */
  RESUMED,
  PROGRESS_UPDATE,
  /** Carried on the timeline; no clock runs on it. */
  SEVERITY_CHANGED,
  /** Carried on the timeline; no clock runs on it. */
  COMMENTED;

  /** True for the types that may start, stop or restart a clock. */
  boolean canDriveClock() {
    return this != PAUSED && this != RESUMED && this != SEVERITY_CHANGED && this != COMMENTED;
  }
}

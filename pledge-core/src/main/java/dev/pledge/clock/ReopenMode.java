package dev.pledge.clock;

/** What a {@link TimelineEventType#REOPENED} event does to a stopped clock. */
public enum ReopenMode {
  /**
   * The same cycle runs on from the time it had when it stopped; the time between the stop and the
   * reopening does not count.
   */
  CONTINUE,
  /** A new cycle starts at the reopening, with the full target. */
  NEW_CYCLE,
  /** The clock stays stopped: a response clock, for example, is answered once. */
  IGNORE
}

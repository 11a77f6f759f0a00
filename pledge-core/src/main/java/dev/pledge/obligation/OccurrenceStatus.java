package dev.pledge.obligation;

import java.util.Locale;

/** Where one occurrence of an obligation stands as of an instant. */
public enum OccurrenceStatus {
  /** Fulfilled on time: enough fulfilments at or before the deadline. */
  MET,
  /** Fulfilled, but only after the deadline: a breach, though the deliverable arrived. */
  LATE,
  /** The deadline has passed and the occurrence is still not fulfilled: a breach. */
  MISSED,
  /** Not fulfilled yet, and the deadline has not passed: it can still be met. */
  PENDING;

  /** True for {@link #LATE} and {@link #MISSED}: nothing can undo them. */
  public boolean isBreach() {
    return this == LATE || this == MISSED;
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}

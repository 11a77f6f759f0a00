package dev.pledge.clock;

import dev.pledge.time.IntervalSet;
import java.util.Objects;

/**
 * The intervals behind a cycle's elapsed time, up to the "as of" instant or the stop.
 *
 * @param counted running, unpaused time inside business hours; its total is the elapsed time
 * @param paused paused time that would otherwise have counted (inside business hours only)
 * @param outsideHours running, unpaused time outside business hours
 */
public record Explanation(IntervalSet counted, IntervalSet paused, IntervalSet outsideHours) {

  static final Explanation NONE =
      new Explanation(IntervalSet.empty(), IntervalSet.empty(), IntervalSet.empty());

  public Explanation {
    Objects.requireNonNull(counted, "counted");
    Objects.requireNonNull(paused, "paused");
    Objects.requireNonNull(outsideHours, "outsideHours");
  }
}

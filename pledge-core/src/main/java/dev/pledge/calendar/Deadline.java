package dev.pledge.calendar;

import java.time.Instant;
import java.util.Objects;

/**
 * The two deadlines of a target measured from a start.
 *
 * @param due the earliest instant at which counted time reaches the target; may be a closing time
 *     such as Friday 17:00
 * @param breachAfter the last instant at which counted time still equals the target; the next
 *     opening (Monday 09:00) when {@code due} is a closing time, otherwise {@code due} itself. A
 *     running clock is breached iff now is after it.
 */
public record Deadline(Instant due, Instant breachAfter) {
  public Deadline {
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(breachAfter, "breachAfter");
  }
}

package dev.pledge.obligation;

import dev.pledge.time.TimeRange;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One occurrence of an obligation: what it covers, when it is due, and what fulfilled it.
 *
 * @param label its name, e.g. {@code 2026-10}, {@code 2026-Q4} or {@code 2026-10-03} (the first
 *     covered date), as a fulfilment's {@code covers} names it
 * @param firstDate the first local date it covers
 * @param lastDate the last local date it covers
 * @param covers the covered span, from local 00:00 of the first date to local 00:00 after the last
 * @param deadline the last instant at which a fulfilment is on time
 * @param status where it stands as of the evaluation's instant
 * @param fulfilments the fulfilments matched to it, known by the evaluation's instant, by time;
 *     late ones and any beyond the minimum count included
 */
public record Occurrence(
    String label,
    LocalDate firstDate,
    LocalDate lastDate,
    TimeRange covers,
    Instant deadline,
    OccurrenceStatus status,
    List<ObligationFulfilment> fulfilments) {

  public Occurrence {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(firstDate, "firstDate");
    Objects.requireNonNull(lastDate, "lastDate");
    Objects.requireNonNull(covers, "covers");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(status, "status");
    fulfilments = List.copyOf(fulfilments);
  }

  /** True if a fulfilment at {@code at} is on time: at or before the deadline. */
  public boolean isOnTime(Instant at) {
    return !at.isAfter(deadline);
  }

  /** The fulfilments at or before the deadline. */
  public List<ObligationFulfilment> onTime() {
    return fulfilments.stream().filter(f -> isOnTime(f.at())).toList();
  }

  /** The fulfilments after the deadline. */
  public List<ObligationFulfilment> late() {
    return fulfilments.stream().filter(f -> !isOnTime(f.at())).toList();
  }

  /**
   * The status of an occurrence due at {@code deadline} with {@code fulfilments} (all known by
   * {@code asOf}) against {@code minimum}: met once enough came on time; pending while the deadline
   * has not passed; then late if enough came in all, else missed.
   */
  static OccurrenceStatus judge(
      Instant deadline, List<ObligationFulfilment> fulfilments, int minimum, Instant asOf) {
    long onTime = fulfilments.stream().filter(f -> !f.at().isAfter(deadline)).count();
    if (onTime >= minimum) {
      return OccurrenceStatus.MET;
    }
    if (!asOf.isAfter(deadline)) {
      return OccurrenceStatus.PENDING;
    }
    return fulfilments.size() >= minimum ? OccurrenceStatus.LATE : OccurrenceStatus.MISSED;
  }
}

package dev.pledge.event;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a read delivered and, when bad lines were skipped, what it left out and why.
 *
 * @param delivered how many events of each kind reached the sink (kinds with none are absent)
 * @param skippedLines how many lines (or CSV records) were left out: bad lines, and the good rows
 *     of a ticket left out whole because one of its rows was bad; always 0 when reading strictly
 * @param warnings the problems of the skipped lines, at most {@value EventReader#LISTED_PROBLEMS}
 * @param unlistedWarnings how many more problems there were beyond those listed
 */
public record EventReadSummary(
    Map<EventKind, Long> delivered,
    long skippedLines,
    List<EventProblem> warnings,
    long unlistedWarnings) {

  public EventReadSummary {
    EnumMap<EventKind, Long> byKind = new EnumMap<>(EventKind.class);
    byKind.putAll(delivered);
    delivered = Collections.unmodifiableMap(byKind);
    warnings = List.copyOf(warnings);
  }

  /** How many events of {@code kind} were delivered. */
  public long delivered(EventKind kind) {
    return delivered.getOrDefault(kind, 0L);
  }

  /** How many events were delivered in all. */
  public long deliveredTotal() {
    return delivered.values().stream().mapToLong(Long::longValue).sum();
  }

  public boolean hasWarnings() {
    return !warnings.isEmpty();
  }
}

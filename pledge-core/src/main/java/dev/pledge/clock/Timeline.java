package dev.pledge.clock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A ticket's events in the order they happened: sorted by instant, and events at the same instant
 * in the order they were given (the sort is stable). Immutable.
 */
public final class Timeline {

  private static final Timeline EMPTY = new Timeline(new TimelineEvent[0]);
  private static final Comparator<TimelineEvent> BY_INSTANT =
      Comparator.comparing(TimelineEvent::at);

  /** Sorted; this timeline's own, never changed. */
  private final TimelineEvent[] sorted;

  private final List<TimelineEvent> events;

  private Timeline(TimelineEvent[] sorted) {
    this.sorted = sorted;
    this.events = Collections.unmodifiableList(Arrays.asList(sorted));
  }

  public static Timeline empty() {
    return EMPTY;
  }

  public static Timeline of(TimelineEvent... events) {
    return of(List.of(events));
  }

  /** The given events, sorted by instant; equal instants keep the given order. */
  public static Timeline of(List<TimelineEvent> events) {
    TimelineEvent[] sorted = events.toArray(new TimelineEvent[0]);
    for (TimelineEvent e : sorted) {
      Objects.requireNonNull(e, "event");
    }
    if (!isSorted(sorted)) {
      Arrays.sort(sorted, BY_INSTANT); // stable
    }
    // One copy, not the three of sorting a list and copying it: every ticket read makes one.
    return new Timeline(sorted);
  }

  /** Files almost always list a ticket's events in order, which needs no sort. */
  private static boolean isSorted(TimelineEvent[] events) {
    for (int i = 1; i < events.length; i++) {
      if (events[i].at().isBefore(events[i - 1].at())) {
        return false;
      }
    }
    return true;
  }

  /** This timeline with {@code event} added after every event at or before its instant. */
  public Timeline with(TimelineEvent event) {
    List<TimelineEvent> all = new ArrayList<>(events);
    all.add(event);
    return of(all);
  }

  public List<TimelineEvent> events() {
    return events;
  }

  /** How many events there are. */
  public int size() {
    return sorted.length;
  }

  /**
   * The event at {@code index} in order, as {@code events().get(index)}: for loops run on every
   * ticket, which need no iterator.
   */
  public TimelineEvent get(int index) {
    return sorted[index];
  }

  /** The events known at {@code asOf}: those at or before it. */
  List<TimelineEvent> knownAt(Instant asOf) {
    return events.subList(0, knownCount(asOf));
  }

  /** How many events are known at {@code asOf}: the first ones, at or before it. */
  int knownCount(Instant asOf) {
    int n = 0;
    while (n < sorted.length && !sorted[n].at().isAfter(asOf)) {
      n++;
    }
    return n;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Timeline t && events.equals(t.events);
  }

  @Override
  public int hashCode() {
    return events.hashCode();
  }

  @Override
  public String toString() {
    return "Timeline" + events;
  }
}

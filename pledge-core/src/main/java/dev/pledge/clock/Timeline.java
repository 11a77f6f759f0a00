package dev.pledge.clock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A ticket's events in the order they happened: sorted by instant, and events at the same instant
 * in the order they were given (the sort is stable). Immutable.
 */
public final class Timeline {

  private static final Timeline EMPTY = new Timeline(List.of());

  private final List<TimelineEvent> events;

  private Timeline(List<TimelineEvent> sorted) {
    this.events = sorted;
  }

  public static Timeline empty() {
    return EMPTY;
  }

  public static Timeline of(TimelineEvent... events) {
    return of(List.of(events));
  }

  /** The given events, sorted by instant; equal instants keep the given order. */
  public static Timeline of(List<TimelineEvent> events) {
    List<TimelineEvent> sorted = new ArrayList<>(events);
    sorted.sort(Comparator.comparing(TimelineEvent::at)); // List.sort is stable
    return new Timeline(List.copyOf(sorted));
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

  /** The events known at {@code asOf}: those at or before it. */
  List<TimelineEvent> knownAt(Instant asOf) {
    int n = 0;
    while (n < events.size() && !events.get(n).at().isAfter(asOf)) {
      n++;
    }
    return events.subList(0, n);
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

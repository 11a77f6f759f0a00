package dev.pledge.time;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * An immutable set of instants, held as sorted, disjoint, non-touching, non-empty {@link
 * TimeRange}s. Adding ranges coalesces them, so an overlap never counts twice.
 *
 * <p>Speaks Guava {@code RangeSet}'s words: {@link #union}, {@link #intersection}, {@link #minus},
 * {@link #complement}, {@link #span}.
 */
public final class IntervalSet {

  private static final IntervalSet EMPTY = new IntervalSet(List.of());

  private final List<TimeRange> ranges;

  private IntervalSet(List<TimeRange> coalesced) {
    this.ranges = coalesced;
  }

  public static IntervalSet empty() {
    return EMPTY;
  }

  public static IntervalSet of(TimeRange... ranges) {
    return of(Arrays.asList(ranges));
  }

  /** The union of the given ranges, in any order, overlapping or not. */
  public static IntervalSet of(Collection<TimeRange> ranges) {
    if (ranges.size() == 1) { // the usual case of a clock's runs and pauses: nothing to merge
      TimeRange only = ranges.iterator().next();
      return only.isEmpty() ? EMPTY : new IntervalSet(List.of(only));
    }
    if (areSeparate(ranges)) { // as a clock's runs and pauses are: nothing to sort or merge
      return ranges.isEmpty() ? EMPTY : new IntervalSet(List.copyOf(ranges));
    }
    List<TimeRange> sorted = new ArrayList<>(ranges);
    Collections.sort(sorted);
    List<TimeRange> out = new ArrayList<>();
    for (TimeRange r : sorted) {
      if (r.isEmpty()) {
        continue;
      }
      int last = out.size() - 1;
      if (last >= 0 && out.get(last).isConnected(r)) {
        TimeRange prev = out.get(last);
        out.set(
            last,
            TimeRange.of(
                prev.startInclusive(), TimeRange.max(prev.endExclusive(), r.endExclusive())));
      } else {
        out.add(r);
      }
    }
    return out.isEmpty() ? EMPTY : new IntervalSet(List.copyOf(out));
  }

  /** True if the ranges are in order, none empty and none touching the next. */
  private static boolean areSeparate(Collection<TimeRange> ranges) {
    TimeRange previous = null;
    for (TimeRange r : ranges) {
      if (r.isEmpty()
          || (previous != null && !previous.endExclusive().isBefore(r.startInclusive()))) {
        return false;
      }
      previous = r;
    }
    return true;
  }

  /** The sorted, disjoint ranges of this set; no two touch and none is empty. */
  public List<TimeRange> ranges() {
    return ranges;
  }

  public boolean isEmpty() {
    return ranges.isEmpty();
  }

  /** The total length of the set: overlapping inputs counted once. */
  public Duration totalDuration() {
    Duration total = Duration.ZERO;
    for (TimeRange r : ranges) {
      total = total.plus(r.duration());
    }
    return total;
  }

  public boolean contains(Instant instant) {
    int i = indexAtOrBefore(instant);
    return i >= 0 && ranges.get(i).contains(instant);
  }

  /** The smallest range enclosing the set, empty if the set is. */
  public Optional<TimeRange> span() {
    if (ranges.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        TimeRange.of(ranges.get(0).startInclusive(), ranges.get(ranges.size() - 1).endExclusive()));
  }

  public IntervalSet add(TimeRange range) {
    List<TimeRange> all = new ArrayList<>(ranges);
    all.add(range);
    return of(all);
  }

  public IntervalSet union(IntervalSet other) {
    List<TimeRange> all = new ArrayList<>(ranges);
    all.addAll(other.ranges);
    return of(all);
  }

  public IntervalSet intersection(IntervalSet other) {
    List<TimeRange> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < ranges.size() && j < other.ranges.size()) {
      TimeRange a = ranges.get(i);
      TimeRange b = other.ranges.get(j);
      a.intersection(b).ifPresent(out::add);
      if (a.endExclusive().isBefore(b.endExclusive())) {
        i++;
      } else {
        j++;
      }
    }
    return of(out);
  }

  public IntervalSet intersection(TimeRange range) {
    return intersection(of(range));
  }

  /** This set clipped to {@code range}: the same as {@link #intersection(TimeRange)}. */
  public IntervalSet clip(TimeRange range) {
    return intersection(range);
  }

  /** The instants in this set and not in {@code other}. */
  public IntervalSet minus(IntervalSet other) {
    return intersection(other.complement(spanOrEmpty(this)));
  }

  /** The instants of {@code within} not in this set. */
  public IntervalSet complement(TimeRange within) {
    List<TimeRange> out = new ArrayList<>();
    Instant cursor = within.startInclusive();
    for (TimeRange r : ranges) {
      if (!r.endExclusive().isAfter(cursor)) {
        continue;
      }
      if (!r.startInclusive().isBefore(within.endExclusive())) {
        break;
      }
      if (r.startInclusive().isAfter(cursor)) {
        out.add(TimeRange.of(cursor, r.startInclusive()));
      }
      cursor = r.endExclusive();
    }
    if (cursor.isBefore(within.endExclusive())) {
      out.add(TimeRange.of(cursor, within.endExclusive()));
    }
    return of(out);
  }

  private static TimeRange spanOrEmpty(IntervalSet set) {
    return set.span().orElse(TimeRange.of(Instant.EPOCH, Instant.EPOCH));
  }

  private int indexAtOrBefore(Instant instant) {
    int lo = 0;
    int hi = ranges.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (!ranges.get(mid).startInclusive().isAfter(instant)) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IntervalSet other && ranges.equals(other.ranges);
  }

  @Override
  public int hashCode() {
    return ranges.hashCode();
  }

  @Override
  public String toString() {
    return ranges.toString();
  }
}

package dev.pledge.clock;

import dev.pledge.calendar.BusinessCalendar;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * How one commitment's clock runs over a ticket's timeline: its target, its calendar, the events
 * that start, stop and restart it, the pause reasons it honours, what a reopening does, and the
 * percentages of the target at which it raises thresholds. Immutable; build with {@link
 * #builder()}.
 *
 * <p>A response clock: start on {@code REPORTED}, stop on {@code ACKNOWLEDGED}, reopen {@code
 * IGNORE}. A periodic progress update every 2 h: start on {@code REPORTED}, restart on {@code
 * PROGRESS_UPDATE}, stop on {@code RESOLVED}.
 */
public final class ClockDefinition {

  private static final BigDecimal MAX_PERCENT = BigDecimal.valueOf(1000);

  private final Duration target;
  private final int workingDays;
  private final BusinessCalendar calendar;
  private final Set<TimelineEventType> startOn;
  private final Set<TimelineEventType> stopOn;
  private final Set<TimelineEventType> restartOn;
  private final Set<String> pauseReasons;
  // The same sets without the read-only view: asked about every event of every ticket.
  private final EnumSet<TimelineEventType> starts;
  private final EnumSet<TimelineEventType> stops;
  private final EnumSet<TimelineEventType> restarts;
  private final boolean pauseOnAnyReason;
  private final ReopenMode reopen;
  private final List<BigDecimal> thresholds;
  private final List<ThresholdGoal> thresholdGoals;

  private ClockDefinition(Builder b) {
    this.target = b.target;
    this.workingDays = b.workingDays;
    this.calendar = b.calendar;
    this.starts = copy(b.startOn);
    this.stops = copy(b.stopOn);
    this.restarts = copy(b.restartOn);
    this.startOn = Collections.unmodifiableSet(starts);
    this.stopOn = Collections.unmodifiableSet(stops);
    this.restartOn = Collections.unmodifiableSet(restarts);
    this.pauseReasons = Collections.unmodifiableSet(new TreeSet<>(b.pauseReasons));
    this.pauseOnAnyReason = b.pauseOnAnyReason;
    this.reopen = b.reopen;
    this.thresholds = List.copyOf(new TreeSet<>(b.thresholds));
    this.thresholdGoals = workingDays > 0 ? List.of() : goals(target);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The counted time the commitment allows per cycle; positive.
   *
   * @throws IllegalStateException if the target is in working days: its counted time depends on
   *     when each cycle starts (see {@link #targetFrom(Instant)})
   */
  public Duration target() {
    if (workingDays > 0) {
      throw new IllegalStateException(
          "the target is "
              + workingDays
              + " working day(s); its counted time depends on the start: use targetFrom(start)");
    }
    return target;
  }

  /** The target in whole working days of the calendar, if it was written so. */
  public OptionalInt workingDays() {
    return workingDays > 0 ? OptionalInt.of(workingDays) : OptionalInt.empty();
  }

  /**
   * The counted time a cycle starting at {@code start} is allowed. For a target of N working days:
   * the business time from {@code start} to the close of the calendar's N-th working day after the
   * start's date (the start's date is not counted); if the calendar has fewer working days ahead,
   * all the business time it has left before its last close — none if it never opens again.
   */
  public Duration targetFrom(Instant start) {
    if (workingDays == 0) {
      return target;
    }
    LocalDate startDate = LocalDate.ofInstant(start, calendar.zone());
    return calendar
        .workingDayClose(startDate, workingDays)
        .or(calendar::lastClose)
        .filter(close -> close.isAfter(start))
        .map(close -> calendar.businessTimeBetween(start, close))
        .orElse(Duration.ZERO);
  }

  public BusinessCalendar calendar() {
    return calendar;
  }

  public Set<TimelineEventType> startOn() {
    return startOn;
  }

  public Set<TimelineEventType> stopOn() {
    return stopOn;
  }

  /** Events that end the running cycle and begin a new one with the full target. */
  public Set<TimelineEventType> restartOn() {
    return restartOn;
  }

  /** The reasons whose pauses hold this clock; ignored if {@link #pausesOnAnyReason()}. */
  public Set<String> pauseReasons() {
    return pauseReasons;
  }

  /** True if every pause holds this clock, whatever its reason (or none). */
  public boolean pausesOnAnyReason() {
    return pauseOnAnyReason;
  }

  /** True if an event of {@code type} starts this clock; as {@code startOn().contains(type)}. */
  public boolean startsOn(TimelineEventType type) {
    return starts.contains(type);
  }

  boolean stopsOn(TimelineEventType type) {
    return stops.contains(type);
  }

  boolean restartsOn(TimelineEventType type) {
    return restarts.contains(type);
  }

  /** True if a pause with {@code reason} (empty for none) holds this clock. */
  public boolean pausesOn(String reason) {
    return pauseOnAnyReason || pauseReasons.contains(reason);
  }

  public ReopenMode reopen() {
    return reopen;
  }

  /** Threshold percentages of the target, ascending, without repeats (50 and 50.0 are one). */
  public List<BigDecimal> thresholds() {
    return thresholds;
  }

  /** The thresholds as counted time of {@code target}, in the order of {@link #thresholds()}. */
  List<ThresholdGoal> thresholdGoals(Duration target) {
    return workingDays > 0 ? goals(target) : thresholdGoals;
  }

  private List<ThresholdGoal> goals(Duration target) {
    return thresholds.stream().map(p -> ThresholdGoal.of(target, p)).toList();
  }

  private static EnumSet<TimelineEventType> copy(Set<TimelineEventType> types) {
    return types.isEmpty() ? EnumSet.noneOf(TimelineEventType.class) : EnumSet.copyOf(types);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ClockDefinition d
        && Objects.equals(target, d.target)
        && workingDays == d.workingDays
        && calendar.equals(d.calendar)
        && startOn.equals(d.startOn)
        && stopOn.equals(d.stopOn)
        && restartOn.equals(d.restartOn)
        && pauseReasons.equals(d.pauseReasons)
        && pauseOnAnyReason == d.pauseOnAnyReason
        && reopen == d.reopen
        && thresholds.equals(d.thresholds);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        target,
        workingDays,
        calendar,
        startOn,
        stopOn,
        restartOn,
        pauseReasons,
        pauseOnAnyReason,
        reopen,
        thresholds);
  }

  @Override
  public String toString() {
    return "ClockDefinition[target="
        + (workingDays > 0 ? workingDays + " working day(s)" : target)
        + ", startOn="
        + startOn
        + ", stopOn="
        + stopOn
        + ", restartOn="
        + restartOn
        + ", pauseReasons="
        + (pauseOnAnyReason ? "any" : pauseReasons)
        + ", reopen="
        + reopen
        + ", thresholds="
        + thresholds
        + ", calendar="
        + calendar
        + "]";
  }

  /**
   * Collects a clock's definition; {@link #build()} checks it whole and reports every problem at
   * once. Defaults: no restart events, no pause reasons (no pause holds the clock), reopen {@link
   * ReopenMode#CONTINUE}, no thresholds.
   */
  public static final class Builder {
    private Duration target;
    private int workingDays;
    private String workingDaysProblem;
    private BusinessCalendar calendar;
    private final Set<TimelineEventType> startOn = EnumSet.noneOf(TimelineEventType.class);
    private final Set<TimelineEventType> stopOn = EnumSet.noneOf(TimelineEventType.class);
    private final Set<TimelineEventType> restartOn = EnumSet.noneOf(TimelineEventType.class);
    private final Set<String> pauseReasons = new TreeSet<>();
    private boolean pauseOnAnyReason;
    private ReopenMode reopen = ReopenMode.CONTINUE;
    private final Set<BigDecimal> thresholds = new TreeSet<>(); // compareTo: 50 equals 50.0

    private Builder() {}

    /** A target of counted time; replaces a target in working days. */
    public Builder target(Duration target) {
      this.target = target;
      this.workingDays = 0;
      return this;
    }

    /**
     * A target of {@code days} whole working days of the calendar, as "within 3 working days" is
     * read: the start's date is not counted, and the clock is due at the close of the last working
     * day. Replaces a target of counted time.
     */
    public Builder workingDays(int days) {
      this.workingDays = days;
      this.target = null;
      if (days < 1) {
        workingDaysProblem = "target of " + days + " working days must be at least 1";
      } else {
        workingDaysProblem = null;
      }
      return this;
    }

    public Builder calendar(BusinessCalendar calendar) {
      this.calendar = calendar;
      return this;
    }

    /** Adds event types whose first occurrence starts the clock. */
    public Builder startOn(TimelineEventType... types) {
      startOn.addAll(List.of(types));
      return this;
    }

    /** Adds event types that stop the running clock. */
    public Builder stopOn(TimelineEventType... types) {
      stopOn.addAll(List.of(types));
      return this;
    }

    /** Adds event types that end the running cycle and begin a new one with the full target. */
    public Builder restartOn(TimelineEventType... types) {
      restartOn.addAll(List.of(types));
      return this;
    }

    /** Adds reasons whose pauses hold the clock. */
    public Builder pauseReasons(String... reasons) {
      return pauseReasons(List.of(reasons));
    }

    public Builder pauseReasons(Collection<String> reasons) {
      pauseReasons.addAll(reasons);
      return this;
    }

    /** Lets every pause hold the clock, whatever its reason (or none). */
    public Builder pauseOnAnyReason() {
      pauseOnAnyReason = true;
      return this;
    }

    public Builder reopen(ReopenMode mode) {
      this.reopen = mode;
      return this;
    }

    /** Adds threshold percentages of the target, each in (0, 1000], e.g. 50, 75, 100. */
    public Builder thresholds(int... percents) {
      for (int p : percents) {
        thresholds.add(BigDecimal.valueOf(p));
      }
      return this;
    }

    public Builder thresholds(BigDecimal... percents) {
      thresholds.addAll(List.of(percents));
      return this;
    }

    /**
     * The definition, or an {@link IllegalArgumentException} listing every problem found.
     *
     * @throws IllegalArgumentException if the definition is incomplete or contradicts itself
     */
    public ClockDefinition build() {
      List<String> problems = problems();
      if (!problems.isEmpty()) {
        throw new IllegalArgumentException(
            "clock definition is invalid: " + String.join("; ", problems));
      }
      return new ClockDefinition(this);
    }

    private List<String> problems() {
      List<String> problems = new ArrayList<>();
      checkTarget(problems);
      if (calendar == null) {
        problems.add("calendar is missing; use BusinessCalendar.allDay(zone) for a 24x7 clock");
      }
      if (reopen == null) {
        problems.add("reopen is missing; choose CONTINUE, NEW_CYCLE or IGNORE");
      }
      checkEvents(problems);
      checkPauseReasons(problems);
      checkThresholds(problems);
      return problems;
    }

    private void checkTarget(List<String> problems) {
      if (workingDaysProblem != null) {
        problems.add(workingDaysProblem);
      } else if (workingDays > 0) {
        return;
      } else if (target == null) {
        problems.add("target is missing; give the counted time allowed, e.g. PT2H");
      } else if (target.isZero() || target.isNegative()) {
        problems.add("target " + target + " must be positive, e.g. PT2H");
      }
    }

    private void checkEvents(List<String> problems) {
      if (startOn.isEmpty()) {
        problems.add("startOn is empty; name the event that starts the clock, e.g. REPORTED");
      }
      if (stopOn.isEmpty()) {
        problems.add("stopOn is empty; name the event that meets the commitment, e.g. RESOLVED");
      }
      for (TimelineEventType t : stopOn) {
        if (startOn.contains(t)) {
          problems.add(t + " is in both startOn and stopOn; an event starts or stops a clock");
        }
        if (restartOn.contains(t)) {
          problems.add(t + " is in both restartOn and stopOn; an event restarts or stops a clock");
        }
      }
      checkDrivers("startOn", startOn, problems);
      checkDrivers("stopOn", stopOn, problems);
      checkDrivers("restartOn", restartOn, problems);
      if (stopOn.contains(TimelineEventType.REOPENED)) {
        problems.add("REOPENED in stopOn: a reopening never stops a clock; choose reopen mode");
      }
    }

    private static void checkDrivers(
        String field, Set<TimelineEventType> types, List<String> problems) {
      for (TimelineEventType t : types) {
        if (!t.canDriveClock()) {
          problems.add(
              t
                  + " in "
                  + field
                  + ": pauses are chosen with pauseReasons, and comments and severity changes"
                  + " never drive a clock");
        }
      }
    }

    private void checkPauseReasons(List<String> problems) {
      for (String r : pauseReasons) {
        if (r.isBlank() || !r.equals(r.strip())) {
          problems.add(
              "pause reason '"
                  + r
                  + "' must be non-blank without surrounding spaces;"
                  + " use pauseOnAnyReason() to let pauses without a reason count");
        }
      }
    }

    private void checkThresholds(List<String> problems) {
      for (BigDecimal p : thresholds) {
        if (p.signum() <= 0 || p.compareTo(MAX_PERCENT) > 0) {
          problems.add(
              "threshold "
                  + p.toPlainString()
                  + " % is outside (0, 1000]; give a percentage of the target such as 50, 75 or"
                  + " 100");
        }
      }
    }
  }
}

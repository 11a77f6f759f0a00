package dev.pledge.calendar;

import dev.pledge.time.IntervalSet;
import dev.pledge.time.TimeRange;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * When a clock runs: weekly working windows in an IANA zone, with holidays and extra working days.
 *
 * <p>Instances are immutable and thread-safe. The conventions (see docs/semantics.md):
 *
 * <ul>
 *   <li>A window belongs to the date it starts on; a holiday or an extra working day on that date
 *       governs the whole window, overnight shifts included.
 *   <li>Business time is real elapsed time inside open windows, so an overnight shift is an hour
 *       shorter on a spring-forward night. A local time in a DST gap moves later by the gap; in an
 *       overlap the earlier offset wins.
 *   <li>Open time is a union: overlapping windows count once, and windows that touch run on.
 * </ul>
 */
public final class BusinessCalendar {

  private final ZoneId zone;
  private final Map<DayOfWeek, List<WorkingHours>> week;
  private final Map<LocalDate, Holiday> holidays;
  private final Map<LocalDate, ExtraWorkingDay> extraWorkingDays;
  private final OpenTimeIndex index;

  private BusinessCalendar(Builder b) {
    this.zone = b.zone;
    this.week = Collections.unmodifiableMap(new EnumMap<>(b.week));
    this.holidays = Collections.unmodifiableMap(new TreeMap<>(b.holidays));
    this.extraWorkingDays = Collections.unmodifiableMap(new TreeMap<>(b.extraWorkingDays));
    this.index = new OpenTimeIndex(this);
  }

  /** A calendar open around the clock, every day (24×7), in {@code zone}. */
  public static BusinessCalendar allDay(ZoneId zone) {
    Builder b = builder(zone);
    for (DayOfWeek d : DayOfWeek.values()) {
      b.week(d, WorkingHours.ALL_DAY);
    }
    return b.build();
  }

  public static Builder builder(ZoneId zone) {
    return new Builder(zone);
  }

  /** A builder holding this calendar's definition, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder(zone);
    b.week.putAll(week);
    b.holidays.putAll(holidays);
    b.extraWorkingDays.putAll(extraWorkingDays);
    return b;
  }

  public ZoneId zone() {
    return zone;
  }

  /** The weekly windows starting on {@code day}, possibly none. */
  public List<WorkingHours> weeklyHours(DayOfWeek day) {
    return week.getOrDefault(day, List.of());
  }

  public List<Holiday> holidays() {
    return List.copyOf(holidays.values());
  }

  public List<ExtraWorkingDay> extraWorkingDays() {
    return List.copyOf(extraWorkingDays.values());
  }

  /** True if every day of the week is open around the clock and no date is special. */
  public boolean isAllDay() {
    return holidays.isEmpty()
        && extraWorkingDays.isEmpty()
        && week.size() == 7
        && week.values().stream().allMatch(h -> h.equals(List.of(WorkingHours.ALL_DAY)));
  }

  /**
   * The windows that start on {@code date}: none on a holiday, an extra working day's own hours,
   * otherwise the weekly pattern.
   */
  public List<WorkingHours> hoursOn(LocalDate date) {
    if (holidays.containsKey(date)) {
      return List.of();
    }
    ExtraWorkingDay extra = extraWorkingDays.get(date);
    return extra != null ? extra.hours() : weeklyHours(date.getDayOfWeek());
  }

  /** The open ranges of {@code date}'s windows as instants; overnight ones end the next day. */
  public List<TimeRange> windowsOn(LocalDate date) {
    List<TimeRange> out = new ArrayList<>();
    for (WorkingHours h : hoursOn(date)) {
      Instant start = ZonedDateTime.of(date, h.start(), zone).toInstant();
      LocalDate endDate = h.endsNextDay() ? date.plusDays(1) : date;
      Instant end = ZonedDateTime.of(endDate, h.end(), zone).toInstant();
      if (end.isAfter(start)) {
        out.add(TimeRange.of(start, end));
      }
    }
    return out;
  }

  /** Business time in {@code [from, to)}. */
  public Duration businessTimeBetween(Instant from, Instant to) {
    requireOrdered(from, to);
    return index.between(from, to);
  }

  /**
   * The deadlines of {@code target} business time counted from {@code start}; empty if the calendar
   * never accumulates that much time (no working windows ahead).
   */
  public Optional<Deadline> deadline(Instant start, Duration target) {
    Objects.requireNonNull(start, "start");
    requireNotNegative(target);
    return index.deadline(start, target);
  }

  /**
   * The close of the {@code n}-th working day after {@code date}: the latest end of the windows
   * that start on that day. A working day is a date with open time; {@code date} itself is not
   * counted, and an overnight window belongs to the date it starts on, so its close is the next
   * morning. Empty if the calendar has fewer than {@code n} working days after {@code date}.
   */
  public Optional<Instant> workingDayClose(LocalDate date, int n) {
    Objects.requireNonNull(date, "date");
    if (n < 1) {
      throw new IllegalArgumentException("n " + n + " must be at least 1");
    }
    // Past the last listed date only the weekly pattern matters: a week without open time
    // means there will never be another working day.
    LocalDate lastListed = lastListedDate();
    int counted = 0;
    int closedInARow = 0;
    for (LocalDate d = date.plusDays(1); ; d = d.plusDays(1)) {
      List<TimeRange> windows = windowsOn(d);
      if (windows.isEmpty()) {
        closedInARow++;
        if (closedInARow > 7 && (lastListed == null || d.isAfter(lastListed))) {
          return Optional.empty();
        }
        continue;
      }
      closedInARow = 0;
      if (++counted == n) {
        return windows.stream().map(TimeRange::endExclusive).max(Instant::compareTo);
      }
    }
  }

  /**
   * The end of the last window the calendar will ever open; empty if its weekly pattern keeps
   * opening. Only a calendar of extra working days alone ever closes for good.
   */
  public Optional<Instant> lastClose() {
    if (week.values().stream().anyMatch(h -> !h.isEmpty())) {
      return Optional.empty();
    }
    return extraWorkingDays.keySet().stream()
        .flatMap(d -> windowsOn(d).stream())
        .map(TimeRange::endExclusive)
        .max(Instant::compareTo);
  }

  private LocalDate lastListedDate() {
    LocalDate last = null;
    for (LocalDate d : holidays.keySet()) {
      last = d;
    }
    for (LocalDate d : extraWorkingDays.keySet()) {
      last = last == null || d.isAfter(last) ? d : last;
    }
    return last;
  }

  /** True if {@code instant} lies inside an open window. */
  public boolean isOpen(Instant instant) {
    return index.isOpen(instant);
  }

  /** The earliest instant at or after {@code instant} at which the calendar is open. */
  public Optional<Instant> nextOpening(Instant instant) {
    return index.nextOpening(instant);
  }

  /** The earliest instant at or after {@code instant} at which the calendar is closed. */
  public Optional<Instant> nextClosing(Instant instant) {
    return index.nextClosing(instant);
  }

  /** The open time inside {@code within}, as coalesced ranges. */
  public IntervalSet openIntervals(TimeRange within) {
    return index.openIntervals(within);
  }

  private static void requireOrdered(Instant from, Instant to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("'to' " + to + " is before 'from' " + from);
    }
  }

  private static void requireNotNegative(Duration target) {
    Objects.requireNonNull(target, "target");
    if (target.isNegative()) {
      throw new IllegalArgumentException("target " + target + " is negative");
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BusinessCalendar c
        && zone.equals(c.zone)
        && week.equals(c.week)
        && holidays.equals(c.holidays)
        && extraWorkingDays.equals(c.extraWorkingDays);
  }

  @Override
  public int hashCode() {
    return Objects.hash(zone, week, holidays, extraWorkingDays);
  }

  @Override
  public String toString() {
    return "BusinessCalendar[zone="
        + zone
        + ", week="
        + week
        + ", holidays="
        + holidays.size()
        + ", extraWorkingDays="
        + extraWorkingDays.size()
        + "]";
  }

  /** Collects a calendar's definition; {@link #build()} checks it whole. */
  public static final class Builder {
    private final ZoneId zone;
    private final Map<DayOfWeek, List<WorkingHours>> week = new EnumMap<>(DayOfWeek.class);
    private final Map<LocalDate, Holiday> holidays = new TreeMap<>();
    private final Map<LocalDate, ExtraWorkingDay> extraWorkingDays = new TreeMap<>();

    private Builder(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** Sets the windows that start on {@code day} each week, replacing earlier ones. */
    public Builder week(DayOfWeek day, WorkingHours... hours) {
      return week(day, List.of(hours));
    }

    public Builder week(DayOfWeek day, List<WorkingHours> hours) {
      week.put(Objects.requireNonNull(day, "day"), List.copyOf(hours));
      return this;
    }

    /** Sets the same windows on Monday to Friday. */
    public Builder weekdays(WorkingHours... hours) {
      for (DayOfWeek d : DayOfWeek.values()) {
        if (d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY) {
          week(d, hours);
        }
      }
      return this;
    }

    public Builder holiday(LocalDate date, String name) {
      return holiday(new Holiday(date, name));
    }

    public Builder holiday(Holiday holiday) {
      if (extraWorkingDays.containsKey(holiday.date())) {
        throw conflict(holiday.date());
      }
      holidays.put(holiday.date(), holiday);
      return this;
    }

    public Builder extraWorkingDay(LocalDate date, String name, WorkingHours... hours) {
      return extraWorkingDay(new ExtraWorkingDay(date, List.of(hours), name));
    }

    public Builder extraWorkingDay(ExtraWorkingDay day) {
      if (holidays.containsKey(day.date())) {
        throw conflict(day.date());
      }
      extraWorkingDays.put(day.date(), day);
      return this;
    }

    private static IllegalArgumentException conflict(LocalDate date) {
      return new IllegalArgumentException(
          date + " is listed both as a holiday and as an extra working day; keep one");
    }

    public BusinessCalendar build() {
      return new BusinessCalendar(this);
    }
  }
}

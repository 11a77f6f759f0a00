package dev.pledge.obligation;

import dev.pledge.calendar.BusinessCalendar;
import dev.pledge.period.ReportingPeriod;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A recurring deliverable a guarantee promises: "a monthly report by the 5th", "a monthly
 * inspection", "a daily backup by 06:00 the next day", "a quarterly drill", "a monthly summary
 * within 3 working days". Immutable; build with {@link #builder(String)}.
 *
 * <p>Each occurrence covers one span of the {@link Recurrence} (a local day, month, quarter...) in
 * the obligation's zone and is due by its {@link DeadlineRule}; it needs at least {@code
 * minimumCount} fulfilments by then. The rules, with worked examples, are in docs/semantics.md
 * ("Recurring obligations").
 */
public final class ObligationDefinition {

  private final String id;
  private final String name;
  private final Recurrence recurrence;
  private final DeadlineRule deadline;
  private final ZoneId zone;
  private final BusinessCalendar calendar;
  private final int minimumCount;

  private ObligationDefinition(Builder b) {
    this.id = b.id;
    this.name = b.name != null ? b.name : b.id;
    this.recurrence = b.recurrence;
    this.deadline = b.deadline;
    this.zone = b.zone != null ? b.zone : b.calendar.zone();
    this.calendar = b.calendar;
    this.minimumCount = b.minimumCount;
  }

  /** A builder for the obligation {@code id}, the id its fulfilments name. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  public String id() {
    return id;
  }

  /** The name shown to people; the id unless one was given. */
  public String name() {
    return name;
  }

  public Recurrence recurrence() {
    return recurrence;
  }

  public DeadlineRule deadline() {
    return deadline;
  }

  /** The zone whose local dates the covered spans and deadlines are counted in. */
  public ZoneId zone() {
    return zone;
  }

  /** The calendar whose working days a working-day deadline counts, if any. */
  public Optional<BusinessCalendar> calendar() {
    return Optional.ofNullable(calendar);
  }

  /** The fulfilments each occurrence needs; 1 unless set. */
  public int minimumCount() {
    return minimumCount;
  }

  /**
   * Evaluates the occurrences whose deadline falls in {@code period}, as known at {@code asOf}.
   *
   * <p>Pass every fulfilment of this obligation (others are ignored, and so are those after {@code
   * asOf}): fulfilments that do not say what they cover are matched in time order, each to the
   * earliest occurrence still open whose window (from the start of its covered span to its
   * deadline) contains it, so earlier fulfilments decide where later ones go.
   *
   * @throws IllegalArgumentException if a fulfilment's {@code covers} is not a label of this
   *     obligation
   */
  public ObligationEvaluation evaluate(
      ReportingPeriod period, Instant asOf, Collection<ObligationFulfilment> fulfilments) {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(fulfilments, "fulfilments");
    return new FulfilmentMatcher(new Schedule(this)).evaluate(period, asOf, fulfilments);
  }

  /** {@code monthly, by the 5th of the next month, 1 fulfilment each, in Asia/Shanghai}. */
  String describe() {
    return recurrence
        + ", "
        + deadline.describe(recurrence.spanNoun())
        + ", "
        + minimumCount
        + (minimumCount == 1 ? " fulfilment" : " fulfilments")
        + " each, in "
        + zone;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ObligationDefinition d
        && id.equals(d.id)
        && name.equals(d.name)
        && recurrence.equals(d.recurrence)
        && deadline.equals(d.deadline)
        && zone.equals(d.zone)
        && Objects.equals(calendar, d.calendar)
        && minimumCount == d.minimumCount;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, recurrence, deadline, zone, calendar, minimumCount);
  }

  @Override
  public String toString() {
    return "obligation " + id + ": " + describe();
  }

  /**
   * Collects an obligation's definition; {@link #build()} checks it whole and reports every problem
   * at once. Defaults: the name is the id, the deadline is {@link DeadlineRule#withinSpan()}, the
   * zone is the calendar's, one fulfilment per occurrence.
   */
  public static final class Builder {
    private final String id;
    private String name;
    private Recurrence recurrence;
    private DeadlineRule deadline = DeadlineRule.withinSpan();
    private ZoneId zone;
    private BusinessCalendar calendar;
    private int minimumCount = 1;

    private Builder(String id) {
      this.id = id;
    }

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public Builder recurrence(Recurrence recurrence) {
      this.recurrence = recurrence;
      return this;
    }

    public Builder deadline(DeadlineRule deadline) {
      this.deadline = deadline;
      return this;
    }

    public Builder zone(ZoneId zone) {
      this.zone = zone;
      return this;
    }

    /** The calendar whose working days {@link DeadlineRule#withinWorkingDays} counts. */
    public Builder calendar(BusinessCalendar calendar) {
      this.calendar = calendar;
      return this;
    }

    /** The fulfilments each occurrence needs, 1 or more: "at least two inspections a month". */
    public Builder minimumCount(int minimumCount) {
      this.minimumCount = minimumCount;
      return this;
    }

    /**
     * The definition, or an {@link IllegalArgumentException} listing every problem found.
     *
     * @throws IllegalArgumentException if the definition is incomplete or contradicts itself
     */
    public ObligationDefinition build() {
      List<String> problems = problems();
      if (!problems.isEmpty()) {
        throw new IllegalArgumentException(
            "obligation '" + id + "' is invalid: " + String.join("; ", problems));
      }
      return new ObligationDefinition(this);
    }

    private List<String> problems() {
      List<String> problems = new ArrayList<>();
      if (id == null || id.isBlank() || !id.equals(id.strip())) {
        problems.add("id must be non-blank without surrounding spaces, e.g. monthly-report");
      }
      if (name != null && name.isBlank()) {
        problems.add("name is blank; give a name people read, or leave it out to use the id");
      }
      if (recurrence == null) {
        problems.add("recurrence is missing; e.g. Recurrence.monthly() or Recurrence.daily()");
      }
      if (deadline == null) {
        problems.add("deadline is missing; e.g. DeadlineRule.withinSpan()");
      }
      if (minimumCount < 1) {
        problems.add("minimumCount " + minimumCount + " must be 1 or more");
      }
      checkZone(problems);
      checkDeadline(problems);
      return problems;
    }

    private void checkZone(List<String> problems) {
      if (zone == null && calendar == null) {
        problems.add("zone is missing; give the zone whose local dates count, e.g. Asia/Shanghai");
      }
      if (zone != null && calendar != null && !zone.equals(calendar.zone())) {
        problems.add(
            "zone "
                + zone
                + " differs from the calendar's zone "
                + calendar.zone()
                + "; working days are counted in one zone");
      }
    }

    private void checkDeadline(List<String> problems) {
      if (deadline == null || recurrence == null) {
        return;
      }
      if (deadline.kind() == DeadlineRule.Kind.DAY_OF_NEXT_MONTH && !recurrence.isMonthBased()) {
        problems.add(
            "deadline '"
                + deadline.describe(recurrence.spanNoun())
                + "' needs a monthly, quarterly or yearly recurrence, not "
                + recurrence);
      }
      if (deadline.needsCalendar()) {
        checkWorkingDays(problems);
      }
    }

    private void checkWorkingDays(List<String> problems) {
      if (calendar == null) {
        problems.add("deadline counts working days but no calendar is given; add calendar(...)");
      } else if (!hasWeeklyWorkingDay(calendar)) {
        // Holidays are finite, so a weekly working day guarantees every Nth working day exists.
        problems.add(
            "calendar has no weekly working hours, so working days would run out; give it some");
      }
    }

    private static boolean hasWeeklyWorkingDay(BusinessCalendar calendar) {
      for (DayOfWeek d : DayOfWeek.values()) {
        if (!calendar.weeklyHours(d).isEmpty()) {
          return true;
        }
      }
      return false;
    }
  }
}

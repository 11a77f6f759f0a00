package dev.pledge.obligation;

import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/**
 * When an occurrence is due, counted from the span it covers.
 *
 * <p>Every deadline is the <em>last instant at which a fulfilment is on time</em>: a fulfilment
 * exactly at the deadline is on time, one a nanosecond later is late. A rule that names a date ("by
 * the 5th", "within the month", "within 3 working days") keeps the whole of that local date in
 * time: its deadline is the last nanosecond before the next local 00:00, which already belongs to
 * the next date. A rule that names a time of day ("by 06:00 the next day") is due at that instant.
 * Immutable.
 */
public final class DeadlineRule {

  /** The kinds of deadline rule. */
  public enum Kind {
    /** Within the covered span itself: "within the month", "once each day". */
    END_OF_SPAN,
    /** By a day of the month after the span: "by the 5th". */
    DAY_OF_NEXT_MONTH,
    /** Within N local days after the span. */
    DAYS_AFTER,
    /** Within N working days of a calendar after the span. */
    WORKING_DAYS_AFTER,
    /** By a local time of day, N days after the span's last date: "by 06:00 the next day". */
    TIME_OF_DAY
  }

  private static final DeadlineRule END_OF_SPAN = new DeadlineRule(Kind.END_OF_SPAN, 0, null);

  private final Kind kind;
  private final int amount;
  private final LocalTime time;

  private DeadlineRule(Kind kind, int amount, LocalTime time) {
    this.kind = kind;
    this.amount = amount;
    this.time = time;
  }

  /** Due by the end of the covered span's last date: a monthly inspection within the month. */
  public static DeadlineRule withinSpan() {
    return END_OF_SPAN;
  }

  /**
   * Due by the end of day {@code day} of the month that follows the covered span: the report on
   * October due by the 5th is due by the end of 5 November. A day beyond the month's length means
   * its last day ("by the 31st" in November is 30 November). Only for monthly, quarterly and yearly
   * obligations.
   *
   * @param day from 1 to 31
   */
  public static DeadlineRule byDayOfNextMonth(int day) {
    if (day < 1 || day > 31) {
      throw new IllegalArgumentException("day " + day + " must be a day of the month, 1 to 31");
    }
    return new DeadlineRule(Kind.DAY_OF_NEXT_MONTH, day, null);
  }

  /**
   * Due by the end of the {@code n}th local date after the covered span: within 3 days of October's
   * end is by the end of 3 November.
   *
   * @param n 1 or more
   */
  public static DeadlineRule withinDays(int n) {
    requirePositive(n, "days");
    return new DeadlineRule(Kind.DAYS_AFTER, n, null);
  }

  /**
   * Due by the end of the {@code n}th working date of the obligation's calendar after the covered
   * span: the date on which n whole working days have passed. A working date is one on which the
   * calendar has working hours; the whole date is in time, closing time or not.
   *
   * @param n 1 or more
   */
  public static DeadlineRule withinWorkingDays(int n) {
    requirePositive(n, "working days");
    return new DeadlineRule(Kind.WORKING_DAYS_AFTER, n, null);
  }

  /**
   * Due at local {@code time} on the date {@code daysAfterLastDate} days after the covered span's
   * last date: {@code byTimeOfDay(06:00, 1)} is "by 06:00 the next day". A time in a DST gap moves
   * later by the gap; in an overlap the earlier offset wins.
   *
   * @param daysAfterLastDate 0 (the span's last date) or more
   */
  public static DeadlineRule byTimeOfDay(LocalTime time, int daysAfterLastDate) {
    Objects.requireNonNull(time, "time");
    if (daysAfterLastDate < 0) {
      throw new IllegalArgumentException(
          "daysAfterLastDate "
              + daysAfterLastDate
              + " is negative; give 0 or more, 1 for next day");
    }
    return new DeadlineRule(Kind.TIME_OF_DAY, daysAfterLastDate, time);
  }

  private static void requirePositive(int n, String unit) {
    if (n < 1) {
      throw new IllegalArgumentException(unit + " " + n + " must be 1 or more");
    }
  }

  public Kind kind() {
    return kind;
  }

  /**
   * The rule's number: the day of the month, the days or working days after the span, or the days
   * after the span's last date for a time of day; 0 for {@link Kind#END_OF_SPAN}.
   */
  public int amount() {
    return amount;
  }

  /** The time of day, for {@link Kind#TIME_OF_DAY}. */
  public Optional<LocalTime> timeOfDay() {
    return Optional.ofNullable(time);
  }

  /** True if the rule counts working days and so needs a calendar. */
  public boolean needsCalendar() {
    return kind == Kind.WORKING_DAYS_AFTER;
  }

  /** The rule in words, for a span called {@code noun}: {@code by the 5th of the next month}. */
  String describe(String noun) {
    return switch (kind) {
      case END_OF_SPAN -> "within the " + noun;
      case DAY_OF_NEXT_MONTH -> "by the " + ordinal(amount) + " of the next month";
      case DAYS_AFTER -> "within " + plural(amount, "day") + " after the " + noun;
      case WORKING_DAYS_AFTER -> "within " + plural(amount, "working day") + " after the " + noun;
      case TIME_OF_DAY -> "by " + time + " " + dayAfter();
    };
  }

  private String dayAfter() {
    return switch (amount) {
      case 0 -> "on the last day";
      case 1 -> "the next day";
      default -> amount + " days after the last day";
    };
  }

  private static String plural(int n, String unit) {
    return n + " " + unit + (n == 1 ? "" : "s");
  }

  /** {@code 1st}, {@code 2nd}, {@code 3rd}, {@code 4th}, {@code 11th}, {@code 21st}. */
  static String ordinal(int n) {
    if (n % 100 >= 11 && n % 100 <= 13) {
      return n + "th";
    }
    return n
        + switch (n % 10) {
          case 1 -> "st";
          case 2 -> "nd";
          case 3 -> "rd";
          default -> "th";
        };
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DeadlineRule r
        && kind == r.kind
        && amount == r.amount
        && Objects.equals(time, r.time);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, amount, time);
  }

  @Override
  public String toString() {
    return describe("span");
  }
}

package dev.pledge.obligation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How often an obligation falls due, and so what each occurrence covers: a local day, a block of N
 * local days, a week, a month, a quarter or a year in the obligation's zone.
 *
 * <p>Covered spans follow each other without gaps and run from local 00:00 of their first date to
 * local 00:00 of the date after their last, so a covered day is 23 or 25 hours long on a DST change
 * day. Immutable.
 */
public final class Recurrence {

  /** The kinds of recurrence. */
  public enum Frequency {
    DAILY,
    EVERY_N_DAYS,
    WEEKLY,
    MONTHLY,
    QUARTERLY,
    YEARLY
  }

  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final LocalDate A_MONDAY = LocalDate.of(2024, 1, 1);

  private final Frequency frequency;
  // Day-based recurrences are "every `days` days from `anchor`"; month-based ones "every `months`
  // months from January", so one formula finds the span of any date.
  private final int days;
  private final int months;
  private final LocalDate anchor;

  private Recurrence(Frequency frequency, int days, int months, LocalDate anchor) {
    this.frequency = frequency;
    this.days = days;
    this.months = months;
    this.anchor = anchor;
  }

  /** Each local day. */
  public static Recurrence daily() {
    return new Recurrence(Frequency.DAILY, 1, 0, A_MONDAY);
  }

  /**
   * Blocks of {@code n} local days, one of which starts on {@code anchor}: with n = 3 from
   * 2026-10-02, the blocks are 10-02..10-04, 10-05..10-07, and so on, and 09-29..10-01 before.
   */
  public static Recurrence everyNDays(int n, LocalDate anchor) {
    Objects.requireNonNull(anchor, "anchor");
    if (n < 1) {
      throw new IllegalArgumentException("n " + n + " must be 1 or more days, e.g. 3");
    }
    return new Recurrence(Frequency.EVERY_N_DAYS, n, 0, anchor);
  }

  /** Weeks from Monday to Sunday. */
  public static Recurrence weekly() {
    return weekly(DayOfWeek.MONDAY);
  }

  /** Weeks starting on {@code firstDay}. */
  public static Recurrence weekly(DayOfWeek firstDay) {
    Objects.requireNonNull(firstDay, "firstDay");
    LocalDate anchor = A_MONDAY.plusDays(firstDay.getValue() - 1L);
    return new Recurrence(Frequency.WEEKLY, 7, 0, anchor);
  }

  /** Calendar months. */
  public static Recurrence monthly() {
    return new Recurrence(Frequency.MONTHLY, 0, 1, null);
  }

  /** Calendar quarters: January to March, April to June, and so on. */
  public static Recurrence quarterly() {
    return new Recurrence(Frequency.QUARTERLY, 0, 3, null);
  }

  /** Calendar years. */
  public static Recurrence yearly() {
    return new Recurrence(Frequency.YEARLY, 0, 12, null);
  }

  public Frequency frequency() {
    return frequency;
  }

  /** The length of a day-based span in days (1, N or 7); 0 for month-based recurrences. */
  public int days() {
    return days;
  }

  /** The date one block starts on, for {@link Frequency#EVERY_N_DAYS}; empty otherwise. */
  public Optional<LocalDate> anchor() {
    return frequency == Frequency.EVERY_N_DAYS ? Optional.of(anchor) : Optional.empty();
  }

  /** The day weeks start on, for {@link Frequency#WEEKLY}; empty otherwise. */
  public Optional<DayOfWeek> firstDayOfWeek() {
    return frequency == Frequency.WEEKLY ? Optional.of(anchor.getDayOfWeek()) : Optional.empty();
  }

  /** True for monthly, quarterly and yearly recurrences, whose spans are whole months. */
  public boolean isMonthBased() {
    return months > 0;
  }

  /** The first date of the span that contains {@code date}. */
  LocalDate firstDateOf(LocalDate date) {
    if (months > 0) {
      long index = date.getYear() * 12L + date.getMonthValue() - 1;
      long first = Math.floorDiv(index, months) * months;
      return LocalDate.of((int) Math.floorDiv(first, 12), (int) Math.floorMod(first, 12) + 1, 1);
    }
    long offset = ChronoUnit.DAYS.between(anchor, date);
    return anchor.plusDays(Math.floorDiv(offset, days) * days);
  }

  /** The first date of the span after the one starting on {@code firstDate}. */
  LocalDate nextFirstDate(LocalDate firstDate) {
    return months > 0 ? firstDate.plusMonths(months) : firstDate.plusDays(days);
  }

  /** The first date of the span before the one starting on {@code firstDate}. */
  LocalDate previousFirstDate(LocalDate firstDate) {
    return months > 0 ? firstDate.minusMonths(months) : firstDate.minusDays(days);
  }

  /**
   * How an occurrence is named, and how a fulfilment's {@code covers} names it: {@code 2026-10} for
   * a month, {@code 2026-Q4} for a quarter, {@code 2026} for a year, otherwise the first date.
   */
  String label(LocalDate firstDate) {
    return switch (frequency) {
      case MONTHLY -> YearMonth.from(firstDate).toString();
      case QUARTERLY -> firstDate.getYear() + "-Q" + ((firstDate.getMonthValue() + 2) / 3);
      case YEARLY -> Integer.toString(firstDate.getYear());
      default -> firstDate.toString();
    };
  }

  /**
   * The first date of the span {@code covers} names: a date names the span containing it; a month
   * ({@code 2026-10}), quarter ({@code 2026-Q4}) or year ({@code 2026}) names the span of that
   * kind.
   *
   * @throws IllegalArgumentException if {@code covers} is neither a date nor this recurrence's
   *     label
   */
  LocalDate firstDateNamed(String covers) {
    String s = covers.strip();
    try {
      return firstDateOf(LocalDate.parse(s));
    } catch (DateTimeParseException e) {
      // Not a date: try this recurrence's own label below.
    }
    Matcher m;
    if (frequency == Frequency.MONTHLY && (m = MONTH.matcher(s)).matches()) {
      return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
    }
    if (frequency == Frequency.QUARTERLY && (m = QUARTER.matcher(s)).matches()) {
      return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)) * 3 - 2, 1);
    }
    if (frequency == Frequency.YEARLY && YEAR.matcher(s).matches()) {
      return LocalDate.of(Integer.parseInt(s), 1, 1);
    }
    throw new IllegalArgumentException(
        "covers '" + covers + "' is not " + labelForms() + "; name the occurrence it fulfils");
  }

  private String labelForms() {
    return switch (frequency) {
      case MONTHLY -> "a month (2026-10) or a date (2026-10-03)";
      case QUARTERLY -> "a quarter (2026-Q4) or a date (2026-10-03)";
      case YEARLY -> "a year (2026) or a date (2026-10-03)";
      default -> "a date (2026-10-03)";
    };
  }

  /** What one span is called: {@code day}, {@code 3 days}, {@code week}, {@code month}. */
  String spanNoun() {
    return switch (frequency) {
      case DAILY -> "day";
      case EVERY_N_DAYS -> days == 1 ? "day" : days + " days";
      case WEEKLY -> "week";
      case MONTHLY -> "month";
      case QUARTERLY -> "quarter";
      case YEARLY -> "year";
    };
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Recurrence r
        && frequency == r.frequency
        && days == r.days
        && months == r.months
        && Objects.equals(anchor, r.anchor);
  }

  @Override
  public int hashCode() {
    return Objects.hash(frequency, days, months, anchor);
  }

  /** {@code daily}, {@code every 3 days from 2026-10-02}, {@code weekly from Monday}, ... */
  @Override
  public String toString() {
    return switch (frequency) {
      case EVERY_N_DAYS -> "every " + days + " days from " + anchor;
      case WEEKLY -> "weekly from " + titleCase(anchor.getDayOfWeek().name());
      default -> frequency.name().toLowerCase(Locale.ROOT);
    };
  }

  private static String titleCase(String upper) {
    return upper.charAt(0) + upper.substring(1).toLowerCase(Locale.ROOT);
  }
}

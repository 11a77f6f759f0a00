package dev.pledge.period;

import dev.pledge.time.IntervalSet;
import dev.pledge.time.TimeRange;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A calendar month, quarter or year in a time zone, from local 00:00 of its first day to local
 * 00:00 of the day after its last.
 *
 * <p>Its length is real elapsed time: October 2026 in Europe/Berlin ends on winter time and lasts
 * 44 700 minutes, March 2026 there lasts 44 580, a 31-day month in UTC 44 640. If a zone skips
 * midnight, the day starts at the first local time after the gap (java.time's rule).
 *
 * <p>Instances are immutable; two periods are equal when kind, first date and zone are.
 */
public final class ReportingPeriod {

  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");

  private final PeriodKind kind;
  private final LocalDate firstDate;
  private final ZoneId zone;

  private ReportingPeriod(PeriodKind kind, LocalDate firstDate, ZoneId zone) {
    this.kind = kind;
    this.firstDate = firstDate;
    this.zone = zone;
  }

  /** The period of {@code kind} that contains the local date {@code date}. */
  public static ReportingPeriod of(PeriodKind kind, LocalDate date, ZoneId zone) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(zone, "zone");
    return new ReportingPeriod(kind, kind.firstDateOf(date), zone);
  }

  public static ReportingPeriod ofMonth(YearMonth month, ZoneId zone) {
    return of(PeriodKind.MONTH, month.atDay(1), zone);
  }

  /** Quarter {@code quarter} (1 to 4) of {@code year}. */
  public static ReportingPeriod ofQuarter(int year, int quarter, ZoneId zone) {
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("quarter " + quarter + " must be 1, 2, 3 or 4");
    }
    return of(PeriodKind.QUARTER, LocalDate.of(year, quarter * 3 - 2, 1), zone);
  }

  public static ReportingPeriod ofYear(int year, ZoneId zone) {
    return of(PeriodKind.YEAR, LocalDate.of(year, 1, 1), zone);
  }

  /** The period of {@code kind} in {@code zone} during which {@code instant} falls. */
  public static ReportingPeriod containing(Instant instant, PeriodKind kind, ZoneId zone) {
    Objects.requireNonNull(instant, "instant");
    ReportingPeriod p = of(kind, instant.atZone(zone).toLocalDate(), zone);
    // A zone that turns its clock back across midnight can put an instant's local date one day
    // off the start-of-day boundaries that periods use; step to the period that holds it.
    while (instant.isBefore(p.range().startInclusive())) {
      p = p.previous();
    }
    while (!instant.isBefore(p.range().endExclusive())) {
      p = p.next();
    }
    return p;
  }

  /**
   * Parses a month {@code 2026-10}, a quarter {@code 2026-Q4} or a year {@code 2026}, in {@code
   * zone}.
   */
  public static ReportingPeriod parse(CharSequence text, ZoneId zone) {
    Objects.requireNonNull(text, "text");
    String s = text.toString().trim();
    Matcher m;
    if ((m = MONTH.matcher(s)).matches()) {
      return ofMonth(YearMonth.of(year(m), Integer.parseInt(m.group(2))), zone);
    }
    if ((m = QUARTER.matcher(s)).matches()) {
      return ofQuarter(year(m), Integer.parseInt(m.group(2)), zone);
    }
    if ((m = YEAR.matcher(s)).matches()) {
      return ofYear(year(m), zone);
    }
    throw new IllegalArgumentException(
        "period '" + s + "' is not a month (2026-10), a quarter (2026-Q4) or a year (2026)");
  }

  private static int year(Matcher m) {
    return Integer.parseInt(m.group(1));
  }

  public PeriodKind kind() {
    return kind;
  }

  public ZoneId zone() {
    return zone;
  }

  public LocalDate firstDate() {
    return firstDate;
  }

  public LocalDate lastDate() {
    return nextFirstDate().minusDays(1);
  }

  /** The local dates the period covers, first to last. */
  public List<LocalDate> dates() {
    return firstDate.datesUntil(nextFirstDate()).collect(Collectors.toUnmodifiableList());
  }

  /** The number of local dates in the period. */
  public int dayCount() {
    return (int) (nextFirstDate().toEpochDay() - firstDate.toEpochDay());
  }

  /** From local 00:00 of the first date to local 00:00 of the day after the last. */
  public TimeRange range() {
    return TimeRange.of(startOf(firstDate), startOf(nextFirstDate()));
  }

  /** The real elapsed length of the period, daylight-saving changes included. */
  public Duration length() {
    return range().duration();
  }

  public boolean contains(Instant instant) {
    return range().contains(instant);
  }

  public ReportingPeriod next() {
    return new ReportingPeriod(kind, nextFirstDate(), zone);
  }

  public ReportingPeriod previous() {
    return new ReportingPeriod(kind, firstDate.minusMonths(kind.months()), zone);
  }

  /** The part of {@code set} inside this period. */
  public IntervalSet clip(IntervalSet set) {
    return set.clip(range());
  }

  /** True if an event at {@code at} belongs to this period and is known at {@code asOf}. */
  boolean includes(Instant at, Instant asOf) {
    return contains(at) && !at.isAfter(asOf);
  }

  /** The start of {@code date} in this period's zone, as an instant. */
  Instant startOf(LocalDate date) {
    return date.atStartOfDay(zone).toInstant();
  }

  private LocalDate nextFirstDate() {
    return firstDate.plusMonths(kind.months());
  }

  /** {@code 2026-10}, {@code 2026-Q4} or {@code 2026}: what {@link #parse} reads. */
  public String label() {
    return switch (kind) {
      case MONTH -> YearMonth.from(firstDate).toString();
      case QUARTER -> firstDate.getYear() + "-Q" + ((firstDate.getMonthValue() + 2) / 3);
      case YEAR -> Integer.toString(firstDate.getYear());
    };
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReportingPeriod p
        && kind == p.kind
        && firstDate.equals(p.firstDate)
        && zone.equals(p.zone);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, firstDate, zone);
  }

  /** The label and the zone, like {@code 2026-10[Europe/Berlin]}. */
  @Override
  public String toString() {
    return label() + "[" + zone + "]";
  }
}

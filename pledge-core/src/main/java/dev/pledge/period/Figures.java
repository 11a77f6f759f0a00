package dev.pledge.period;

import dev.pledge.time.Durations;
import dev.pledge.time.IntervalSet;
import dev.pledge.time.TimeRange;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.stream.Collectors;

/**
 * How Pledge shows its figures, so that a report, the command line and a web page agree.
 *
 * <p>Computed values (percentages, averages) are rounded half-up to 4 decimals; the rounding is for
 * people only and never feeds a verdict. Instants show the zone offset.
 */
public final class Figures {

  /** The decimals of a shown percentage or average. */
  public static final int DECIMALS = 4;

  private Figures() {}

  /** A ratio as a percentage: {@code 11149/11160} shows as {@code 99.9014 %}. */
  public static String percent(Fraction ratio) {
    return ratio.times(100).toDecimal(DECIMALS).toPlainString() + " %";
  }

  /** A computed value rounded half-up to 4 decimals: {@code 5/6} shows as {@code 0.8333}. */
  public static String decimal(Fraction value) {
    return value.toDecimal(DECIMALS).toPlainString();
  }

  /** A small ratio to 4 significant digits: {@code 1/34000} shows as {@code 0.00002941}. */
  public static String significant(Fraction value) {
    return value.toSignificant(DECIMALS).toPlainString();
  }

  /** A decimal as written, without an exponent: {@code 3E-5} shows as {@code 0.00003}. */
  public static String plain(BigDecimal value) {
    return value.toPlainString();
  }

  /** Hours, minutes and seconds: {@code 1 h 5 min 30 s}, {@code 44 min}, {@code 0 s}. */
  public static String duration(Duration d) {
    return Durations.format(d);
  }

  /** An instant in {@code zone} with its offset: {@code 2026-10-03T10:00+02:00}. */
  public static String instant(Instant instant, ZoneId zone) {
    return instant.atZone(zone).toOffsetDateTime().toString();
  }

  /** A range as {@code start/end} in {@code zone}. */
  public static String range(TimeRange range, ZoneId zone) {
    return instant(range.startInclusive(), zone) + "/" + instant(range.endExclusive(), zone);
  }

  /** The ranges of a set, comma-separated; {@code none} for the empty set. */
  public static String ranges(IntervalSet set, ZoneId zone) {
    if (set.isEmpty()) {
      return "none";
    }
    return set.ranges().stream().map(r -> range(r, zone)).collect(Collectors.joining(", "));
  }

  /** The first line of an explanation: what, for which period, as of when. */
  static String heading(String commitment, ReportingPeriod period, Instant asOf) {
    ZoneId zone = period.zone();
    return commitment
        + " for "
        + period
        + " "
        + range(period.range(), zone)
        + ", as of "
        + instant(asOf, zone);
  }
}

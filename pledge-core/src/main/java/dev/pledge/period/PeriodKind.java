package dev.pledge.period;

import java.time.LocalDate;

/** How long a {@link ReportingPeriod} is: a calendar month, quarter or year. */
public enum PeriodKind {
  MONTH(1),
  QUARTER(3),
  YEAR(12);

  private final int months;

  PeriodKind(int months) {
    this.months = months;
  }

  /** The number of calendar months in a period of this kind. */
  public int months() {
    return months;
  }

  /** The first date of the period of this kind that contains {@code date}. */
  LocalDate firstDateOf(LocalDate date) {
    int firstMonth = (date.getMonthValue() - 1) / months * months + 1;
    return LocalDate.of(date.getYear(), firstMonth, 1);
  }
}

/**
 * Reporting periods and the commitments judged over them.
 *
 * <p>A {@link dev.pledge.period.ReportingPeriod} is a month, quarter or year in a zone, of real
 * length. Commitments read plain input records ({@link dev.pledge.period.Outage}, {@link
 * dev.pledge.period.MaintenanceWindow}, {@link dev.pledge.period.Measurement}, {@link
 * dev.pledge.period.Rating}, {@link dev.pledge.period.CountSample}) and produce a {@link
 * dev.pledge.period.PeriodEvaluation}: every clause's verdict, computed on exact {@link
 * dev.pledge.period.Fraction}s, and the explanation behind it.
 *
 * <ul>
 *   <li>{@link dev.pledge.period.AvailabilityCommitment}: availability, downtime and maintenance
 *       budgets, outage count, trouble-free days.
 *   <li>{@link dev.pledge.period.LatencyCommitment}: average, maximum, nearest-rank percentile,
 *       exceedance count.
 *   <li>{@link dev.pledge.period.RatingCommitment}: satisfaction and average rating.
 *   <li>{@link dev.pledge.period.CountRatioCommitment}: ratios of counts such as error rates.
 * </ul>
 *
 * <p>Nothing here reads the clock: every evaluation takes the instant it is "as of". The rules,
 * with worked examples, are in docs/semantics.md ("Periods").
 */
package dev.pledge.period;

/**
 * Recurring obligations: deliverables a guarantee promises on a schedule — a monthly report by the
 * 5th, a monthly inspection, a daily backup, a quarterly drill — judged met or missed occurrence by
 * occurrence.
 *
 * <ul>
 *   <li>{@link dev.pledge.obligation.ObligationDefinition}: what recurs ({@link
 *       dev.pledge.obligation.Recurrence}), when each occurrence is due ({@link
 *       dev.pledge.obligation.DeadlineRule}), in which zone, with which calendar for working days,
 *       and how many fulfilments each needs.
 *   <li>{@link dev.pledge.obligation.ObligationFulfilment}: the input, one delivery, optionally
 *       naming the occurrence it covers.
 *   <li>{@link dev.pledge.obligation.ObligationEvaluation}: for a reporting period as of an
 *       instant, each {@link dev.pledge.obligation.Occurrence} due in it with its {@link
 *       dev.pledge.obligation.OccurrenceStatus}, a clause, a verdict and the explanation.
 * </ul>
 *
 * <p>Nothing here reads the clock. The rules, with worked examples, are in docs/semantics.md
 * ("Recurring obligations") ("Recurring obligations").
 */
package dev.pledge.obligation;

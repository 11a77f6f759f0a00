/**
 * Commitment clocks over a ticket's timeline: when a clock starts, stops, pauses, restarts and is
 * reopened, and what it shows as of any instant — elapsed, remaining, due, breach-after, the
 * instants its thresholds are reached, and the intervals behind every figure.
 *
 * <p>Start with {@link dev.pledge.clock.ClockEvaluator#evaluate}. The rules, each with a worked
 * example, are in docs/semantics.md ("Clocks").
 */
package dev.pledge.clock;

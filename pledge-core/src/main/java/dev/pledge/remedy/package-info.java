/**
 * What a breached period costs: {@link dev.pledge.remedy.Money}, tiered credits ({@link
 * dev.pledge.remedy.CreditSchedule}), fee waivers, service-time extensions and fixed penalties
 * ({@link dev.pledge.remedy.Remedy}), and the {@link dev.pledge.remedy.ClaimWindow} in which the
 * customer may claim them. {@link dev.pledge.remedy.RemedyTerms#owed} turns a period evaluation
 * into the {@link dev.pledge.remedy.RemedyOwed remedies owed}, each with its explanation.
 */
package dev.pledge.remedy;

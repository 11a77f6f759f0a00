package dev.pledge.event;

import dev.pledge.clock.Timeline;
import dev.pledge.period.Rating;
import java.util.Objects;

/**
 * An incident, service request or complaint with its timeline: the input of every ticket clock.
 *
 * <p>Optional text is an empty string when absent, never null.
 *
 * @param id the ticket's identifier in the tool it came from, e.g. {@code INC-1042}
 * @param service the service it concerns, as the guarantee names it
 * @param type incident, service request or complaint
 * @param severity its severity as the guarantee defines them, e.g. {@code sev1}; empty if it has
 *     none (a commitment scoped to a severity never applies to it)
 * @param customer the customer who raised it; empty if not said
 * @param asset the customer's equipment or software it concerns; empty if none
 * @param cause its cause category, e.g. {@code customer-misuse}, which exclusions match; empty if
 *     unknown
 * @param reportedVia how it was reported, e.g. {@code phone}, {@code portal}; empty if not said
 * @param timeline what happened to it, in order
 * @param rating the customer's rating of how it was handled, its id the ticket's; {@code null} if
 *     not rated
 * @param category what kind of work it is, e.g. {@code new-domain}, which a commitment may give its
 *     own target; empty if none
 */
public record Ticket(
    String id,
    String service,
    TicketType type,
    String severity,
    String customer,
    String asset,
    String cause,
    String reportedVia,
    Timeline timeline,
    Rating rating,
    String category) {

  public Ticket {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(timeline, "timeline");
    severity = orEmpty(severity);
    customer = orEmpty(customer);
    asset = orEmpty(asset);
    cause = orEmpty(cause);
    reportedVia = orEmpty(reportedVia);
    category = orEmpty(category);
  }

  /** A ticket without a category. */
  public Ticket(
      String id,
      String service,
      TicketType type,
      String severity,
      String customer,
      String asset,
      String cause,
      String reportedVia,
      Timeline timeline,
      Rating rating) {
    this(id, service, type, severity, customer, asset, cause, reportedVia, timeline, rating, "");
  }

  /** A ticket with only what every ticket has: no customer, asset, cause, channel or rating. */
  public static Ticket of(
      String id, String service, TicketType type, String severity, Timeline timeline) {
    return new Ticket(id, service, type, severity, "", "", "", "", timeline, null, "");
  }

  public boolean isRated() {
    return rating != null;
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}

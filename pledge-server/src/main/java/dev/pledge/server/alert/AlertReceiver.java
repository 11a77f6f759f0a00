package dev.pledge.server.alert;

import dev.pledge.server.record.CustomerScope;
import dev.pledge.server.record.MonitoredOutages;
import dev.pledge.server.record.MonitoredOutages.Applied;
import dev.pledge.server.record.MonitoredOutages.Notice;
import dev.pledge.server.system.ApiException;
import dev.pledge.server.system.Caller;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns a monitoring system's notification into outages: a firing alert opens one detected at
 * {@code startsAt}, a resolved one restores it at {@code endsAt}. The whole notification is one
 * transaction, committed before the answer; an alert that cannot be used is skipped with its reason
 * and changes nothing.
 */
@Component
class AlertReceiver {

  /** Label naming the customer an alert concerns. */
  static final String CUSTOMER = "pledge_customer";

  /** Label naming the service that is down. */
  static final String SERVICE = "pledge_service";

  /** Optional label naming the guarantee to measure it under. */
  static final String GUARANTEE = "pledge_guarantee";

  /** Optional label naming the cause category. */
  static final String CAUSE = "pledge_cause";

  /**
   * Two notifications of one new alert at once both try to store its outage; the later one finds it
   * stored when it runs again, and changes nothing.
   */
  private static final int ATTEMPTS = 3;

  private final MonitoredOutages outages;
  private final CustomerScope scope;
  private final TransactionTemplate tx;

  AlertReceiver(MonitoredOutages outages, CustomerScope scope, TransactionTemplate tx) {
    this.outages = outages;
    this.scope = scope;
    this.tx = tx;
  }

  /**
   * Which customer, service and guarantee alerts concern when their labels do not say: the
   * receiver's query parameters, each {@code null} when absent.
   */
  record Defaults(String customer, String service, String guarantee) {}

  /** What became of one alert. */
  record Outcome(
      int index,
      String fingerprint,
      String status,
      String outcome,
      String customer,
      String guarantee,
      String service,
      String outage,
      String reason) {}

  /** The answer: how many alerts had each outcome, and each alert's. */
  record Answer(
      int received,
      int opened,
      int restored,
      int openedAndRestored,
      int unchanged,
      int skipped,
      int truncatedAlerts,
      List<Outcome> alerts) {

    static Answer of(List<Outcome> alerts, int truncated) {
      return new Answer(
          alerts.size(),
          count(alerts, "opened"),
          count(alerts, "restored"),
          count(alerts, "opened_and_restored"),
          count(alerts, "unchanged"),
          count(alerts, "skipped"),
          truncated,
          alerts);
    }

    private static int count(List<Outcome> alerts, String outcome) {
      return (int) alerts.stream().filter(a -> a.outcome().equals(outcome)).count();
    }
  }

  /**
   * @param source {@code alertmanager} or {@code grafana}: the first part of the outage ids
   */
  Answer receive(String source, List<Alert> alerts, int truncated, Defaults d, Caller caller) {
    for (int attempt = 1; ; attempt++) {
      try {
        return tx.execute(
            s -> {
              List<Outcome> outcomes = new ArrayList<>();
              for (Alert a : alerts) {
                outcomes.add(one(source, a, d, caller));
              }
              return Answer.of(outcomes, truncated);
            });
      } catch (DuplicateKeyException | ConcurrencyFailureException clash) {
        if (attempt == ATTEMPTS) {
          throw clash;
        }
      }
    }
  }

  private Outcome one(String source, Alert a, Defaults d, Caller caller) {
    String customer =
        or(a.label(CUSTOMER), d.customer(), caller.customer() ? caller.organisation() : null);
    String service = or(a.label(SERVICE), d.service());
    String guarantee = or(a.label(GUARANTEE), d.guarantee());
    String status = a.status().isEmpty() ? null : a.status();
    Outcome skipped =
        new Outcome(
            a.index(),
            a.fingerprint(),
            status,
            "skipped",
            customer,
            guarantee,
            service,
            null,
            null);
    if (a.problem() != null) {
      return because(skipped, a.problem());
    }
    if (customer == null || service == null) {
      return because(
          skipped,
          "no "
              + (customer == null ? CUSTOMER : SERVICE)
              + " label, and the receiver's URL names none; add the label to the alert rule, or"
              + " ?customer=…&service=… to the URL");
    }
    try {
      scope.check(customer, caller);
      String id = a.outageId(source);
      Applied applied =
          outages.apply(
              new Notice(
                  customer, guarantee, service, id, a.startsAt(), a.endsAt(), a.label(CAUSE)),
              caller);
      return new Outcome(
          a.index(),
          a.fingerprint(),
          status,
          applied.change().name().toLowerCase(Locale.ROOT),
          customer,
          applied.guarantee(),
          service,
          id,
          null);
    } catch (ApiException refused) {
      return because(skipped, refused.getMessage());
    }
  }

  private static Outcome because(Outcome o, String reason) {
    return new Outcome(
        o.index(),
        o.fingerprint(),
        o.status(),
        o.outcome(),
        o.customer(),
        o.guarantee(),
        o.service(),
        o.outage(),
        reason);
  }

  private static String or(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }
}

package dev.pledge.server.alert;

import dev.pledge.server.system.ApiException;
import dev.pledge.server.system.Idempotency;
import dev.pledge.server.system.Instants;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * One alert of a webhook notification, as Alertmanager (webhook payload version 4) and Grafana
 * (unified alerting webhook, version 1) both write it: {@code status}, {@code labels}, {@code
 * startsAt}, {@code endsAt}, {@code fingerprint}; every other field is ignored. An alert that
 * cannot be read is kept with the reason, so the answer can say why it was skipped.
 *
 * @param index its position in the notification's {@code alerts}
 * @param status {@code firing} or {@code resolved}, or what else was sent
 * @param endsAt when it was resolved; {@code null} while firing
 * @param problem why it cannot be used, or {@code null}
 */
record Alert(
    int index,
    String status,
    Map<String, String> labels,
    String fingerprint,
    Instant startsAt,
    Instant endsAt,
    String problem) {

  /** Alertmanager's and Grafana's fingerprints are 16 hex digits; anything else is hashed. */
  private static final Pattern FINGERPRINT = Pattern.compile("[A-Za-z0-9]{1,64}");

  /** Go's zero time: what both write as {@code endsAt} of a firing alert. */
  private static final Instant ZERO = Instant.parse("0001-01-01T00:00:00Z");

  /**
   * The alerts of a notification.
   *
   * @throws ApiException 400 when the body is not a notification at all (no {@code alerts} list)
   */
  static List<Alert> read(JsonNode body) {
    JsonNode alerts = body == null ? null : body.get("alerts");
    if (alerts == null || !alerts.isArray()) {
      throw ApiException.badInput(
          "alerts",
          "alerts is missing or not a list; send an Alertmanager (version 4) or Grafana webhook"
              + " notification");
    }
    List<Alert> read = new ArrayList<>();
    for (int i = 0; i < alerts.size(); i++) {
      read.add(one(i, alerts.get(i)));
    }
    return read;
  }

  private static Alert one(int index, JsonNode a) {
    Map<String, String> labels = new TreeMap<>();
    JsonNode l = a.path("labels");
    if (l.isObject()) {
      l.properties().forEach(e -> labels.put(e.getKey(), e.getValue().asString("")));
    }
    String fingerprint = fingerprint(a.path("fingerprint").asString(""), labels);
    String status = a.path("status").asString("");
    if (!status.equals("firing") && !status.equals("resolved")) {
      return skipped(
          index, status, labels, fingerprint, "status '" + status + "' is not firing or resolved");
    }
    boolean resolved = status.equals("resolved");
    try {
      Instant starts = instant(a.path("startsAt").asString(""));
      Instant ends = resolved ? instant(a.path("endsAt").asString("")) : null;
      if (starts == null) {
        return skipped(index, status, labels, fingerprint, "startsAt is missing");
      }
      if (resolved && ends == null) {
        return skipped(index, status, labels, fingerprint, "a resolved alert without endsAt");
      }
      if (!Instants.kept(starts) || (ends != null && !Instants.kept(ends))) {
        return skipped(
            index,
            status,
            labels,
            fingerprint,
            "startsAt or endsAt is outside "
                + Instants.EARLIEST
                + " to "
                + Instants.LATEST
                + ", the instants Pledge keeps");
      }
      return new Alert(index, status, labels, fingerprint, starts, ends, null);
    } catch (DateTimeParseException e) {
      return skipped(
          index,
          status,
          labels,
          fingerprint,
          "startsAt or endsAt is not a date and time with an offset: " + e.getParsedString());
    }
  }

  private static Alert skipped(
      int index, String status, Map<String, String> labels, String fingerprint, String problem) {
    return new Alert(index, status, labels, fingerprint, null, null, problem);
  }

  /**
   * An instant to the microsecond (what is stored; Alertmanager may write nanoseconds), or {@code
   * null} for an absent or zero time.
   */
  private static Instant instant(String text) {
    if (text.isBlank()) {
      return null;
    }
    Instant at = OffsetDateTime.parse(text.strip()).toInstant();
    return at.equals(ZERO) ? null : at.truncatedTo(ChronoUnit.MICROS);
  }

  /** The sender's fingerprint, or one made of the labels when it sent none (older Grafana). */
  private static String fingerprint(String sent, Map<String, String> labels) {
    if (FINGERPRINT.matcher(sent).matches()) {
      return sent;
    }
    return Idempotency.sha256(labels.toString()).substring(0, 16);
  }

  String label(String name) {
    String value = labels.get(name);
    return value == null || value.isBlank() ? null : value.strip();
  }

  /**
   * The outage's id: the same alert episode (fingerprint and start) always names the same outage,
   * however often it is notified; a new episode of the same alert is a new outage.
   */
  String outageId(String source) {
    return source + "-" + fingerprint + "-" + startsAt.toString().replace("-", "").replace(":", "");
  }
}

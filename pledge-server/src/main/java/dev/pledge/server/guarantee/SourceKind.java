package dev.pledge.server.guarantee;

import java.util.Arrays;

/** What a stored text is, and where the API serves it. */
enum SourceKind {
  TEMPLATE("template", "templates"),
  CALENDAR("calendar", "calendars"),
  HOLIDAYS("holidays", "holiday-schedules");

  private final String stored;
  private final String path;

  SourceKind(String stored, String path) {
    this.stored = stored;
    this.path = path;
  }

  String stored() {
    return stored;
  }

  /** The collection under /api, e.g. {@code templates}. */
  String path() {
    return path;
  }

  static SourceKind fromStored(String stored) {
    return Arrays.stream(values()).filter(k -> k.stored.equals(stored)).findFirst().orElseThrow();
  }
}

package dev.pledge.server.guarantee;

import java.util.Arrays;

/** What a stored text is, and where the API serves it. */
enum SourceKind {
  TEMPLATE("template", "templates", "template"),
  CALENDAR("calendar", "calendars", "calendar"),
  HOLIDAYS("holidays", "holiday-schedules", "holiday schedule");

  private final String stored;
  private final String path;
  private final String noun;

  SourceKind(String stored, String path, String noun) {
    this.stored = stored;
    this.path = path;
    this.noun = noun;
  }

  String stored() {
    return stored;
  }

  /** The collection under /api, e.g. {@code templates}. */
  String path() {
    return path;
  }

  /** What the problem of a text with mistakes is titled, e.g. {@code Invalid holiday schedule}. */
  String invalidTitle() {
    return "Invalid " + noun;
  }

  static SourceKind fromStored(String stored) {
    return Arrays.stream(values()).filter(k -> k.stored.equals(stored)).findFirst().orElseThrow();
  }
}

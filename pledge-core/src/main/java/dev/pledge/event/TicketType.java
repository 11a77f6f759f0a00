package dev.pledge.event;

import java.util.Locale;

/** What a ticket is about; a commitment's scope may name one. */
public enum TicketType {
  /** Something is broken or degraded: a fault. */
  INCIDENT("incident"),
  /** Something is asked for: a change, a provisioning, a question. */
  SERVICE_REQUEST("request"),
  /** The customer is unhappy with the service and says so. */
  COMPLAINT("complaint");

  private final String fileName;

  TicketType(String fileName) {
    this.fileName = fileName;
  }

  /** The name event files use: {@code incident}, {@code request} or {@code complaint}. */
  public String fileName() {
    return fileName;
  }

  /**
   * The type an event file names, ignoring case.
   *
   * @throws IllegalArgumentException naming the text and the valid names
   */
  public static TicketType ofFileName(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    for (TicketType t : values()) {
      if (t.fileName.equals(n)) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        "'" + name + "' is not a ticket type; write incident, request or complaint");
  }
}

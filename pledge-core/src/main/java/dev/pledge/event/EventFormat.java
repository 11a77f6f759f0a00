package dev.pledge.event;

import java.util.Locale;

/** How an event file is written. */
public enum EventFormat {
  /** One JSON object per line, each naming its kind; kinds may be mixed. */
  JSONL,
  /** RFC 4180 comma-separated values with a header row; one kind per file. */
  CSV;

  /**
   * The format a file name says: {@code .jsonl} or {@code .ndjson} for JSONL, {@code .csv} for CSV,
   * each optionally followed by {@code .gz}.
   *
   * @throws IllegalArgumentException naming the file and the endings understood
   */
  public static EventFormat ofFileName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    n = n.endsWith(".gz") ? n.substring(0, n.length() - 3) : n;
    if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
      return JSONL;
    }
    if (n.endsWith(".csv")) {
      return CSV;
    }
    throw new IllegalArgumentException(
        "events file '"
            + name
            + "' must end in .jsonl, .ndjson or .csv (optionally .gz), which says its format");
  }
}

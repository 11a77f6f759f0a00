package dev.pledge.event;

import dev.pledge.clock.TimelineEventType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The names event files give timeline events: the type's name in lower case, {@code on_site}.
 * Matching ignores case and reads {@code -} and a space as {@code _}, so {@code On-Site} is
 * understood; it runs on the bytes, without making a string, as every ticket has several.
 */
final class EventTypeNames {

  private static final TimelineEventType[] TYPES = TimelineEventType.values();
  private static final byte[][] NAMES = new byte[TYPES.length][];
  private static final ByteNames<TimelineEventType> EXACT;

  static {
    Map<String, TimelineEventType> exact = new HashMap<>();
    for (int i = 0; i < TYPES.length; i++) {
      NAMES[i] = fileName(TYPES[i]).getBytes(StandardCharsets.US_ASCII);
      exact.put(fileName(TYPES[i]), TYPES[i]);
    }
    EXACT = new ByteNames<>(exact);
  }

  private EventTypeNames() {}

  static String fileName(TimelineEventType type) {
    return type.name().toLowerCase(Locale.ROOT);
  }

  static List<String> all() {
    List<String> names = new ArrayList<>();
    for (TimelineEventType t : TYPES) {
      names.add(fileName(t));
    }
    return names;
  }

  /** The type the UTF-8 bytes {@code c[off, off + len)} name, or {@code null}. */
  static TimelineEventType match(byte[] c, int off, int len) {
    TimelineEventType exact = EXACT.find(c, off, len);
    if (exact != null) {
      return exact; // as files mostly write it
    }
    for (int i = 0; i < NAMES.length; i++) {
      if (NAMES[i].length == len && same(NAMES[i], c, off)) {
        return TYPES[i];
      }
    }
    return null;
  }

  private static boolean same(byte[] name, byte[] c, int off) {
    for (int k = 0; k < name.length; k++) {
      if (name[k] != normal(c[off + k])) {
        return false;
      }
    }
    return true;
  }

  private static byte normal(byte ch) {
    if (ch >= 'A' && ch <= 'Z') {
      return (byte) (ch + ('a' - 'A'));
    }
    return ch == '-' || ch == ' ' ? (byte) '_' : ch;
  }
}

package dev.pledge.calendar.holiday;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One unfolded iCalendar content line (RFC 5545 section 3.1): {@code NAME;PARAM=value:value}, with
 * the number of the physical line it starts on. Names and parameter names are upper case.
 */
record ContentLine(int line, String name, Map<String, String> params, String value) {

  ContentLine {
    params = Map.copyOf(params);
  }

  String param(String paramName) {
    return params.getOrDefault(paramName, "");
  }

  /**
   * Splits {@code bytes} into content lines. Unfolding happens on the bytes, before decoding, so a
   * line folded in the middle of a UTF-8 sequence (which RFC 5545 permits) is restored whole: a
   * line break (CRLF or LF) followed by one space or tab is removed. Blank lines are skipped.
   */
  static List<ContentLine> read(byte[] bytes, Problems problems) {
    List<ContentLine> lines = new ArrayList<>();
    for (Unfolded u : unfold(bytes)) {
      String text = decode(u, problems);
      ContentLine line = text == null ? null : parse(u.line, text, problems);
      if (line != null) {
        lines.add(line);
      }
    }
    return lines;
  }

  private record Unfolded(int line, byte[] bytes) {}

  private static List<Unfolded> unfold(byte[] bytes) {
    List<Unfolded> out = new ArrayList<>();
    ByteArrayOutputStream current = null;
    int currentLine = 0;
    int number = 0;
    int pos = hasBom(bytes) ? 3 : 0;
    while (pos < bytes.length) {
      number++;
      int end = lineEnd(bytes, pos);
      int contentEnd = end > pos && bytes[end - 1] == '\r' ? end - 1 : end;
      boolean continuation = contentEnd > pos && (bytes[pos] == ' ' || bytes[pos] == '\t');
      if (continuation && current != null) {
        current.write(bytes, pos + 1, contentEnd - pos - 1);
      } else if (contentEnd > pos) {
        if (current != null) {
          out.add(new Unfolded(currentLine, current.toByteArray()));
        }
        current = new ByteArrayOutputStream();
        current.write(bytes, pos, contentEnd - pos);
        currentLine = number;
      }
      pos = end + 1;
    }
    if (current != null) {
      out.add(new Unfolded(currentLine, current.toByteArray()));
    }
    return out;
  }

  private static boolean hasBom(byte[] b) {
    return b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF;
  }

  private static int lineEnd(byte[] bytes, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    return bytes.length;
  }

  private static String decode(Unfolded u, Problems problems) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(u.bytes))
          .toString();
    } catch (CharacterCodingException e) {
      problems.add(u.line, "line", "the line is not valid UTF-8; save the file as UTF-8");
      return null;
    }
  }

  /** Parses {@code NAME *(;PARAM=value) :value}; a parameter value may be "quoted". */
  static ContentLine parse(int line, String text, Problems problems) {
    int i = 0;
    while (i < text.length() && text.charAt(i) != ';' && text.charAt(i) != ':') {
      i++;
    }
    String name = text.substring(0, i).strip().toUpperCase(Locale.ROOT);
    Map<String, String> params = new LinkedHashMap<>();
    while (i < text.length() && text.charAt(i) == ';') {
      int eq = text.indexOf('=', i);
      if (eq < 0) {
        break;
      }
      String paramName = text.substring(i + 1, eq).strip().toUpperCase(Locale.ROOT);
      StringBuilder value = new StringBuilder();
      i = paramValue(text, eq + 1, value);
      params.put(paramName, value.toString());
    }
    if (name.isEmpty() || i >= text.length() || text.charAt(i) != ':') {
      problems.add(line, "line", "'" + shorten(text) + "' is not an iCalendar line (NAME:value)");
      return null;
    }
    return new ContentLine(line, name, params, text.substring(i + 1));
  }

  /** Reads a parameter value from {@code from}; returns the index of the ';' or ':' after it. */
  private static int paramValue(String text, int from, StringBuilder value) {
    boolean quoted = false;
    int i = from;
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == ';' || c == ':')) {
        break;
      } else {
        value.append(c);
      }
    }
    return i;
  }

  static String shorten(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }
}

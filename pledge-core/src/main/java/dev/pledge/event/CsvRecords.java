package dev.pledge.event;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Splits RFC 4180 text into records of fields: fields separated by commas, records by {@code \r\n},
 * {@code \n} or a lone {@code \r}; a field in double quotes may hold commas, line breaks and
 * doubled quotes ({@code ""} for one). A quote inside an unquoted field is taken as it is.
 *
 * <p>It works on the bytes: the characters that shape CSV are ASCII, and in UTF-8 no byte of
 * another character can be mistaken for one. Each record's fields are unquoted into one reused byte
 * array, so reading allocates nothing per field; {@link #line()} is the physical line the record
 * starts on.
 */
final class CsvRecords {

  private static final int EOF = -1;
  private static final int LONGEST_RECORD = LineReader.LONGEST_LINE;

  private final InputStream in;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int limit;
  private byte[] bytes = new byte[256];
  private int length;
  private int[] bounds = new int[32];
  private int fields;
  private long nextLine = 1;
  private long line;
  private boolean quotedAny;
  private String error;

  CsvRecords(InputStream in) {
    this.in = in;
  }

  /** Reads the next record; false at the end of the text. */
  boolean next() throws IOException {
    int c = read();
    if (c == EOF) {
      return false;
    }
    if (line == 0 && c == 0xEF && peek() == 0xBB) {
      read();
      read(); // the rest of a byte-order mark, as spreadsheets write
      c = read();
      if (c == EOF) {
        return false;
      }
    }
    line = nextLine;
    length = 0;
    fields = 0;
    quotedAny = false;
    error = null;
    while (true) {
      c = c == '"' ? quoted() : unquoted(c);
      endField();
      if (c != ',') {
        endLine(c);
        return true;
      }
      c = read();
    }
  }

  /**
   * Reads an unquoted field from its first character, just read; returns the character after it.
   * Runs of plain bytes are copied at once.
   */
  private int unquoted(int c) throws IOException {
    while (c != ',' && c != '\n' && c != '\r' && c != EOF) {
      int end = plainRun(pos, false);
      append(buf, pos - 1, end); // from c, which is buf[pos - 1]
      pos = end;
      c = read();
    }
    return c;
  }

  /** Where the run of bytes from {@code i} that need no attention ends. */
  private int plainRun(int i, boolean quoted) {
    byte[] b = buf;
    int limit = this.limit;
    while (i < limit) {
      byte x = b[i];
      if (x == '\n' || x == '\r' || (quoted ? x == '"' : x == ',')) {
        break;
      }
      i++;
    }
    return i;
  }

  /** Reads a quoted field after its opening quote; returns the character after the closing one. */
  private int quoted() throws IOException {
    quotedAny = true;
    long opened = nextLine;
    while (true) {
      int end = plainRun(pos, true);
      append(buf, pos, end);
      pos = end;
      int c = read();
      if (c == EOF) {
        problem("the quoted field opened on line " + opened + " is never closed");
        return EOF;
      }
      if (c == '"') {
        c = read();
        if (c != '"') {
          return c == ',' || c == '\n' || c == '\r' || c == EOF ? c : afterClosingQuote(c);
        }
      } else if (c == '\n' || (c == '\r' && peek() != '\n')) {
        nextLine++;
      }
      append((byte) c);
    }
  }

  private int afterClosingQuote(int c) throws IOException {
    problem("text after a closing quote; inside quotes write a quote as two (\"\")");
    while (c != ',' && c != '\n' && c != '\r' && c != EOF) {
      c = read();
    }
    return c;
  }

  private void endLine(int c) throws IOException {
    if (c == '\r' && peek() == '\n') {
      read();
    }
    if (c != EOF) {
      nextLine++;
    }
  }

  private void problem(String message) {
    if (error == null) {
      error = message;
    }
  }

  private void endField() {
    if (2 * fields + 2 >= bounds.length) {
      int[] bigger = new int[bounds.length * 2];
      System.arraycopy(bounds, 0, bigger, 0, bounds.length);
      bounds = bigger;
    }
    bounds[2 * fields + 1] = length;
    fields++;
    bounds[2 * fields] = length; // where the next field starts
  }

  private void append(byte[] from, int start, int end) {
    int n = end - start;
    if (length + n > LONGEST_RECORD) {
      problem("the record is longer than 16 MB; is a quote left open?");
      return; // memory stays bounded: the rest of the record is read, not kept
    }
    if (length + n > bytes.length) {
      bytes = java.util.Arrays.copyOf(bytes, Math.max(2 * bytes.length, length + n));
    }
    System.arraycopy(from, start, bytes, length, n);
    length += n;
  }

  private void append(byte c) {
    if (length == LONGEST_RECORD) {
      problem("the record is longer than 16 MB; is a quote left open?");
      return;
    }
    if (length == bytes.length) {
      byte[] bigger = new byte[bytes.length * 2];
      System.arraycopy(bytes, 0, bigger, 0, length);
      bytes = bigger;
    }
    bytes[length++] = c;
  }

  private int read() throws IOException {
    if (pos == limit && !fill()) {
      return EOF;
    }
    return buf[pos++] & 0xFF;
  }

  private int peek() throws IOException {
    if (pos == limit && !fill()) {
      return EOF;
    }
    return buf[pos] & 0xFF;
  }

  private boolean fill() throws IOException {
    int n = in.read(buf, 0, buf.length);
    if (n <= 0) {
      return false;
    }
    pos = 0;
    limit = n;
    return true;
  }

  /** The physical line the current record starts on. */
  long line() {
    return line;
  }

  int size() {
    return fields;
  }

  /** True for an empty line: one empty, unquoted field. */
  boolean isBlank() {
    return fields == 1 && length == 0 && !quotedAny && error == null;
  }

  /** What is wrong with the record's quoting, or null. */
  String error() {
    return error;
  }

  byte[] bytes() {
    return bytes;
  }

  int start(int field) {
    return bounds[2 * field];
  }

  int end(int field) {
    return bounds[2 * field + 1];
  }

  String text(int field) {
    return new String(bytes, start(field), end(field) - start(field), StandardCharsets.UTF_8);
  }
}

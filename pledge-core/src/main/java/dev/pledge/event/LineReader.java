package dev.pledge.event;

import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a stream of bytes into lines without decoding them: the JSON parser reads the bytes of a
 * line where they lie. A line ends at {@code \n} or {@code \r\n}; the last one may lack it. The
 * buffer grows only to hold the longest line.
 */
final class LineReader {

  /** The longest line kept: longer ones are cut, so that memory stays bounded whatever the file. */
  static final int LONGEST_LINE = 16 << 20;

  private final InputStream in;
  private byte[] buf = new byte[1 << 16];
  private boolean tooLong;
  private int limit;
  private int next;
  private int start;
  private int end;
  private long number;
  private boolean eof;

  LineReader(InputStream in) {
    this.in = in;
  }

  /** Moves to the next line; false at the end of the stream. */
  boolean next() throws IOException {
    tooLong = false;
    int scan = next;
    while (true) {
      int i = scan;
      while (i + 8 <= limit && Swar.byteEquals(Swar.word(buf, i), '\n') == 0) {
        i += 8;
      }
      for (; i < limit; i++) {
        if (buf[i] == '\n') {
          return line(next, i, i + 1);
        }
      }
      if (eof) {
        return next < limit && line(next, limit, limit);
      }
      scan = fill();
    }
  }

  private boolean line(int from, int to, int after) {
    start = from;
    end = to > from && buf[to - 1] == '\r' ? to - 1 : to;
    next = after;
    if (number++ == 0) {
      skipByteOrderMark();
    }
    return true;
  }

  private void skipByteOrderMark() {
    if (end - start >= 3
        && buf[start] == (byte) 0xEF
        && buf[start + 1] == (byte) 0xBB
        && buf[start + 2] == (byte) 0xBF) {
      start += 3;
    }
  }

  /** Keeps the unfinished line, reads more after it; returns where scanning resumes. */
  private int fill() throws IOException {
    int kept = limit - next;
    if (next == 0 && kept == buf.length && buf.length >= LONGEST_LINE) {
      tooLong = true; // drop what was read of the line; its end is still looked for
      kept = 0;
    } else if (next == 0 && kept == buf.length) {
      byte[] bigger = new byte[buf.length * 2];
      System.arraycopy(buf, 0, bigger, 0, kept);
      buf = bigger;
    } else if (next > 0) {
      System.arraycopy(buf, next, buf, 0, kept);
    }
    next = 0;
    limit = kept;
    int n = in.read(buf, limit, buf.length - limit);
    if (n < 0) {
      eof = true;
    } else {
      limit += n;
    }
    return kept;
  }

  byte[] buffer() {
    return buf;
  }

  int start() {
    return start;
  }

  int length() {
    return end - start;
  }

  /** True if the current line was longer than {@link #LONGEST_LINE} and only its end is kept. */
  boolean isTooLong() {
    return tooLong;
  }

  /** The 1-based number of the current line. */
  long number() {
    return number;
  }

  /** True for a line of blanks only, or whose first non-blank character is {@code #}. */
  boolean isBlankOrComment() {
    for (int i = start; i < end; i++) {
      byte b = buf[i];
      if (b != ' ' && b != '\t') {
        return b == '#';
      }
    }
    return true;
  }
}

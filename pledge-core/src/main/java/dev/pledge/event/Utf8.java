package dev.pledge.event;

/** Checks UTF-8 as RFC 3629 defines it: no overlong forms, no surrogates, nothing past U+10FFFF. */
final class Utf8 {

  private Utf8() {}

  static boolean isWellFormed(byte[] b, int from, int to) {
    int i = from;
    while (i < to) {
      int lead = b[i] & 0xFF;
      int n = trailing(lead);
      if (n < 0 || (n > 0 && !continuation(b, i, n, lead, to))) {
        return false;
      }
      i += n + 1;
    }
    return true;
  }

  /** How many bytes follow a lead byte; -1 if it cannot lead. */
  private static int trailing(int lead) {
    if (lead < 0x80) {
      return 0;
    }
    if (lead < 0xC2) {
      return -1; // a continuation byte, or the lead of an overlong two-byte form
    }
    return lead < 0xE0 ? 1 : lead < 0xF0 ? 2 : lead < 0xF5 ? 3 : -1;
  }

  private static boolean continuation(byte[] b, int i, int n, int lead, int to) {
    if (i + n >= to) {
      return false;
    }
    int second = b[i + 1] & 0xFF;
    int low = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
    int high = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
    if (second < low || second > high) {
      return false;
    }
    for (int k = 2; k <= n; k++) {
      if ((b[i + k] & 0xC0) != 0x80) {
        return false;
      }
    }
    return true;
  }
}

package dev.pledge.letter;

/** Escaping for text put into HTML (also well-formed XML, which PDF converters parse). */
final class Html {

  private Html() {}

  /**
   * {@code text} safe inside an element or a quoted attribute: {@code & < > " '} become references,
   * and control characters XML forbids become U+FFFD.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(isAllowedInXml(c) ? c : '\uFFFD');
      }
    }
    return out.toString();
  }

  private static boolean isAllowedInXml(char c) {
    return c >= 0x20 ? c != 0xFFFE && c != 0xFFFF : c == '\t' || c == '\n' || c == '\r';
  }
}

package dev.pledge.time;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as people write them in guarantees and on the command line: {@code 5m}, {@code 2h},
 * {@code 1h30m}, {@code 90s}, {@code 1.5h}, or ISO-8601 {@code PT2H}.
 *
 * <p>Days are deliberately not accepted: "1 day" of counted time is ambiguous (24 hours of a 24×7
 * clock, or one working day of a 5×8 one), so a duration says hours. A clock target of whole
 * working days is written as such ({@code 1 working day}) and read by the guarantee reader.
 */
public final class Durations {

  private static final Pattern UNITS =
      Pattern.compile(
          "(?:(\\d+(?:\\.\\d+)?)h)?(?:(\\d+(?:\\.\\d+)?)m(?!s))?(?:(\\d+(?:\\.\\d+)?)s)?");

  private Durations() {}

  /**
   * Parses {@code text}.
   *
   * @throws IllegalArgumentException naming the text and the accepted forms
   */
  public static Duration parse(String text) {
    String s = text.trim().replace(" ", "").toLowerCase();
    if (s.startsWith("pt") || s.startsWith("p")) {
      return iso(text, s);
    }
    Matcher m = UNITS.matcher(s);
    if (s.isEmpty() || !m.matches()) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a duration: write e.g. 5m, 2h, 1h30m, 45s or PT2H" + dayHint(s));
    }
    BigDecimal seconds =
        amount(m.group(1), 3600).add(amount(m.group(2), 60)).add(amount(m.group(3), 1));
    return ofSeconds(seconds, text);
  }

  private static String dayHint(String s) {
    return s.endsWith("d") ? " (days are ambiguous for counted time: write hours, e.g. 48h)" : "";
  }

  private static Duration iso(String text, String s) {
    try {
      return Duration.parse(s.toUpperCase());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "'" + text + "' is not an ISO-8601 duration such as PT2H or PT1H30M");
    }
  }

  private static BigDecimal amount(String group, int unitSeconds) {
    return group == null
        ? BigDecimal.ZERO
        : new BigDecimal(group).multiply(BigDecimal.valueOf(unitSeconds));
  }

  private static Duration ofSeconds(BigDecimal seconds, String text) {
    BigDecimal nanos = seconds.movePointRight(9);
    if (nanos.stripTrailingZeros().scale() > 0) {
      throw new IllegalArgumentException("'" + text + "' is finer than a nanosecond");
    }
    BigInteger[] qr =
        nanos.toBigIntegerExact().divideAndRemainder(BigInteger.valueOf(1_000_000_000L));
    return Duration.ofSeconds(qr[0].longValueExact(), qr[1].longValueExact());
  }

  /**
   * Formats for people, the same on every screen and report: {@code 2 h}, {@code 7 h 30 min},
   * {@code 1 h 5 min 30 s}, {@code 1.25 s}, {@code 0 s}; negative with a sign.
   */
  public static String format(Duration d) {
    if (d.isNegative()) {
      return "-" + format(d.negated());
    }
    StringBuilder out = new StringBuilder();
    append(out, d.toHours(), "h");
    append(out, d.toMinutesPart(), "min");
    if (d.toSecondsPart() != 0 || d.toNanosPart() != 0) {
      out.append(out.length() == 0 ? "" : " ").append(seconds(d.toSecondsPart(), d.toNanosPart()));
      out.append(" s");
    }
    return out.length() == 0 ? "0 s" : out.toString();
  }

  private static void append(StringBuilder out, long amount, String unit) {
    if (amount != 0) {
      out.append(out.length() == 0 ? "" : " ").append(amount).append(' ').append(unit);
    }
  }

  /** Seconds as an exact decimal, e.g. {@code 27000} or {@code 1.25}. */
  public static BigDecimal toSeconds(Duration d) {
    BigDecimal exact = BigDecimal.valueOf(d.getSeconds()).add(BigDecimal.valueOf(d.getNano(), 9));
    BigDecimal stripped = exact.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  private static String seconds(int s, int n) {
    if (n == 0) {
      return Integer.toString(s);
    }
    return BigDecimal.valueOf(s).add(BigDecimal.valueOf(n, 9)).stripTrailingZeros().toPlainString();
  }
}

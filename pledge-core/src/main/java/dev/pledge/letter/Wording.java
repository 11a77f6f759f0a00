package dev.pledge.letter;

import dev.pledge.remedy.Money;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The words of one language, read from {@code letter_<code>.properties} beside this class, and the
 * way that language writes amounts, dates and lists. Texts have named {@code {placeholders}},
 * filled in one pass so that a value containing braces is never filled in again.
 */
final class Wording {

  private static final Map<LetterLanguage, Wording> LOADED = new EnumMap<>(LetterLanguage.class);

  private final LetterLanguage language;
  private final Properties texts;
  private final List<String> numerals;
  private final DateTimeFormatter dates;

  private Wording(LetterLanguage language, Properties texts) {
    this.language = language;
    this.texts = texts;
    this.numerals = List.of(texts.getProperty("numerals").split(","));
    this.dates =
        DateTimeFormatter.ofPattern(texts.getProperty("date.pattern"), Locale.forLanguageTag("en"));
  }

  static synchronized Wording of(LetterLanguage language) {
    return LOADED.computeIfAbsent(language, l -> new Wording(l, load(l)));
  }

  /** The texts of {@code language} as written in its file, for checks. */
  static Properties load(LetterLanguage language) {
    String file = "letter_" + language.code() + ".properties";
    try (InputStream in = Wording.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("wording file " + file + " is missing from the build");
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read wording file " + file, e);
    }
  }

  LetterLanguage language() {
    return language;
  }

  Set<String> keys() {
    return texts.stringPropertyNames();
  }

  /**
   * The text of {@code key} with {@code namesAndValues} (name, value, name, value...) filled in.
   */
  String text(String key, Object... namesAndValues) {
    String template = texts.getProperty(key);
    if (template == null) {
      throw new IllegalStateException(
          "letter wording '" + key + "' is missing for language " + language.code());
    }
    return fill(template, namesAndValues);
  }

  /** {@code key.one} for a count of 1, else {@code key.other}; {@code count} is filled in. */
  String plural(String key, long count, Object... namesAndValues) {
    Object[] args = new Object[namesAndValues.length + 2];
    args[0] = "count";
    args[1] = count;
    System.arraycopy(namesAndValues, 0, args, 2, namesAndValues.length);
    return text(key + (count == 1 ? ".one" : ".other"), args);
  }

  static String fill(String template, Object... namesAndValues) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf('{', i);
      int close = open < 0 ? -1 : template.indexOf('}', open);
      if (close < 0) {
        out.append(template, i, template.length());
        break;
      }
      out.append(template, i, open);
      out.append(value(template.substring(open + 1, close), template, namesAndValues));
      i = close + 1;
    }
    return out.toString();
  }

  private static String value(String name, String template, Object[] namesAndValues) {
    for (int k = 0; k + 1 < namesAndValues.length; k += 2) {
      if (namesAndValues[k].equals(name)) {
        return String.valueOf(namesAndValues[k + 1]);
      }
    }
    throw new IllegalStateException("no value for {" + name + "} in '" + template + "'");
  }

  // ---- sentences and lists ----

  /**
   * {@code text} as a sentence: a capital first letter where the language has them, and the
   * language's full stop unless it ends in one already.
   */
  String sentence(String text) {
    return ending(
        text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1));
  }

  /** {@code text} with the language's full stop, for the rest of a sentence after a heading. */
  String ending(String text) {
    String stop = text("sentence", "text", "");
    return text.endsWith(stop) ? text : text("sentence", "text", text);
  }

  String heading(String heading, String text) {
    return text("heading", "heading", heading, "text", text);
  }

  String paren(String text, String note) {
    return text("paren", "text", text, "note", note);
  }

  /** "a, b and c" / "a、b、c". */
  String and(List<String> items) {
    return join(items, "list.and");
  }

  /** "a, b or c" / "a、b或c". */
  String or(List<String> items) {
    return join(items, "list.or");
  }

  /** Clauses that must all hold: "a; b" / "a；b". */
  String clauses(List<String> items) {
    String out = items.get(0);
    for (int i = 1; i < items.size(); i++) {
      out = text("clause.join", "a", out, "b", items.get(i));
    }
    return out;
  }

  private String join(List<String> items, String lastKey) {
    if (items.isEmpty()) {
      return "";
    }
    String out = items.get(0);
    for (int i = 1; i < items.size(); i++) {
      String key = i == items.size() - 1 ? lastKey : "list.comma";
      out = text(key, "a", out, "b", items.get(i));
    }
    return out;
  }

  // ---- amounts ----

  /** Counted time as people say it: 5 minutes, 1 hour 30 minutes, 24 hours, 1.5 seconds. */
  /** "1 个工作日", "15 working days". */
  String workingDays(int n) {
    return amount(BigDecimal.valueOf(n), "unit.workingDay");
  }

  String duration(Duration d) {
    StringBuilder parts = new StringBuilder();
    appendPart(parts, d.toHours(), "unit.hour");
    appendPart(parts, d.toMinutesPart(), "unit.minute");
    BigDecimal seconds =
        BigDecimal.valueOf(d.toSecondsPart()).add(BigDecimal.valueOf(d.toNanosPart(), 9));
    if (seconds.signum() != 0 || parts.length() == 0) {
      appendPart(parts, seconds, "unit.second");
    }
    return parts.toString();
  }

  /**
   * Elapsed real time, such as a report deadline: whole days as days (120 hours is 5 days), else as
   * {@link #duration}. Counted targets never use days: a day of a 5×8 clock is not 24 hours.
   */
  String elapsed(Duration d) {
    long days = d.toDays();
    if (days > 0 && d.equals(Duration.ofDays(days))) {
      return amount(BigDecimal.valueOf(days), "unit.day");
    }
    return duration(d);
  }

  private void appendPart(StringBuilder parts, long amount, String unit) {
    if (amount != 0) {
      appendPart(parts, BigDecimal.valueOf(amount), unit);
    }
  }

  private void appendPart(StringBuilder parts, BigDecimal amount, String unit) {
    String part = amount(amount, unit);
    String joined =
        parts.length() == 0 ? part : text("duration.join", "a", parts.toString(), "b", part);
    parts.setLength(0);
    parts.append(joined);
  }

  /** "60 seconds", "1 second", "60 秒"; the unit key without {@code .one}/{@code .other}. */
  String amount(BigDecimal amount, String unitKey) {
    String form = amount.compareTo(BigDecimal.ONE) == 0 ? ".one" : ".other";
    return text("amount", "amount", number(amount), "unit", text(unitKey + form));
  }

  /** A value of a measured metric in its unit: seconds and milliseconds in words, others as is. */
  String metricValue(BigDecimal value, String unit) {
    return switch (unit) {
      case "s" -> amount(value, "unit.second");
      case "ms" -> amount(value, "unit.millisecond");
      case "min" -> amount(value, "unit.minute");
      case "h" -> amount(value, "unit.hour");
      default -> unit.isBlank() ? number(value) : number(value) + " " + unit;
    };
  }

  /** A decimal as written in the guarantee, without trailing zeros: 99.9, 99, 3600. */
  static String number(BigDecimal value) {
    BigDecimal v = value.stripTrailingZeros();
    return (v.scale() < 0 ? v.setScale(0) : v).toPlainString();
  }

  String percent(BigDecimal value) {
    return text("percent", "value", number(value));
  }

  /**
   * A ratio limit: tiny ones as a power of ten, 3×10⁻⁵ (how guarantees write error rates), others
   * as decimals.
   */
  static String ratio(BigDecimal value) {
    BigDecimal v = value.stripTrailingZeros();
    if (v.signum() == 0 || v.compareTo(new BigDecimal("0.001")) >= 0) {
      return number(v);
    }
    int exponent = v.precision() - v.scale() - 1;
    String mantissa = number(v.movePointLeft(exponent));
    return mantissa + "×10" + superscript(exponent);
  }

  private static String superscript(int n) {
    String digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    StringBuilder out = new StringBuilder(n < 0 ? "⁻" : "");
    for (char c : Integer.toString(Math.abs(n)).toCharArray()) {
      out.append(digits.charAt(c - '0'));
    }
    return out.toString();
  }

  /** Money with its currency: 人民币 8,000.00 元, CNY 8,000.00. */
  String money(Money money) {
    BigDecimal amount = money.amount();
    String pattern = "#,##0" + (amount.scale() > 0 ? "." + "0".repeat(amount.scale()) : "");
    String shown =
        new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount);
    String code = money.currency().getCurrencyCode();
    String key = "money." + code;
    return texts.containsKey(key)
        ? text(key, "amount", shown)
        : text("money.other", "amount", shown, "currency", code);
  }

  String date(LocalDate date) {
    return dates.format(date);
  }

  /** 1 → 一 / 1, up to ten; larger numbers in digits. */
  String numeral(int n) {
    return n >= 0 && n < numerals.size() ? numerals.get(n) : Integer.toString(n);
  }
}

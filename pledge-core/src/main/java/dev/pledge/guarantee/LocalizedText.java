package dev.pledge.guarantee;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A text in one or more languages ({@code zh}, {@code en}); a plain string in a guarantee is the
 * same text in every language.
 */
public record LocalizedText(Map<String, String> byLanguage) {

  public LocalizedText {
    byLanguage = Map.copyOf(new LinkedHashMap<>(byLanguage));
  }

  public static LocalizedText of(String text) {
    return new LocalizedText(Map.of("", Objects.requireNonNull(text, "text")));
  }

  /** The text in {@code language}, else English, else the plain or first text. */
  public String in(String language) {
    String t = byLanguage.get(language);
    if (t == null) {
      t = byLanguage.getOrDefault("", byLanguage.get("en"));
    }
    return t != null ? t : byLanguage.values().stream().findFirst().orElse("");
  }

  @Override
  public String toString() {
    return in("en");
  }
}

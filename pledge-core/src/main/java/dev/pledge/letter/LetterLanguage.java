package dev.pledge.letter;

import java.util.Locale;

/** A language a letter is written in; each has its own wording, kept in sync with the others. */
public enum LetterLanguage {
  /** Simplified Chinese, as issued to customers in mainland China. */
  ZH("zh"),
  /** English. */
  EN("en");

  private final String code;

  LetterLanguage(String code) {
    this.code = code;
  }

  /** The code the guarantee's texts use for this language: {@code zh} or {@code en}. */
  public String code() {
    return code;
  }

  /**
   * The language with {@code code}, in any case.
   *
   * @throws IllegalArgumentException naming the code and the languages there are
   */
  public static LetterLanguage of(String code) {
    for (LetterLanguage l : values()) {
      if (l.code.equals(code.trim().toLowerCase(Locale.ROOT))) {
        return l;
      }
    }
    throw new IllegalArgumentException(
        "language '" + code + "' has no letter wording; use zh or en");
  }
}

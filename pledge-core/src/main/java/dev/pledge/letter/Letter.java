package dev.pledge.letter;

import dev.pledge.guarantee.Guarantee;
import java.util.Objects;

/**
 * A guarantee rendered as the letter a customer reads and signs (服务保证书): parties and services,
 * definitions, each commitment as a numbered clause in plain words, exclusions, remedies and
 * signature blocks. The command line and the server render the same letter from the same guarantee.
 *
 * <p>All wording comes from one file per language ({@code letter_zh.properties}, {@code
 * letter_en.properties}); names and other texts of the guarantee are taken in the letter's language
 * when the guarantee gives them in it, else in English. See docs/letter.md.
 */
public final class Letter {

  private Letter() {}

  /**
   * The letter as a self-contained HTML page (inline styles, A4 print layout, no scripts or
   * external resources), well-formed enough for XHTML-based PDF converters.
   */
  public static String render(Guarantee guarantee, LetterLanguage language) {
    Objects.requireNonNull(guarantee, "guarantee");
    Objects.requireNonNull(language, "language");
    Wording wording = Wording.of(language);
    LetterModel model = new LetterComposer(guarantee, wording).compose();
    return HtmlLetter.render(model, wording.heading("", ""));
  }
}

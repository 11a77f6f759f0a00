package dev.pledge.letter;

import java.util.List;
import java.util.Optional;

/**
 * A letter as worded text in sections, before any markup: what {@link LetterComposer} writes and
 * {@link HtmlLetter} lays out. Every string is plain text in the letter's language.
 *
 * @param lang the language tag of the text, e.g. {@code zh-CN}
 * @param fontFamily the CSS font stack that suits the language
 * @param title the letter's title
 * @param reference the reference and version line under the title
 * @param sections the numbered sections, in order
 * @param signatures the provider's and the customer's signature blocks
 */
record LetterModel(
    String lang,
    String fontFamily,
    String title,
    String reference,
    List<Section> sections,
    List<Signature> signatures) {

  LetterModel {
    sections = List.copyOf(sections);
    signatures = List.copyOf(signatures);
  }

  /** A numbered section: its heading ("三、服务承诺") and its blocks. */
  record Section(String heading, List<Block> blocks) {
    Section {
      blocks = List.copyOf(blocks);
    }
  }

  /** A piece of a section. */
  sealed interface Block {}

  record Paragraph(String text) implements Block {}

  /** Terms and what they mean, such as the parties or the definitions. */
  record Terms(List<Term> terms) implements Block {
    Terms {
      terms = List.copyOf(terms);
    }
  }

  /** A term and its meaning; the meaning may be several lines, or a table. */
  record Term(String term, List<String> lines, Optional<Table> table) {
    Term {
      lines = List.copyOf(lines);
    }

    static Term of(String term, String line) {
      return new Term(term, List.of(line), Optional.empty());
    }
  }

  /** A list of items read as one enumeration, such as the exclusions. */
  record Items(List<String> items) implements Block {
    Items {
      items = List.copyOf(items);
    }
  }

  /**
   * A numbered clause: "3.1 网络连通率：每月网络连通率不低于 99.9%。", with optional lines under it (one per
   * severity), notes, and tables.
   */
  record Clause(
      String number,
      String heading,
      String text,
      List<String> items,
      List<String> notes,
      List<Table> tables)
      implements Block {
    Clause {
      items = List.copyOf(items);
      notes = List.copyOf(notes);
      tables = List.copyOf(tables);
    }
  }

  record Table(List<String> header, List<List<String>> rows) implements Block {
    Table {
      header = List.copyOf(header);
      rows = rows.stream().map(List::copyOf).toList();
    }
  }

  /** One party's signature block: its role, its name, and the lines to fill in. */
  record Signature(String role, String party, List<String> fields) {
    Signature {
      fields = List.copyOf(fields);
    }
  }
}

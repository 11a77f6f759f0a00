package dev.pledge.letter;

import static dev.pledge.letter.Html.escape;

import dev.pledge.letter.LetterModel.Block;
import dev.pledge.letter.LetterModel.Clause;
import dev.pledge.letter.LetterModel.Items;
import dev.pledge.letter.LetterModel.Paragraph;
import dev.pledge.letter.LetterModel.Section;
import dev.pledge.letter.LetterModel.Signature;
import dev.pledge.letter.LetterModel.Table;
import dev.pledge.letter.LetterModel.Term;
import dev.pledge.letter.LetterModel.Terms;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Lays a {@link LetterModel} out as one self-contained HTML page: styles inline, no scripts, no
 * external resources, every text escaped. The markup is also well-formed XML, so a PDF converter
 * that parses XHTML reads it as is.
 */
final class HtmlLetter {

  private static final String CSS = css();

  private final StringBuilder out = new StringBuilder(16_384);
  private final String colon;

  private HtmlLetter(String colon) {
    this.colon = colon;
  }

  /**
   * @param colon what follows a clause heading in the letter's language ("：" or ": ")
   */
  static String render(LetterModel letter, String colon) {
    return new HtmlLetter(colon).page(letter);
  }

  private String page(LetterModel letter) {
    out.append("<!DOCTYPE html>\n<html lang=\"").append(escape(letter.lang())).append("\">\n");
    out.append("<head>\n<meta charset=\"UTF-8\" />\n");
    out.append("<title>").append(escape(letter.title())).append("</title>\n");
    out.append("<style>\n").append(CSS);
    out.append("body { font-family: ").append(letter.fontFamily()).append("; }\n</style>\n");
    out.append("</head>\n<body>\n<div class=\"letter\">\n");
    element("h1", letter.title());
    out.append("<p class=\"reference\">").append(escape(letter.reference())).append("</p>\n");
    List<Section> sections = letter.sections();
    sections.subList(0, sections.size() - 1).forEach(this::section);
    // The last section and the signatures stay on one page, so no page is signed on its own.
    out.append("<div class=\"closing\">\n");
    section(sections.get(sections.size() - 1));
    signatures(letter.signatures());
    out.append("</div>\n</div>\n</body>\n</html>\n");
    return out.toString();
  }

  /** A section; its heading is kept on a page with what follows it up to the first clause. */
  private void section(Section s) {
    out.append("<div class=\"section\">\n<div class=\"keep\">\n");
    element("h2", s.heading());
    List<Block> blocks = s.blocks();
    int kept = 0;
    while (kept < blocks.size() && (kept == 0 || blocks.get(kept - 1) instanceof Paragraph)) {
      block(blocks.get(kept++));
    }
    out.append("</div>\n");
    blocks.subList(kept, blocks.size()).forEach(this::block);
    out.append("</div>\n");
  }

  private void block(Block b) {
    if (b instanceof Paragraph p) {
      element("p", p.text());
    } else if (b instanceof Terms t) {
      terms(t.terms());
    } else if (b instanceof Items i) {
      out.append("<ol class=\"items\">\n");
      i.items().forEach(item -> element("li", item));
      out.append("</ol>\n");
    } else if (b instanceof Clause c) {
      clause(c);
    } else if (b instanceof Table t) {
      table(t);
    }
  }

  private void terms(List<Term> terms) {
    out.append("<table class=\"terms\">\n");
    for (Term t : terms) {
      out.append("<tr><th>").append(escape(t.term())).append("</th><td>");
      if (t.lines().size() == 1 && t.table().isEmpty()) {
        out.append(escape(t.lines().get(0)));
      } else {
        t.lines().forEach(line -> element("p", line));
        t.table().ifPresent(this::table);
      }
      out.append("</td></tr>\n");
    }
    out.append("</table>\n");
  }

  private void clause(Clause c) {
    out.append("<div class=\"clause\">\n<p><span class=\"number\">")
        .append(escape(c.number()))
        .append("</span><span class=\"heading\">")
        .append(escape(c.heading()))
        .append("</span>")
        .append(escape(colon))
        .append(escape(c.text()))
        .append("</p>\n");
    if (!c.items().isEmpty()) {
      out.append("<ul>\n");
      c.items().forEach(item -> element("li", item));
      out.append("</ul>\n");
    }
    c.notes()
        .forEach(note -> out.append("<p class=\"note\">").append(escape(note)).append("</p>\n"));
    c.tables().forEach(this::table);
    out.append("</div>\n");
  }

  private void table(Table t) {
    out.append("<table class=\"grid\">\n<tr>");
    t.header().forEach(h -> out.append("<th>").append(escape(h)).append("</th>"));
    out.append("</tr>\n");
    for (List<String> row : t.rows()) {
      out.append("<tr>");
      row.forEach(cell -> out.append("<td>").append(escape(cell)).append("</td>"));
      out.append("</tr>\n");
    }
    out.append("</table>\n");
  }

  private void signatures(List<Signature> signatures) {
    out.append("<table class=\"signatures\">\n<tr>\n");
    for (Signature s : signatures) {
      out.append("<td class=\"signature\">\n");
      out.append("<p class=\"role\">").append(escape(s.role())).append("</p>\n");
      out.append("<p class=\"party\">").append(escape(s.party())).append("</p>\n");
      out.append("<table class=\"fields\">\n");
      for (String field : s.fields()) {
        out.append("<tr><th>")
            .append(escape(field))
            .append(escape(colon))
            .append("</th><td></td></tr>\n");
      }
      out.append("</table>\n");
      out.append("</td>\n");
    }
    out.append("</tr>\n</table>\n");
  }

  private void element(String name, String text) {
    out.append('<').append(name).append('>').append(escape(text));
    out.append("</").append(name).append(">\n");
  }

  private static String css() {
    try (InputStream in = HtmlLetter.class.getResourceAsStream("letter.css")) {
      if (in == null) {
        throw new IllegalStateException("letter.css is missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read letter.css", e);
    }
  }
}

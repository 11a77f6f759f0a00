package dev.pledge.cli;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import dev.pledge.letter.LetterLanguage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The HTML letter laid out on A4 PDF pages by openhtmltopdf, with its fonts embedded. The page's
 * own font stack names fonts a browser may have; here the fonts found by {@link PdfFonts} are put
 * first, so the PDF looks the same on every machine.
 */
final class PdfLetter {

  static final String CJK_FAMILY = "Pledge CJK";
  static final String LATIN_FAMILY = "Pledge Latin";

  /** Kept so the level set below is not lost when the logger is collected. */
  private static final Logger PDFBOX_LOG = Logger.getLogger("org.apache.pdfbox");

  static {
    // Both libraries log every step at INFO; the command line reports problems itself.
    XRLog.setLoggingEnabled(false);
    PDFBOX_LOG.setLevel(Level.SEVERE);
  }

  private PdfLetter() {}

  /** Writes the PDF of {@code html}; the Chinese letter needs {@code fonts.cjk()}. */
  static void write(String html, LetterLanguage language, PdfFonts fonts, OutputStream out)
      throws IOException {
    List<PdfFonts.Loaded> loaded = new ArrayList<>();
    try (PDDocument doc = new PDDocument()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.usePDDocument(doc);
      builder.withProducer("Pledge");
      if (fonts.cjk().isPresent()) {
        register(builder, doc, fonts.cjk().get(), CJK_FAMILY, loaded);
      }
      for (PdfFonts.FontFile f : fonts.latin()) {
        register(builder, doc, f, LATIN_FAMILY, loaded);
      }
      builder.withHtmlContent(withFonts(html, language, fonts), null);
      try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
        renderer.layout();
        renderer.createPDFWithoutClosing();
      }
      ByteArrayOutputStream pdf = new ByteArrayOutputStream();
      doc.save(pdf);
      out.write(ToUnicodeRepair.repair(pdf.toByteArray()));
    } finally {
      for (PdfFonts.Loaded l : loaded) {
        l.close();
      }
    }
  }

  private static void register(
      PdfRendererBuilder builder,
      PDDocument doc,
      PdfFonts.FontFile file,
      String family,
      List<PdfFonts.Loaded> loaded)
      throws IOException {
    PdfFonts.Loaded face = PdfFonts.load(file);
    loaded.add(face);
    PDType0Font font = PDType0Font.load(doc, face.font(), true);
    builder.useFont(new PDFontSupplier(font), family, file.weight(), FontStyle.NORMAL, true);
  }

  /** The page with the embedded families first: Chinese first in a Chinese letter. */
  static String withFonts(String html, LetterLanguage language, PdfFonts fonts) {
    List<String> families = new ArrayList<>();
    if (language == LetterLanguage.ZH && fonts.cjk().isPresent()) {
      families.add(CJK_FAMILY);
    }
    if (!fonts.latin().isEmpty()) {
      families.add(LATIN_FAMILY);
    }
    if (language != LetterLanguage.ZH && fonts.cjk().isPresent()) {
      families.add(CJK_FAMILY);
    }
    String stack = "font-family: \"" + String.join("\", \"", families) + "\";";
    // Page margin boxes (the page numbers) do not inherit from body.
    String rule =
        "<style>body { " + stack + " }\n@page { @bottom-center { " + stack + " } }</style>\n";
    int head = html.indexOf("</head>");
    return html.substring(0, head) + rule + html.substring(head);
  }
}

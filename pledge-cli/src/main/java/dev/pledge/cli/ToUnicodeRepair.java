package dev.pledge.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Makes the text of a PDF letter read back as written. Chinese fonts draw 不 (U+4E0D) and its
 * compatibility twin 不 (U+F967), or 一 and the Kangxi radical ⼀, with one glyph; PDFBox then maps
 * the glyph back to whichever code point it meets first, so copying "不低于" from the PDF, or
 * searching for it, fails. This rewrites each font's ToUnicode map to the unified ideograph, the
 * only form a letter writes.
 */
final class ToUnicodeRepair {

  private ToUnicodeRepair() {}

  /** {@code pdf} with every font's ToUnicode map preferring unified ideographs. */
  static byte[] repair(byte[] pdf) throws IOException {
    try (PDDocument doc = PDDocument.load(pdf)) {
      boolean changed = false;
      Set<COSDictionary> seen = new HashSet<>();
      for (PDPage page : doc.getPages()) {
        PDResources resources = page.getResources();
        for (COSName name : resources.getFontNames()) {
          PDFont font = resources.getFont(name);
          if (font != null && seen.add(font.getCOSObject())) {
            changed |= repair(doc, font.getCOSObject());
          }
        }
      }
      if (!changed) {
        return pdf;
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
      doc.save(out);
      return out.toByteArray();
    }
  }

  private static boolean repair(PDDocument doc, COSDictionary font) throws IOException {
    COSBase toUnicode = font.getDictionaryObject(COSName.TO_UNICODE);
    if (!(toUnicode instanceof COSStream stream)) {
      return false;
    }
    CMap cmap;
    try (InputStream in = stream.createInputStream()) {
      cmap = new CMapParser().parse(in);
    }
    Map<Integer, String> mapping = new TreeMap<>();
    boolean changed = false;
    for (int code = 0; code <= 0xFFFF; code++) {
      String text = cmap.toUnicode(code);
      if (text != null) {
        String preferred = preferred(text);
        changed |= !preferred.equals(text);
        mapping.put(code, preferred);
      }
    }
    if (changed) {
      byte[] written = write(mapping).getBytes(StandardCharsets.US_ASCII);
      PDStream repaired =
          new PDStream(doc, new ByteArrayInputStream(written), COSName.FLATE_DECODE);
      font.setItem(COSName.TO_UNICODE, repaired);
    }
    return changed;
  }

  /**
   * The unified ideograph for a compatibility ideograph or a radical (their canonical or
   * compatibility decomposition); any other text as it is.
   */
  static String preferred(String text) {
    if (text.codePointCount(0, text.length()) != 1) {
      return text;
    }
    int cp = text.codePointAt(0);
    Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
    String decomposed;
    if (block == Character.UnicodeBlock.CJK_COMPATIBILITY_IDEOGRAPHS
        || block == Character.UnicodeBlock.CJK_COMPATIBILITY_IDEOGRAPHS_SUPPLEMENT) {
      decomposed = Normalizer.normalize(text, Normalizer.Form.NFC);
    } else if (block == Character.UnicodeBlock.KANGXI_RADICALS
        || block == Character.UnicodeBlock.CJK_RADICALS_SUPPLEMENT) {
      decomposed = Normalizer.normalize(text, Normalizer.Form.NFKC);
    } else {
      return text;
    }
    boolean ideograph =
        decomposed.codePointCount(0, decomposed.length()) == 1
            && Character.isIdeographic(decomposed.codePointAt(0));
    return ideograph ? decomposed : text;
  }

  /** A ToUnicode CMap (PDF 32000-1, 9.10.3) of {@code mapping}, two-byte codes. */
  private static String write(Map<Integer, String> mapping) {
    StringBuilder out = new StringBuilder();
    out.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
        .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
        .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
        .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
    var entries = mapping.entrySet().stream().toList();
    // At most 100 entries a block, as the CMap format requires.
    for (int i = 0; i < entries.size(); i += 100) {
      var block = entries.subList(i, Math.min(i + 100, entries.size()));
      out.append(block.size()).append(" beginbfchar\n");
      for (var e : block) {
        out.append(String.format("<%04X> <%s>%n", e.getKey(), utf16(e.getValue())));
      }
      out.append("endbfchar\n");
    }
    out.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    return out.toString();
  }

  private static String utf16(String text) {
    StringBuilder hex = new StringBuilder();
    for (char c : text.toCharArray()) {
      hex.append(String.format("%04X", (int) c));
    }
    return hex.toString();
  }
}

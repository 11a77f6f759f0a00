package dev.pledge.cli;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * The fonts a PDF letter embeds: one with Chinese glyphs, and serif faces for Latin text when the
 * system has them. PDF viewers cannot be trusted to have either, so every glyph is embedded.
 *
 * <p>Only fonts with TrueType outlines qualify: PDFBox 2 cannot embed the CFF outlines of Noto CJK
 * or Source Han, so those are not looked for.
 */
final class PdfFonts {

  /** A font file and, in a collection (.ttc), the PostScript name of the face to use. */
  record FontFile(Path path, String face, int weight) {}

  /** The Debian package that gives {@link #CJK_CANDIDATES} its first font. */
  static final String CJK_PACKAGE = "fonts-wqy-microhei";

  static final String LATIN_PACKAGE = "fonts-dejavu-core";

  static final List<FontFile> CJK_CANDIDATES =
      List.of(
          new FontFile(
              Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"), "WenQuanYiMicroHei", 400),
          new FontFile(
              Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"), "WenQuanYiZenHei", 400));

  static final List<FontFile> LATIN_CANDIDATES =
      List.of(
          new FontFile(Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"), null, 400),
          new FontFile(Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"), null, 700),
          new FontFile(
              Path.of("/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf"),
              null,
              400),
          new FontFile(
              Path.of("/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf"), null, 700));

  private final Optional<FontFile> cjk;
  private final List<FontFile> latin;
  private final List<FontFile> lookedFor;

  private PdfFonts(Optional<FontFile> cjk, List<FontFile> latin, List<FontFile> lookedFor) {
    this.cjk = cjk;
    this.latin = List.copyOf(latin);
    this.lookedFor = List.copyOf(lookedFor);
  }

  /** The first Chinese font of {@link #CJK_CANDIDATES} there is, and the Latin faces there are. */
  static PdfFonts system() {
    return of(CJK_CANDIDATES, LATIN_CANDIDATES);
  }

  /** The fonts found among {@code cjkCandidates} and {@code latinCandidates}. */
  static PdfFonts of(List<FontFile> cjkCandidates, List<FontFile> latinCandidates) {
    Optional<FontFile> cjk =
        cjkCandidates.stream().filter(f -> Files.isReadable(f.path())).findFirst();
    List<FontFile> latin = new ArrayList<>();
    for (FontFile f : latinCandidates) {
      boolean weightTaken = latin.stream().anyMatch(l -> l.weight() == f.weight());
      if (Files.isReadable(f.path()) && !weightTaken) {
        latin.add(f);
      }
    }
    return new PdfFonts(cjk, latin, cjkCandidates);
  }

  /**
   * These fonts with {@code file} as the Chinese font.
   *
   * @throws IllegalArgumentException naming {@code --font} if the file is missing, is not a
   *     TrueType font, or has no Chinese glyphs
   */
  PdfFonts withCjk(Path file) {
    if (!Files.isReadable(file)) {
      throw new IllegalArgumentException("--font file '" + file + "' does not exist");
    }
    FontFile font = new FontFile(file, null, 400);
    try (Loaded loaded = load(font)) {
      if (loaded.font().getUnicodeCmapLookup().getGlyphId('服') == 0) {
        throw new IllegalArgumentException(
            "--font '" + file + "' has no Chinese glyphs; give a font such as wqy-microhei.ttc");
      }
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "--font '" + file + "' is not a TrueType font (.ttf or .ttc): " + e.getMessage(), e);
    }
    return new PdfFonts(Optional.of(font), latin, List.of(font));
  }

  Optional<FontFile> cjk() {
    return cjk;
  }

  List<FontFile> latin() {
    return latin;
  }

  /** What to tell someone whose system has no Chinese font. */
  String noCjkFont() {
    return "no font with Chinese glyphs for the PDF letter (looked for "
        + lookedFor.stream().map(f -> f.path().toString()).collect(Collectors.joining(", "))
        + "); install one with 'apt-get install "
        + CJK_PACKAGE
        + "' (Debian, Ubuntu) or give a TrueType font with --font FILE";
  }

  /** What to tell someone whose system has no font at all for an English PDF. */
  String noFont() {
    return "no font for the PDF letter (looked for "
        + LATIN_CANDIDATES.stream().map(f -> f.path().toString()).collect(Collectors.joining(", "))
        + "); install one with 'apt-get install "
        + LATIN_PACKAGE
        + "' (Debian, Ubuntu) or give a TrueType font with --font FILE";
  }

  /** A face read from its file; the file stays open while the face is in use. */
  record Loaded(TrueTypeFont font, Closeable source) implements Closeable {
    @Override
    public void close() throws IOException {
      source.close();
    }
  }

  /** Reads the face of {@code f}: the named one of a collection, else its first. */
  static Loaded load(FontFile f) throws IOException {
    String name = f.path().getFileName().toString().toLowerCase(Locale.ROOT);
    if (!name.endsWith(".ttc")) {
      TrueTypeFont ttf = new TTFParser().parse(f.path().toFile());
      return new Loaded(ttf, ttf);
    }
    TrueTypeCollection collection = new TrueTypeCollection(f.path().toFile());
    try {
      TrueTypeFont face = f.face() == null ? first(collection) : collection.getFontByName(f.face());
      if (face == null) {
        throw new IOException("no face '" + f.face() + "' in " + f.path());
      }
      return new Loaded(face, collection);
    } catch (IOException | RuntimeException e) {
      collection.close();
      throw e;
    }
  }

  private static TrueTypeFont first(TrueTypeCollection collection) throws IOException {
    TrueTypeFont[] first = new TrueTypeFont[1];
    collection.processAllFonts(
        font -> {
          if (first[0] == null) {
            first[0] = font;
          }
        });
    return first[0];
  }
}

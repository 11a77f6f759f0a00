package dev.pledge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pledge.letter.LetterLanguage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code pledge letter} from the outside: exit code, text, and the PDF's own text. */
class LetterCommandTests {

  private static final String NETWORK =
      Path.of("..", "examples", "guarantees", "datacenter-network.yaml").toString();
  private static final String MAIL =
      Path.of("..", "examples", "guarantees", "mail.yaml").toString();

  @TempDir Path dir;

  record Run(int exitCode, String out, String err) {}

  private static Run pledge(PdfFonts fonts, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = PledgeCommand.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    if (fonts != null) {
      LetterCommand letter = cl.getSubcommands().get("letter").getCommand();
      letter.fonts = fonts;
    }
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private static Run pledge(String... args) {
    return pledge(null, args);
  }

  @Test
  void htmlGoesToStandardOutputByDefault() {
    Run r = pledge("letter", NETWORK, "--lang", "zh");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .startsWith("<!DOCTYPE html>")
        .contains("<title>数据中心网络服务保证书</title>")
        .contains("每月网络连通率不低于 99.9%；每月累计停机时间不超过 44 分钟。");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void htmlToAFile() throws IOException {
    Path file = dir.resolve("letter.html");
    Run r = pledge("letter", MAIL, "--lang", "EN", "--format", "html", "--output", file.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEqualTo("wrote " + file + System.lineSeparator());
    assertThat(Files.readString(file))
        .contains("Provisioning</span>: provisioned within 24 hours of the request.");
  }

  @Test
  void pdfInChineseHasTheClausesInItsText() throws IOException {
    assumeFont(PdfFonts.CJK_CANDIDATES, PdfFonts.CJK_PACKAGE);
    Path pdf = dir.resolve("network.zh.pdf");
    Run r = pledge("letter", NETWORK, "--lang", "zh", "--format", "pdf", "-o", pdf.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("wrote " + pdf);
    String text = pdfText(pdf);
    assertThat(text)
        .contains("数据中心网络服务保证书")
        .contains("每月网络连通率不低于 99.9%")
        .contains("接报后 15 分钟内响应")
        .contains("免收该月服务费（人民币 8,000.00 元）")
        .contains("故障发生后 5 天内未向服务提供方报告的")
        .contains("授权代表（签字）");
    assertThat(fontNames(pdf)).anyMatch(name -> name.contains("WenQuanYi"));
  }

  @Test
  void pdfInEnglishHasTheClausesInItsText() throws IOException {
    assumeFont(PdfFonts.LATIN_CANDIDATES, PdfFonts.LATIN_PACKAGE);
    Path pdf = dir.resolve("mail.en.pdf");
    Run r = pledge("letter", MAIL, "--lang", "en", "--format", "pdf", "-o", pdf.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    String text = pdfText(pdf);
    assertThat(text)
        .contains("Enterprise Mail Service Guarantee")
        .contains("provisioned within 24 hours of the request")
        .contains("no more than 3×10⁻⁵ in each month")
        .contains("Working days 09:00–12:00 and 13:30–18:00")
        .contains("Authorised signature");
  }

  @Test
  void withoutAChineseFontTheChineseLetterFailsNamingThePackage() {
    Path pdf = dir.resolve("letter.pdf");
    PdfFonts none = PdfFonts.of(List.of(missing("wqy-microhei.ttc")), List.of());
    Run r =
        pledge(none, "letter", NETWORK, "--lang", "zh", "--format", "pdf", "-o", pdf.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err())
        .contains("no font with Chinese glyphs")
        .contains("apt-get install fonts-wqy-microhei")
        .contains("--font FILE");
    assertThat(pdf).doesNotExist();
  }

  @Test
  void withoutAnyFontTheEnglishLetterFailsNamingThePackage() {
    Path pdf = dir.resolve("letter.pdf");
    PdfFonts none = PdfFonts.of(List.of(missing("a.ttc")), List.of(missing("b.ttf")));
    Run r =
        pledge(none, "letter", NETWORK, "--lang", "en", "--format", "pdf", "-o", pdf.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("apt-get install fonts-dejavu-core");
    assertThat(pdf).doesNotExist();
  }

  private PdfFonts.FontFile missing(String name) {
    return new PdfFonts.FontFile(dir.resolve("no-such-dir").resolve(name), null, 400);
  }

  @Test
  void aPdfIsNamedAfterTheGuaranteeAndLanguageByDefault() {
    assertThat(LetterCommand.defaultOutput(Path.of(MAIL), LetterLanguage.ZH))
        .isEqualTo(Path.of("mail.zh.pdf"));
    assertThat(LetterCommand.defaultOutput(Path.of("dir", "idc.v2.yaml"), LetterLanguage.EN))
        .isEqualTo(Path.of("idc.v2.en.pdf"));
  }

  @Test
  void badArgumentsExit2NamingTheArgument() {
    Run lang = pledge("letter", NETWORK, "--lang", "fr");
    assertThat(lang.exitCode()).isEqualTo(2);
    assertThat(lang.err()).contains("--lang").contains("language 'fr' has no letter wording");

    Run noLang = pledge("letter", NETWORK);
    assertThat(noLang.exitCode()).isEqualTo(2);
    assertThat(noLang.err()).contains("Missing required option: '--lang=zh|en'");

    Run format = pledge("letter", NETWORK, "--lang", "zh", "--format", "docx");
    assertThat(format.exitCode()).isEqualTo(2);
    assertThat(format.err()).contains("--format").contains("format 'docx' is not known");

    Run file = pledge("letter", "nowhere.yaml", "--lang", "zh");
    assertThat(file.exitCode()).isEqualTo(2);
    assertThat(file.err()).contains("GUARANTEE file 'nowhere.yaml' does not exist");

    String intoMissingDir = dir.resolve("missing").resolve("x.pdf").toString();
    Run output = pledge("letter", NETWORK, "--lang", "zh", "--format", "pdf", "-o", intoMissingDir);
    assertThat(output.exitCode()).isEqualTo(2);
    assertThat(output.err())
        .contains("--output '" + intoMissingDir + "'")
        .contains("does not exist");

    String noFont = dir.resolve("none.ttf").toString();
    Run font =
        pledge(
            "letter",
            NETWORK,
            "--lang",
            "zh",
            "--format",
            "pdf",
            "-o",
            dir.resolve("x.pdf").toString(),
            "--font",
            noFont);
    assertThat(font.exitCode()).isEqualTo(2);
    assertThat(font.err()).contains("--font file '" + noFont + "' does not exist");
    assertThat(dir.resolve("x.pdf")).doesNotExist();
  }

  @Test
  void aFontFileThatIsNoFontIsBadInput() throws IOException {
    Path fake = Files.writeString(dir.resolve("fake.ttf"), "not a font");
    Run r =
        pledge(
            "letter",
            NETWORK,
            "--lang",
            "zh",
            "--format",
            "pdf",
            "-o",
            dir.resolve("x.pdf").toString(),
            "--font",
            fake.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--font '" + fake + "' is not a TrueType font");
  }

  @Test
  void anInvalidGuaranteeIsBadInputWithLineAndColumn() throws IOException {
    Path bad =
        Files.writeString(dir.resolve("bad.yaml"), "id: x\nprovider: {id: p}\nzone: Mars/Base\n");
    Run r = pledge("letter", bad.toString(), "--lang", "en");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("bad.yaml").contains("line 3");
    assertThat(r.out()).isEmpty();
  }

  static String pdfText(Path pdf) throws IOException {
    try (PDDocument doc = PDDocument.load(pdf.toFile())) {
      return new PDFTextStripper().getText(doc);
    }
  }

  private static List<String> fontNames(Path pdf) throws IOException {
    try (PDDocument doc = PDDocument.load(pdf.toFile())) {
      List<String> names = new java.util.ArrayList<>();
      for (PDPage page : doc.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          names.add(font.getName());
        }
      }
      return names;
    }
  }

  /**
   * Rendering a real PDF needs the machine's fonts; .ci/run installs them, and without them these
   * tests are skipped (not passed) with the package to install.
   */
  private static void assumeFont(List<PdfFonts.FontFile> candidates, String debianPackage) {
    Assumptions.assumeTrue(
        candidates.stream().anyMatch(f -> Files.isRegularFile(f.path())),
        "no system font for PDF letters: apt-get install " + debianPackage);
  }
}

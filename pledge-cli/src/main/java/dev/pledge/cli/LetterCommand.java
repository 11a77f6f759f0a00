package dev.pledge.cli;

import dev.pledge.guarantee.Guarantee;
import dev.pledge.letter.Letter;
import dev.pledge.letter.LetterLanguage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pledge letter}: the guarantee as the letter a customer signs, in HTML or PDF. */
@Command(
    name = "letter",
    mixinStandardHelpOptions = true,
    description = {
      "Renders a guarantee as the letter a customer signs (服务保证书): parties, definitions,"
          + " commitments in plain words, exclusions, remedies and signature blocks.",
      "HTML goes to standard output unless --output is given. PDF goes to --output, or to"
          + " NAME.LANG.pdf in the current directory (NAME: the guarantee file's name without"
          + " extension). See docs/letter.md."
    })
final class LetterCommand implements Callable<Integer> {

  enum Format {
    HTML,
    PDF
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "GUARANTEE", description = "the guarantee file (YAML)")
  Path file;

  @Option(
      names = "--lang",
      required = true,
      paramLabel = "zh|en",
      converter = LanguageConverter.class,
      description = "the letter's language")
  LetterLanguage language;

  @Option(
      names = "--format",
      paramLabel = "html|pdf",
      defaultValue = "html",
      converter = FormatConverter.class,
      description = "html (default) or pdf")
  Format format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "where to write the letter")
  Path output;

  @Option(
      names = "--font",
      paramLabel = "FILE",
      description =
          "PDF only: a TrueType font (.ttf, .ttc) with Chinese glyphs, instead of the system's")
  Path font;

  /** The fonts PDFs embed; tests put others here. */
  PdfFonts fonts = PdfFonts.system();

  @Override
  public Integer call() throws IOException {
    Guarantee g = CheckCommand.load(file);
    String html = Letter.render(g, language);
    if (format == Format.HTML) {
      return html(html);
    }
    Path target = output != null ? output : defaultOutput(file, language);
    requireDirectory(target);
    PdfFonts use = font != null ? fonts.withCjk(font) : fonts;
    if (language == LetterLanguage.ZH && use.cjk().isEmpty()) {
      return failed(use.noCjkFont());
    }
    if (use.cjk().isEmpty() && use.latin().isEmpty()) {
      return failed(use.noFont());
    }
    writeAtomically(target, out -> PdfLetter.write(html, language, use, out));
    return wrote(target);
  }

  private int html(String html) throws IOException {
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(html);
      out.flush();
      return 0;
    }
    requireDirectory(output);
    writeAtomically(output, out -> out.write(html.getBytes(StandardCharsets.UTF_8)));
    return wrote(output);
  }

  /** {@code examples/guarantees/mail.yaml} in Chinese is {@code mail.zh.pdf}, here. */
  static Path defaultOutput(Path guarantee, LetterLanguage language) {
    String name = guarantee.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    return Path.of(stem + "." + language.code() + ".pdf");
  }

  private static void requireDirectory(Path target) {
    Path dir = target.toAbsolutePath().getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new IllegalArgumentException(
          "--output '" + target + "': directory " + dir + " does not exist; create it first");
    }
  }

  interface Writing {
    void to(OutputStream out) throws IOException;
  }

  /** Writes beside the target, then moves into place: a failed run leaves no half a letter. */
  private static void writeAtomically(Path target, Writing writing) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path temp =
        absolute.resolveSibling(
            "." + absolute.getFileName() + "." + ProcessHandle.current().pid() + ".part");
    try {
      try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW)) {
        writing.to(out);
      }
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private int wrote(Path target) {
    PrintWriter out = spec.commandLine().getOut();
    out.println("wrote " + target);
    out.flush();
    return 0;
  }

  private int failed(String message) {
    CommandLine cl = spec.commandLine();
    cl.getErr().println(cl.getColorScheme().errorText("error: " + message));
    cl.getErr().flush();
    return BadInputHandler.FAILED;
  }

  static final class LanguageConverter implements CommandLine.ITypeConverter<LetterLanguage> {
    @Override
    public LetterLanguage convert(String value) {
      try {
        return LetterLanguage.of(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      return switch (value.trim().toLowerCase(Locale.ROOT)) {
        case "html" -> Format.HTML;
        case "pdf" -> Format.PDF;
        default ->
            throw new CommandLine.TypeConversionException(
                "format '" + value + "' is not known; use html or pdf");
      };
    }
  }
}

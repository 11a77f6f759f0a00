package dev.pledge.event;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.zip.GZIPInputStream;

/**
 * An event file to read: its name for messages, its format, and a way to open it.
 *
 * <p>Reading strictly opens an input twice, once to check every line and once to deliver, so an
 * input must give the same bytes each time it is opened.
 *
 * @param name the name problems are reported under, e.g. the file name
 * @param format JSONL or CSV
 * @param opener opens the content, UTF-8 encoded (a leading byte-order mark is ignored)
 */
public record EventInput(String name, EventFormat format, Opener opener) {

  /** Opens an input's content afresh. */
  @FunctionalInterface
  public interface Opener {
    InputStream open() throws IOException;
  }

  public EventInput {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(opener, "opener");
  }

  /**
   * A file, its format told by its name ({@link EventFormat#ofFileName}); a name ending in {@code
   * .gz} is read through gzip.
   */
  public static EventInput of(Path file) {
    String name = file.getFileName().toString();
    EventFormat format = EventFormat.ofFileName(name);
    if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".gz")) {
      return new EventInput(file.toString(), format, () -> gunzip(file));
    }
    return new EventInput(file.toString(), format, () -> Files.newInputStream(file));
  }

  /** Content already in memory, e.g. a request body or a test's text. */
  public static EventInput of(String name, EventFormat format, byte[] content) {
    byte[] copy = content.clone();
    return new EventInput(name, format, () -> new ByteArrayInputStream(copy));
  }

  private static InputStream gunzip(Path file) throws IOException {
    InputStream raw = Files.newInputStream(file);
    try {
      return new GZIPInputStream(raw, 1 << 16);
    } catch (IOException e) {
      raw.close();
      throw e;
    }
  }
}

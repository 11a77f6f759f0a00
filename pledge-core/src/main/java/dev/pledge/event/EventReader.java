package dev.pledge.event;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads event files, JSONL or CSV, and hands each event to an {@link EventSink} as soon as it is
 * read: memory stays bounded however long the files are. The formats are in docs/event-formats.md.
 *
 * <p>{@linkplain #strict() Strictly} (the default), files with any problem deliver nothing: every
 * file is read once to check every line, and only if all of them are good is it read again to
 * deliver. {@linkplain #skippingBadLines() Skipping bad lines}, files are read once; the good lines
 * are delivered and the bad ones reported in the {@link EventReadSummary}.
 *
 * <p>Either way, an id is used once per kind across the files read together, and a ticket written
 * as rows is gathered from consecutive rows.
 */
public final class EventReader {

  /** How many problems an error or a summary lists; the rest are only counted. */
  public static final int LISTED_PROBLEMS = 100;

  private enum Mode {
    STRICT,
    STRICT_IN_ONE_PASS,
    SKIPPING
  }

  private static final EventReader STRICT = new EventReader(Mode.STRICT);
  private static final EventReader STRICT_IN_ONE_PASS = new EventReader(Mode.STRICT_IN_ONE_PASS);
  private static final EventReader SKIPPING = new EventReader(Mode.SKIPPING);
  private static final EventSink NOWHERE = new EventSink() {};

  private final Mode mode;

  private EventReader(Mode mode) {
    this.mode = mode;
  }

  /** A reader that delivers nothing from files with problems. */
  public static EventReader strict() {
    return STRICT;
  }

  /**
   * A strict reader for a sink whose work is thrown away when the read throws, such as an
   * evaluation kept in memory: it delivers as it reads, in one pass instead of two, and throws the
   * same {@link EventFileException} at the end if any line was bad. Never use it with a sink that
   * writes anywhere (a database, a report): events before the bad line would already be there.
   */
  public static EventReader strictInOnePass() {
    return STRICT_IN_ONE_PASS;
  }

  /** A reader that delivers the good lines and reports the bad ones. */
  public static EventReader skippingBadLines() {
    return SKIPPING;
  }

  public boolean skipsBadLines() {
    return mode == Mode.SKIPPING;
  }

  /**
   * Reads one file, its format told by its name.
   *
   * @throws EventFileException when reading strictly and the file has problems
   * @throws java.io.UncheckedIOException when the file cannot be read
   */
  public EventReadSummary read(Path file, EventSink sink) {
    return readAll(List.of(EventInput.of(file)), sink);
  }

  /** Reads one input; see {@link #readAll}. */
  public EventReadSummary read(EventInput input, EventSink sink) {
    return readAll(List.of(input), sink);
  }

  /**
   * Reads the inputs in order, as one set of events: ids must be unique across them.
   *
   * @throws EventFileException when reading strictly and any input has problems; then nothing at
   *     all has been delivered
   * @throws java.io.UncheckedIOException when an input cannot be read
   */
  public EventReadSummary readAll(List<EventInput> inputs, EventSink sink) {
    List<EventInput> all = List.copyOf(inputs);
    if (mode == Mode.SKIPPING) {
      return new Pass(all, sink, true).run().summary();
    }
    if (mode == Mode.STRICT) {
      throwIfAny(new Pass(all, NOWHERE, false).run().log());
    }
    Pass delivery = new Pass(all, sink, false).run();
    // Reading in two passes, only an input that changed between them can fail here.
    throwIfAny(delivery.log());
    return delivery.summary();
  }

  private static void throwIfAny(ProblemLog log) {
    if (log.total() > 0) {
      throw new EventFileException(log.listed(), log.unlisted());
    }
  }
}

package dev.pledge.event;

import dev.pledge.period.CountSample;
import dev.pledge.period.MaintenanceWindow;
import dev.pledge.period.Measurement;
import dev.pledge.period.Outage;
import dev.pledge.period.Rating;
import dev.pledge.yaml.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One pass over the inputs of a read: every line checked, the good ones handed to the sink, every
 * problem logged. Reading strictly makes two passes, the first with a sink that keeps nothing.
 */
final class Pass {

  private static final Field[] FIELDS = Field.values();

  private final List<EventInput> inputs;
  private final EventSink sink;
  private final boolean skipBadLines;
  private final ProblemLog log = new ProblemLog();
  private final IdRegistry ids = new IdRegistry();
  private final long[] delivered = new long[EventKind.values().length];
  private final FieldValues values = new FieldValues(this);
  private final TicketAssembler tickets = new TicketAssembler(this);
  private long skippedLines;
  private int file;

  Pass(List<EventInput> inputs, EventSink sink, boolean skipBadLines) {
    this.inputs = inputs;
    this.sink = sink;
    this.skipBadLines = skipBadLines;
  }

  Pass run() {
    for (file = 0; file < inputs.size(); file++) {
      read(inputs.get(file));
    }
    return this;
  }

  private void read(EventInput input) {
    try (InputStream in = input.opener().open()) {
      if (input.format() == EventFormat.JSONL) {
        JsonLines.read(in, this);
      } else {
        CsvFiles.read(in, this);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + input.name() + ": " + e.getMessage(), e);
    }
    tickets.finish();
  }

  FieldValues values() {
    return values;
  }

  boolean skipsBadLines() {
    return skipBadLines;
  }

  ProblemLog log() {
    return log;
  }

  void problem(long line, String field, String message) {
    log.add(file, new EventProblem(inputs.get(file).name(), line, field, message));
  }

  /** A line read, in the form it says it is ({@code null} if it could not tell). */
  void line(RecordForm form, FieldValues v) {
    if (form == null) {
      tickets.unreadable();
    } else {
      checkFields(form, v);
      switch (form) {
        case TICKET_ROW -> tickets.row(v);
        case TICKET_WHOLE -> wholeTicket(v);
        default -> other(form, v);
      }
    }
    if (v.hasProblems()) {
      skippedLines++;
    }
  }

  /** A whole file that cannot be read, e.g. a CSV file whose header names no kind. */
  void unreadableFile(long lines) {
    skippedLines += lines;
  }

  private void checkFields(RecordForm form, FieldValues v) {
    long stray = v.givenBits() & ~form.allowedBits();
    for (Field f : FIELDS) {
      if ((stray & f.bit()) != 0) {
        unknownField(form, f.fileName, v);
      }
    }
    for (String name : v.unknownNames()) {
      unknownField(form, name, v);
    }
    if ((form.requiredBits() & ~v.presentOrBadBits()) != 0) {
      for (Field f : form.required) {
        if (!v.has(f) && !v.isBad(f)) {
          v.problem(f, "is required: " + form.described + " needs " + names(form.required));
        }
      }
    }
  }

  private static void unknownField(RecordForm form, String name, FieldValues v) {
    v.problem(
        name,
        unknownName("field for " + form.described, form, name)
            + " Valid fields: kind, "
            + names(form));
  }

  /**
   * E.g. "unknown field for an outage; did you mean 'restored_at'?", ready for a list to follow.
   */
  static String unknownName(String what, RecordForm form, String name) {
    String closest = Problems.closest(name, form.fieldNames());
    String hint = closest == null ? "." : "; did you mean '" + closest + "'?";
    return "unknown " + what + hint;
  }

  static String names(RecordForm form) {
    return String.join(", ", form.fieldNames());
  }

  private static String names(List<Field> fields) {
    return String.join(", ", fields.stream().map(f -> f.fileName).toList());
  }

  private void wholeTicket(FieldValues v) {
    tickets.wholeTicket();
    if (v.hasProblems()) {
      return;
    }
    String id = v.text(Field.ID);
    Ticket t = Records.ticket(id, v::get, v.timeline(), v::problem);
    if (t != null && registered(EventKind.TICKET, id, v, Field.ID)) {
      deliverTicket(t, v.line(), v::problem);
    }
  }

  private void other(RecordForm form, FieldValues v) {
    if (v.hasProblems()) {
      return;
    }
    Object record = Records.build(form, v);
    if (record != null && registered(form.kind, v.text(Field.ID), v, Field.ID)) {
      deliver(form.kind, record, v.line());
    }
  }

  /** Registers an id; false, with a problem on the line, if it was used before. */
  boolean registered(EventKind kind, String id, FieldValues v, Field field) {
    long before = ids.register(kind, id, file, v.line());
    if (before >= 0) {
      v.problem(field, alreadyUsed(kind, id, before));
    }
    return before < 0;
  }

  /** Delivers a ticket unless its rating's id is taken; false, with a complaint, if it is. */
  boolean deliverTicket(Ticket t, long line, Records.Complaints complaints) {
    if (t.isRated()) {
      long before = ids.register(EventKind.RATING, t.id(), file, line);
      if (before >= 0) {
        complaints.add(Field.RATING, alreadyUsed(EventKind.RATING, t.id(), before));
        return false;
      }
    }
    deliver(EventKind.TICKET, t, line);
    return true;
  }

  private String alreadyUsed(EventKind kind, String id, long before) {
    int otherFile = IdRegistry.fileOf(before);
    String where = otherFile == file ? "" : " of " + inputs.get(otherFile).name();
    String also =
        kind == EventKind.TICKET
            ? "; a ticket is given once, and its rows must follow each other"
            : "";
    return "'"
        + id
        + "' is already the id of "
        + article(kind)
        + " on line "
        + IdRegistry.lineOf(before)
        + where
        + also;
  }

  private static String article(EventKind kind) {
    String name = kind.name().toLowerCase(java.util.Locale.ROOT);
    return (kind == EventKind.OUTAGE ? "an " : "a ") + name;
  }

  void skippedTicket(String id, long first, long last, long goodRows, String reason) {
    skippedLines += goodRows;
    problem(
        first,
        Field.TICKET.fileName,
        "ticket '"
            + id
            + "' ("
            + TicketAssembler.lineRange(first, last)
            + ") is skipped whole: "
            + reason);
  }

  private void deliver(EventKind kind, Object record, long line) {
    sink.readFrom(inputs.get(file).name(), line);
    switch (kind) {
      case TICKET -> sink.ticket((Ticket) record);
      case OUTAGE -> sink.outage((Outage) record);
      case MAINTENANCE -> sink.maintenance((MaintenanceWindow) record);
      case MEASUREMENT -> sink.measurement((Measurement) record);
      case RATING -> sink.rating((Rating) record);
      case COUNT -> sink.count((CountSample) record);
      case FULFILMENT -> sink.fulfilment((ObligationFulfilment) record);
    }
    delivered[kind.ordinal()]++;
  }

  EventReadSummary summary() {
    Map<EventKind, Long> counts = new EnumMap<>(EventKind.class);
    for (EventKind k : EventKind.values()) {
      if (delivered[k.ordinal()] > 0) {
        counts.put(k, delivered[k.ordinal()]);
      }
    }
    return new EventReadSummary(counts, skippedLines, log.listed(), log.unlisted());
  }
}

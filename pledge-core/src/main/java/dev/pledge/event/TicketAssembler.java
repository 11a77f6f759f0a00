package dev.pledge.event;

import static dev.pledge.event.Field.ASSET;
import static dev.pledge.event.Field.AT;
import static dev.pledge.event.Field.CATEGORY;
import static dev.pledge.event.Field.CAUSE;
import static dev.pledge.event.Field.CUSTOMER;
import static dev.pledge.event.Field.EVENT;
import static dev.pledge.event.Field.RATED_AT;
import static dev.pledge.event.Field.RATING;
import static dev.pledge.event.Field.RATING_SCALE;
import static dev.pledge.event.Field.REASON;
import static dev.pledge.event.Field.REPORTED_VIA;
import static dev.pledge.event.Field.SERVICE;
import static dev.pledge.event.Field.SEVERITY;
import static dev.pledge.event.Field.TICKET;
import static dev.pledge.event.Field.TYPE;

import dev.pledge.clock.TimelineEvent;
import dev.pledge.clock.TimelineEventType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Gathers a ticket written as one row per timeline event. A ticket's rows follow each other (lines
 * of other kinds may come between them); the ticket is complete, and delivered, when a row or line
 * of another ticket comes, or the file ends. Only the open ticket is held, so memory does not grow
 * with the file.
 *
 * <p>Attributes may be on any of a ticket's rows, repeated or not; rows that give one must agree.
 */
final class TicketAssembler {

  private static final Field[] ATTRIBUTES = {
    SERVICE,
    TYPE,
    SEVERITY,
    CUSTOMER,
    ASSET,
    CAUSE,
    CATEGORY,
    REPORTED_VIA,
    RATING,
    RATING_SCALE,
    RATED_AT
  };
  private static final String BAD_ROW = "one of its rows is bad";
  private static final String NEIGHBOUR =
      "a line next to its rows could not be read and may have been one of them";
  private static final String INVALID = "its rows do not make a valid ticket";

  private final Pass pass;
  private final Object[] values = new Object[Field.values().length];
  private final long[] lines = new long[Field.values().length];
  private final List<TimelineEvent> events = new ArrayList<>();
  private String id;
  private long firstLine;
  private long lastLine;
  private long rows;
  private long badRows;
  private String skipReason;
  private boolean suspectNext;

  TicketAssembler(Pass pass) {
    this.pass = pass;
  }

  /** A row of a ticket, its fields checked; bad if it has problems. */
  void row(FieldValues v) {
    String ticket = v.text(TICKET);
    if (ticket == null) {
      unreadable();
      return;
    }
    if (!ticket.equals(id)) {
      finish();
      start(ticket, v);
    }
    rows++;
    lastLine = v.line();
    if (!v.hasProblems()) {
      merge(v);
    }
    if (v.hasProblems()) {
      badRows++;
      skip(BAD_ROW);
      return;
    }
    events.add(new TimelineEvent(v.instant(AT), (TimelineEventType) v.get(EVENT), v.text(REASON)));
  }

  /**
   * A bad line that cannot be told apart: it may have been a row of the ticket before it or of the
   * one after it, so neither is delivered when bad lines are skipped.
   */
  void unreadable() {
    if (!pass.skipsBadLines()) {
      return; // nothing is delivered anyway, and the rows' own problems are worth reporting
    }
    if (id != null) {
      skip(NEIGHBOUR);
    }
    suspectNext = true;
  }

  /** A whole ticket on one line: it ends the open ticket, and no row before it is in doubt. */
  void wholeTicket() {
    finish();
    suspectNext = false;
  }

  /** Delivers the open ticket, if any and if whole. */
  void finish() {
    if (id == null) {
      return;
    }
    if (skipReason == null) {
      deliver();
    }
    if (skipReason != null && pass.skipsBadLines()) {
      pass.skippedTicket(id, firstLine, lastLine, rows - badRows, skipReason);
    }
    id = null;
  }

  private void start(String ticket, FieldValues v) {
    id = ticket;
    firstLine = v.line();
    rows = 0;
    badRows = 0;
    skipReason = null;
    events.clear();
    Arrays.fill(values, null);
    if (suspectNext) {
      skip(NEIGHBOUR);
      suspectNext = false;
    }
    pass.registered(EventKind.TICKET, ticket, v, TICKET);
  }

  private void skip(String reason) {
    if (skipReason == null) {
      skipReason = reason;
    }
  }

  private void merge(FieldValues v) {
    for (Field f : ATTRIBUTES) {
      if (!v.has(f)) {
        continue;
      }
      Object earlier = values[f.ordinal()];
      if (earlier == null) {
        values[f.ordinal()] = v.get(f);
        lines[f.ordinal()] = v.line();
      } else if (!same(earlier, v.get(f))) {
        v.problem(
            f,
            show(v.get(f))
                + " differs from "
                + show(earlier)
                + " given for ticket '"
                + id
                + "' on line "
                + lines[f.ordinal()]
                + "; the rows of a ticket must agree");
      }
    }
  }

  private void deliver() {
    for (Field f : List.of(SERVICE, TYPE)) {
      if (values[f.ordinal()] == null) {
        pass.problem(
            firstLine,
            f.fileName,
            "ticket '"
                + id
                + "' ("
                + lineRange(firstLine, lastLine)
                + ") has no "
                + f.fileName
                + " on any of its rows; give it on one of them at least");
        skip(INVALID);
      }
    }
    if (skipReason != null) {
      return;
    }
    Records.Complaints complaints = (f, m) -> pass.problem(lineOf(f), f.fileName, m);
    Ticket t = Records.ticket(id, f -> values[f.ordinal()], events, complaints);
    if (t == null || !pass.deliverTicket(t, firstLine, complaints)) {
      skip(INVALID);
    }
  }

  private long lineOf(Field f) {
    return values[f.ordinal()] == null ? firstLine : lines[f.ordinal()];
  }

  static String lineRange(long first, long last) {
    return first == last ? "line " + first : "lines " + first + "-" + last;
  }

  private static boolean same(Object a, Object b) {
    if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
      return x.compareTo(y) == 0;
    }
    return a.equals(b);
  }

  private static String show(Object value) {
    if (value instanceof TicketType t) {
      return "'" + t.fileName() + "'";
    }
    return "'" + (value instanceof BigDecimal d ? d.toPlainString() : value) + "'";
  }
}

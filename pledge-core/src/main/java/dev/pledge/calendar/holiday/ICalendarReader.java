package dev.pledge.calendar.holiday;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Walks the content lines of an iCalendar file and collects its VEVENTs. Properties of other
 * components (VTIMEZONE, VTODO, VALARM inside an event, ...) are ignored.
 */
final class ICalendarReader {

  private record Open(String name, int line) {}

  private final Problems problems;
  private final Deque<Open> open = new ArrayDeque<>();
  private final List<CalendarEvent> events = new ArrayList<>();
  private EventLines event;
  private boolean sawCalendar;

  ICalendarReader(Problems problems) {
    this.problems = problems;
  }

  static List<CalendarEvent> read(List<ContentLine> lines, Problems problems) {
    ICalendarReader reader = new ICalendarReader(problems);
    lines.forEach(reader::accept);
    return reader.finish();
  }

  private void accept(ContentLine l) {
    switch (l.name()) {
      case "BEGIN" -> begin(l);
      case "END" -> end(l);
      default -> {
        if (event != null && open.peek().name().equals("VEVENT")) {
          event.property(l);
        }
      }
    }
  }

  private void begin(ContentLine l) {
    String name = l.value().strip().toUpperCase(Locale.ROOT);
    sawCalendar |= name.equals("VCALENDAR");
    if (name.equals("VEVENT")) {
      if (event != null) {
        problems.add(
            l.line(),
            "BEGIN",
            "BEGIN:VEVENT inside another VEVENT (line "
                + event.line
                + "); close the first with END:VEVENT");
      }
      event = new EventLines(l.line(), problems);
    }
    open.push(new Open(name, l.line()));
  }

  private void end(ContentLine l) {
    String name = l.value().strip().toUpperCase(Locale.ROOT);
    if (open.stream().noneMatch(o -> o.name().equals(name))) {
      problems.add(l.line(), "END", "END:" + name + " has no BEGIN:" + name + " before it");
      return;
    }
    if (!open.peek().name().equals(name)) {
      Open top = open.peek();
      problems.add(
          l.line(),
          "END",
          "END:"
              + name
              + " comes before END:"
              + top.name()
              + " of the BEGIN:"
              + top.name()
              + " on line "
              + top.line());
    }
    Open closed;
    do {
      closed = open.pop();
      if (closed.name().equals("VEVENT")) {
        close();
      }
    } while (!closed.name().equals(name));
  }

  private void close() {
    if (event == null) {
      return; // a nested VEVENT, already reported
    }
    CalendarEvent e = event.build();
    if (e != null) {
      events.add(e);
    }
    event = null;
  }

  private List<CalendarEvent> finish() {
    for (Open o : open) {
      problems.add(o.line(), "BEGIN", "BEGIN:" + o.name() + " has no END:" + o.name());
    }
    if (!sawCalendar) {
      problems.add(1, "BEGIN", "there is no BEGIN:VCALENDAR; this is not an iCalendar file");
    }
    return events;
  }

  /** The properties of one VEVENT, checked as they arrive. */
  private static final class EventLines {
    private static final Set<String> SINGLE =
        Set.of(
            "DTSTART", "DTEND", "DURATION", "SUMMARY", "RRULE", "UID", "RECURRENCE-ID", "STATUS");

    final int line;
    private final Problems problems;
    private final Set<String> seen = new HashSet<>();
    private boolean bad;
    private ICalValue.When start;
    private ICalValue.When end;
    private int endLine;
    private Duration duration;
    private String summary = "";
    private YearlyRule rule;
    private final List<LocalDateTime> extraStarts = new ArrayList<>();
    private final Set<LocalDate> excluded = new HashSet<>();
    private String uid = "";
    private LocalDate recurrenceId;
    private boolean cancelled;

    EventLines(int line, Problems problems) {
      this.line = line;
      this.problems = problems;
    }

    void property(ContentLine l) {
      String name = l.name();
      if (SINGLE.contains(name) && !seen.add(name)) {
        fail(
            l.line(),
            name,
            "a second "
                + name
                + " in the VEVENT that begins on line "
                + line
                + "; an event has one");
        return;
      }
      switch (name) {
        case "DTSTART" -> start = when(l, l.value());
        case "DTEND" -> {
          end = when(l, l.value());
          endLine = l.line();
        }
        case "DURATION" -> duration = check(ICalValue.duration(l.line(), l.value(), problems));
        case "SUMMARY" -> summary = ICalValue.text(l.value()).strip();
        case "RRULE" -> rule = check(YearlyRule.parse(l.line(), l.value(), problems));
        case "EXDATE" -> dates(l).forEach(w -> excluded.add(w.date()));
        case "RDATE" -> dates(l).forEach(w -> extraStarts.add(w.at()));
        case "UID" -> uid = l.value().strip();
        case "RECURRENCE-ID" -> {
          ICalValue.When w = when(l, l.value());
          recurrenceId = w == null ? null : w.date();
        }
        case "STATUS" -> cancelled = l.value().strip().equalsIgnoreCase("CANCELLED");
        default -> {}
      }
    }

    private List<ICalValue.When> dates(ContentLine l) {
      if (l.param("VALUE").equalsIgnoreCase("PERIOD")) {
        fail(l.line(), l.name(), l.name() + " VALUE=PERIOD is not supported; list dates");
        return List.of();
      }
      List<ICalValue.When> out = new ArrayList<>();
      for (String v : l.value().split(",")) {
        ICalValue.When w = when(l, v);
        if (w != null) {
          out.add(w);
        }
      }
      return out;
    }

    private ICalValue.When when(ContentLine l, String value) {
      return check(ICalValue.when(l.line(), l.name(), l.param("VALUE"), value, problems));
    }

    private <T> T check(T parsed) {
      bad |= parsed == null;
      return parsed;
    }

    CalendarEvent build() {
      if (start == null) {
        if (!bad) {
          fail(line, "DTSTART", "the VEVENT that begins on this line has no DTSTART");
        }
        return null;
      }
      if (end != null && duration != null) {
        fail(endLine, "DTEND", "the event has both DTEND and DURATION; keep one");
      }
      if (end != null && end.at().isBefore(start.at())) {
        fail(endLine, "DTEND", "DTEND " + end + " is before DTSTART " + start);
      }
      if (rule != null) {
        rule.check(start.at(), problems);
      }
      return bad ? null : event();
    }

    private CalendarEvent event() {
      Duration length =
          end != null
              ? Duration.between(start.at(), end.at())
              : duration != null ? duration : Duration.ZERO;
      return new CalendarEvent(
          start.at(), length, summary, rule, extraStarts, excluded, uid, recurrenceId, cancelled);
    }

    private void fail(int at, String field, String message) {
      problems.add(at, field, message);
      bad = true;
    }
  }
}

package dev.pledge.cli;

import dev.pledge.calendar.BusinessCalendar;
import dev.pledge.calendar.CalendarFile;
import dev.pledge.calendar.Deadline;
import dev.pledge.calendar.NamedCalendar;
import dev.pledge.time.Durations;
import dev.pledge.time.TimeRange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pledge calendar}: a business-time calculator over a calendar file. */
@Command(
    name = "calendar",
    mixinStandardHelpOptions = true,
    description = {
      "Business time on a calendar file (format: docs/calendar-format.md).",
      "Instants with an offset (2026-11-20T17:30+08:00) are exact; without one they are read in"
          + " the calendar's zone."
    },
    subcommands = {
      CalendarCommand.Between.class,
      CalendarCommand.Due.class,
      CalendarCommand.Windows.class
    })
final class CalendarCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Options and arguments every calendar question shares. */
  abstract static class Question implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CALENDAR", description = "the calendar file (YAML)")
    Path file;

    @Option(names = "--json", description = "print one JSON object instead of text")
    boolean json;

    NamedCalendar load() {
      if (!Files.isRegularFile(file)) {
        throw new IllegalArgumentException("CALENDAR file '" + file + "' does not exist");
      }
      return CalendarFile.read(file);
    }

    String at(Instant instant, ZoneId zone) {
      String text = InstantArgument.format(instant, zone);
      if (json) {
        return text;
      }
      String day =
          instant.atZone(zone).getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
      return text + "  " + day;
    }

    Output head(NamedCalendar c) {
      return new Output().put("calendar", c.name()).put("zone", c.calendar().zone().getId());
    }

    int print(Output o) {
      o.print(spec.commandLine().getOut(), json);
      return 0;
    }
  }

  @Command(
      name = "between",
      mixinStandardHelpOptions = true,
      description = "Business time in [FROM, TO): the open time of the calendar between them.")
  static final class Between extends Question {
    @Parameters(index = "1", paramLabel = "FROM", description = "start, inclusive")
    String from;

    @Parameters(index = "2", paramLabel = "TO", description = "end, exclusive; not before FROM")
    String to;

    @Override
    public Integer call() {
      NamedCalendar c = load();
      ZoneId zone = c.calendar().zone();
      Instant a = InstantArgument.parse("FROM", from, zone);
      Instant b = InstantArgument.parse("TO", to, zone);
      if (b.isBefore(a)) {
        throw new IllegalArgumentException("TO " + to + " is before FROM " + from);
      }
      Duration d = c.calendar().businessTimeBetween(a, b);
      return print(
          head(c)
              .put("from", at(a, zone))
              .put("to", at(b, zone))
              .put("business_time", json ? d.toString() : Durations.format(d))
              .put("business_seconds", Durations.toSeconds(d)));
    }
  }

  @Command(
      name = "due",
      mixinStandardHelpOptions = true,
      description = {
        "The deadlines of TARGET business time counted from START:",
        "due = the earliest instant the counted time reaches TARGET;",
        "breach_after = the last instant it still equals TARGET (the next opening when due is a"
            + " closing time). A running clock is breached iff now is after breach_after."
      })
  static final class Due extends Question {
    @Parameters(index = "1", paramLabel = "START", description = "when the clock starts")
    String start;

    @Parameters(
        index = "2",
        paramLabel = "TARGET",
        description = "counted time: 5m, 2h, 1h30m, 45s or PT2H")
    String target;

    @Override
    public Integer call() {
      NamedCalendar c = load();
      ZoneId zone = c.calendar().zone();
      Instant s = InstantArgument.parse("START", start, zone);
      Duration t;
      try {
        t = Durations.parse(target);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("TARGET " + e.getMessage());
      }
      if (t.isNegative()) {
        throw new IllegalArgumentException("TARGET '" + target + "' is negative");
      }
      Optional<Deadline> d = c.calendar().deadline(s, t);
      if (d.isEmpty()) {
        spec.commandLine()
            .getErr()
            .println("failed: the calendar has no working time within 200 years after " + start);
        return BadInputHandler.FAILED;
      }
      return print(
          head(c)
              .put("start", at(s, zone))
              .put("target", json ? t.toString() : Durations.format(t))
              .put("target_seconds", Durations.toSeconds(t))
              .put("due", at(d.get().due(), zone))
              .put("breach_after", at(d.get().breachAfter(), zone)));
    }
  }

  @Command(
      name = "windows",
      mixinStandardHelpOptions = true,
      description = "The open windows of each date from FIRST to LAST (inclusive), as instants.")
  static final class Windows extends Question {
    @Parameters(index = "1", paramLabel = "FIRST", description = "first date, e.g. 2026-11-23")
    String first;

    @Parameters(
        index = "2",
        arity = "0..1",
        paramLabel = "LAST",
        description = "last date (default: FIRST)")
    String last;

    @Override
    public Integer call() {
      NamedCalendar c = load();
      BusinessCalendar cal = c.calendar();
      LocalDate a = InstantArgument.date("FIRST", first);
      LocalDate b = last == null ? a : InstantArgument.date("LAST", last);
      if (b.isBefore(a) || a.plusYears(5).isBefore(b)) {
        throw new IllegalArgumentException(
            "LAST must be on or after FIRST and within 5 years of it");
      }
      List<Map<String, Object>> rows = new ArrayList<>();
      for (LocalDate d = a; !d.isAfter(b); d = d.plusDays(1)) {
        for (TimeRange w : cal.windowsOn(d)) {
          rows.add(row(d, w, cal.zone()));
        }
      }
      if (json) {
        return print(head(c).put("windows", rows));
      }
      var out = spec.commandLine().getOut();
      out.println("calendar  " + c.name() + " (" + cal.zone().getId() + ")");
      for (Map<String, Object> r : rows) {
        out.println(
            r.get("date") + "  " + r.get("start") + " .. " + r.get("end") + "  " + r.get("length"));
      }
      out.flush();
      return 0;
    }

    private Map<String, Object> row(LocalDate date, TimeRange w, ZoneId zone) {
      Duration len = w.duration();
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("date", date.toString());
      row.put("start", InstantArgument.format(w.startInclusive(), zone));
      row.put("end", InstantArgument.format(w.endExclusive(), zone));
      row.put("length", json ? len.toString() : Durations.format(len));
      return row;
    }
  }
}

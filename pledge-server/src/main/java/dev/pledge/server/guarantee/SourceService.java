package dev.pledge.server.guarantee;

import dev.pledge.calendar.CalendarFile;
import dev.pledge.calendar.holiday.HolidayFileException;
import dev.pledge.calendar.holiday.HolidaySchedule;
import dev.pledge.calendar.holiday.ICalendarHolidays;
import dev.pledge.guarantee.GuaranteeFile;
import dev.pledge.server.audit.Audit;
import dev.pledge.server.guarantee.SourceFiles.StoredSource;
import dev.pledge.server.system.ApiException;
import dev.pledge.server.system.Caller;
import dev.pledge.server.system.InvalidDefinitionInput;
import dev.pledge.yaml.InvalidDefinitionException;
import dev.pledge.yaml.Location;
import dev.pledge.yaml.Problem;
import dev.pledge.yaml.Problems;
import dev.pledge.yaml.Sources;
import dev.pledge.yaml.YamlReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Templates, calendars and holiday schedules that guarantees name instead of writing them inline.
 * Each is checked on upload as the command line would check the file, and kept in versions.
 */
@Service
class SourceService {

  /** Where a stored guarantee's messages say its named texts were looked for. */
  static final String STORED =
      "the templates, calendars and holiday schedules stored on this server"
          + " (PUT /api/templates/{name}, /api/calendars/{name}, /api/holiday-schedules/{name})";

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");
  private static final int ICS_FIRST_YEAR = 1990;
  private static final int ICS_LAST_YEAR = 2100;

  private final SourceFiles files;
  private final Audit audit;
  private final Clock clock;

  SourceService(SourceFiles files, Audit audit, Clock clock) {
    this.files = files;
    this.audit = audit;
    this.clock = clock;
  }

  /** The outcome of an upload: the version stored, and whether it was new. */
  record Upload(StoredSource stored, boolean created) {}

  /**
   * Checks {@code text} as a {@code kind} and stores it as the latest version of {@code name},
   * logged as e.g. {@code template.upload}; the same text again changes nothing and logs nothing.
   */
  @Transactional
  Upload upload(SourceKind kind, String name, String text, Caller caller) {
    checkName(kind, name);
    Optional<StoredSource> latest = files.latest(name);
    if (latest.isPresent() && latest.get().kind() != kind) {
      throw ApiException.conflict(
          "name",
          "'"
              + name
              + "' is already stored as a "
              + latest.get().kind().stored()
              + "; guarantees name templates, calendars and holiday schedules alike, so pick"
              + " another name");
    }
    if (latest.isPresent() && latest.get().text().equals(text)) {
      return new Upload(latest.get(), false);
    }
    check(kind, name, text);
    StoredSource stored =
        new StoredSource(
            name, latest.map(s -> s.version() + 1).orElse(1), kind, text, clock.instant());
    files.add(stored);
    String type =
        switch (kind) {
          case TEMPLATE -> "template";
          case CALENDAR -> "calendar";
          case HOLIDAYS -> "holiday_schedule";
        };
    audit.record(
        caller,
        null,
        type + ".upload",
        type,
        name,
        latest.map(SourceController.SourceView::of).orElse(null),
        SourceController.SourceView.of(stored));
    return new Upload(stored, true);
  }

  Optional<StoredSource> latest(SourceKind kind, String name) {
    return files.latest(name).filter(s -> s.kind() == kind);
  }

  List<StoredSource> list(SourceKind kind) {
    return files.latestOfKind(kind);
  }

  /**
   * The latest stored texts, as a guarantee being uploaded sees them; every text opened is put in
   * {@code used}, so the guarantee version keeps exactly what it was read with.
   */
  Sources recording(Map<String, String> used) {
    return recording(used, Map.of());
  }

  private Sources recording(Map<String, String> used, Map<String, String> pending) {
    return new Sources() {
      @Override
      public Optional<Source> open(String name) {
        String key = Sources.flat(name);
        Optional<String> text =
            Optional.ofNullable(pending.get(key))
                .or(() -> files.latest(key).map(StoredSource::text));
        text.ifPresent(t -> used.put(key, t));
        return text.map(t -> new Source(key, t, this));
      }

      @Override
      public String lookedFor(String name) {
        return "looked among " + STORED;
      }
    };
  }

  private static void checkName(SourceKind kind, String name) {
    if (!NAME.matcher(name).matches()) {
      throw ApiException.badInput(
          "name",
          "'"
              + name
              + "' is not a usable name: use letters, digits, '.', '_' and '-' (at most 200),"
              + " starting with a letter or digit");
    }
    String lower = name.toLowerCase();
    if (kind == SourceKind.HOLIDAYS && !lower.endsWith(".ics") && !lower.endsWith(".csv")) {
      throw ApiException.badInput(
          "name",
          "a holiday schedule's name ends in .ics (iCalendar) or .csv (date,kind,name), which"
              + " says how it is read: e.g. company-2026.ics");
    }
  }

  /** Checks the text; its problems are titled for what was uploaded, not as a guarantee's. */
  private void check(SourceKind kind, String name, String text) {
    try {
      switch (kind) {
        case TEMPLATE -> checkTemplate(name, text);
        case CALENDAR -> checkCalendar(name, text);
        case HOLIDAYS -> checkHolidays(name, text);
      }
    } catch (InvalidDefinitionException e) {
      throw new InvalidDefinitionInput(kind.invalidTitle(), null, e);
    }
  }

  /**
   * A template must make a whole guarantee once a customer's file extends it with its id and
   * validity, so mistakes show when the template is stored, not when a customer's guarantee is.
   */
  private void checkTemplate(String name, String text) {
    String customer = "extends: " + name + "\nid: template-check\nvalid: {from: 2000-01-01}\n";
    GuaranteeFile.parse(
        customer, "a guarantee extending " + name, recording(new TreeMap<>(), Map.of(name, text)));
  }

  private void checkCalendar(String name, String text) {
    Problems problems = new Problems(name);
    CalendarFile.read(
        YamlReader.read(text, name), problems, name, recording(new TreeMap<>(), Map.of()));
    problems.throwIfAny();
  }

  private static void checkHolidays(String name, String text) {
    try {
      HolidaySchedule unused =
          name.toLowerCase().endsWith(".ics")
              ? ICalendarHolidays.parseFile(
                  name, text.getBytes(StandardCharsets.UTF_8), ICS_FIRST_YEAR, ICS_LAST_YEAR)
              : HolidaySchedule.parseFile(name, text);
    } catch (HolidayFileException e) {
      List<Problem> problems =
          e.problems().stream()
              .map(p -> new Problem(new Location(p.line(), 1, name), p.field(), p.message()))
              .toList();
      throw new InvalidDefinitionException(name, problems);
    }
  }
}

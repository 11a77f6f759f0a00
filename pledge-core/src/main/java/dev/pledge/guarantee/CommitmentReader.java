package dev.pledge.guarantee;

import static dev.pledge.clock.TimelineEventType.ACKNOWLEDGED;
import static dev.pledge.clock.TimelineEventType.CLOSED;
import static dev.pledge.clock.TimelineEventType.DIAGNOSED;
import static dev.pledge.clock.TimelineEventType.DISPATCHED;
import static dev.pledge.clock.TimelineEventType.ESCALATED;
import static dev.pledge.clock.TimelineEventType.ON_SITE;
import static dev.pledge.clock.TimelineEventType.PROGRESS_UPDATE;
import static dev.pledge.clock.TimelineEventType.REPORTED;
import static dev.pledge.clock.TimelineEventType.RESOLVED;
import static dev.pledge.clock.TimelineEventType.RESTORED;

import dev.pledge.calendar.BusinessCalendar;
import dev.pledge.calendar.NamedCalendar;
import dev.pledge.clock.ClockDefinition;
import dev.pledge.clock.ReopenMode;
import dev.pledge.clock.TimelineEventType;
import dev.pledge.period.AvailabilityCommitment;
import dev.pledge.period.CountRatioCommitment;
import dev.pledge.period.LatencyCommitment;
import dev.pledge.period.PeriodKind;
import dev.pledge.period.RatingCommitment;
import dev.pledge.remedy.Remedy;
import dev.pledge.yaml.Problems;
import dev.pledge.yaml.YamlNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** Reads and checks the {@code commitments} of a guarantee. */
final class CommitmentReader {

  /** A ticket clock kind: when its clock starts and stops, and the tickets it suits. */
  record ClockKind(
      TimelineEventType start,
      TimelineEventType stop,
      TimelineEventType restart,
      Set<String> types) {}

  static final Map<String, ClockKind> CLOCK_KINDS = clockKinds();

  static final List<String> PERIOD_KINDS =
      List.of(
          "availability",
          "downtime_budget",
          "maintenance_budget",
          "trouble_free_days",
          "latency",
          "rating",
          "ratio",
          "obligation");

  /** Ten years of working days: beyond this a target is surely a typo. */
  private static final int MAX_WORKING_DAYS = 2500;

  static final List<String> COMMON = List.of("id", "kind", "name", "window", "remedies");

  static final List<String> CLOCK_KEYS =
      List.of(
          "scope",
          "target",
          "targets",
          "category_targets",
          "calendar",
          "start",
          "stop",
          "restart",
          "pause_reasons",
          "pause_on_any_reason",
          "reopen",
          "thresholds",
          "min_on_time_percent");

  private static final List<String> AVAILABILITY_KEYS =
      List.of(
          "service",
          "min_percent",
          "max_downtime",
          "max_maintenance",
          "max_outages",
          "min_trouble_free_days",
          "count_from",
          "denominator",
          "unapproved_maintenance",
          "report_within",
          "excluded_causes");

  private static final List<String> LATENCY_KEYS =
      List.of("metric", "unit", "max_average", "max", "percentile", "exceedances");

  private static final List<String> RATING_KEYS =
      List.of("scale", "min_satisfied_percent", "satisfied_from", "min_average");

  private static final List<String> OBLIGATION_KEYS =
      List.of("recurrence", "due", "calendar", "minimum");

  private static final List<String> RATIO_KEYS =
      List.of("metric", "max_percent", "min_percent", "max_ratio", "min_ratio");

  private final Problems problems;
  private final GuaranteeReader.Context context;
  private final RemedyReader remedies;

  CommitmentReader(Problems problems, GuaranteeReader.Context context) {
    this.problems = problems;
    this.context = context;
    this.remedies = new RemedyReader(problems, context.hasFee());
  }

  List<Commitment> commitments(YamlNode node) {
    List<Commitment> out = new ArrayList<>();
    Set<String> ids = new LinkedHashSet<>();
    List<YamlNode> items = problems.list(node);
    if (items.isEmpty()) {
      problems.add(node, "a guarantee needs at least one commitment");
    }
    for (YamlNode item : items) {
      problems
          .mapping(item)
          .flatMap(this::commitment)
          .ifPresent(
              c -> {
                if (ids.add(c.id())) {
                  out.add(c);
                } else {
                  problems.add(
                      item, "commitment id '" + c.id() + "' is used twice; ids must be unique");
                }
              });
    }
    return out;
  }

  private Optional<Commitment> commitment(YamlNode.Mapping m) {
    String id =
        problems
            .required(m, "id", "a short name such as response")
            .flatMap(problems::text)
            .orElse("?");
    Optional<String> kind =
        problems
            .required(m, "kind", "what is promised, e.g. response or availability")
            .flatMap(problems::text);
    if (kind.isEmpty()) {
      return Optional.empty();
    }
    LocalizedText name =
        m.get("name").flatMap(n -> GuaranteeReader.text(problems, n)).orElse(LocalizedText.of(id));
    String k = kind.get();
    if (CLOCK_KINDS.containsKey(k)) {
      problems.onlyKeys(m, concat(COMMON, CLOCK_KEYS));
      return ticketClock(m, id, name, k);
    }
    PeriodKind window =
        window(m, k.equals("trouble_free_days") ? PeriodKind.YEAR : PeriodKind.MONTH);
    List<Remedy> rem = m.get("remedies").map(r -> remedies.read(r, k)).orElse(List.of());
    switch (k) {
      case "availability", "downtime_budget", "maintenance_budget", "trouble_free_days" -> {
        problems.onlyKeys(m, concat(COMMON, AVAILABILITY_KEYS));
        return availability(m, id, k)
            .map(a -> new Commitment.Availability(id, name, k, a, window, rem));
      }
      case "latency" -> {
        problems.onlyKeys(m, concat(COMMON, LATENCY_KEYS));
        return latency(m, id).map(l -> new Commitment.Latency(id, name, l, window, rem));
      }
      case "rating" -> {
        problems.onlyKeys(m, concat(COMMON, RATING_KEYS));
        return rating(m, id).map(r -> new Commitment.Rating(id, name, r, window, rem));
      }
      case "obligation" -> {
        problems.onlyKeys(m, concat(COMMON, OBLIGATION_KEYS));
        return new ObligationReader(problems, context)
            .read(m, id, name)
            .map(o -> new Commitment.Obligation(id, name, o, window, rem));
      }
      case "ratio" -> {
        problems.onlyKeys(m, concat(COMMON, RATIO_KEYS));
        return ratio(m, id).map(r -> new Commitment.Ratio(id, name, r, window, rem));
      }
      default -> {
        List<String> all = concat(List.copyOf(CLOCK_KINDS.keySet()), PERIOD_KINDS);
        String closest = Problems.closest(k, all);
        problems.add(
            m.get("kind").get(),
            "kind '"
                + k
                + "' is not known"
                + (closest == null ? "" : "; did you mean '" + closest + "'?")
                + " Kinds: "
                + String.join(", ", all));
        return Optional.empty();
      }
    }
  }

  private PeriodKind window(YamlNode.Mapping m, PeriodKind otherwise) {
    return m.get("window")
        .flatMap(
            w ->
                problems.parse(
                    w,
                    "month, quarter or year",
                    t -> PeriodKind.valueOf(t.toUpperCase(Locale.ROOT))))
        .orElse(otherwise);
  }

  // ---- ticket clocks ----

  private Optional<Commitment> ticketClock(
      YamlNode.Mapping m, String id, LocalizedText name, String kind) {
    ClockKind defaults = CLOCK_KINDS.get(kind);
    Scope scope =
        m.get("scope")
            .map(s -> scope(s, defaults))
            .orElse(new Scope(Set.of(), defaults.types(), Set.of()));
    Optional<NamedCalendar> calendar = calendar(m);
    TimelineEventType[] start = events(m, "start", defaults.start());
    TimelineEventType[] stop = events(m, "stop", defaults.stop());
    TimelineEventType[] restart = events(m, "restart", defaults.restart());
    if (start.length == 0 || stop.length == 0) {
      problems.add(
          m,
          "a ticket_clock needs 'start' and 'stop' events, e.g. start: reported, stop: escalated");
      return Optional.empty();
    }
    Map<String, Target> targets = targets(m, scope);
    List<CategoryTarget> categoryTargets =
        m.get("category_targets").map(this::categoryTargets).orElse(List.of());
    BigDecimal minOnTime =
        m.get("min_on_time_percent").flatMap(v -> percent(v)).orElse(BigDecimal.valueOf(100));
    List<Remedy> rem = m.get("remedies").map(r -> remedies.read(r, kind)).orElse(List.of());
    PeriodKind window = window(m, PeriodKind.MONTH);
    if (calendar.isEmpty() || targets.isEmpty()) {
      return Optional.empty();
    }
    Map<String, ClockDefinition> bySeverity = new LinkedHashMap<>();
    Optional<ClockDefinition> otherwise = Optional.empty();
    for (Map.Entry<String, Target> t : targets.entrySet()) {
      Optional<ClockDefinition> def = clock(m, t.getValue(), calendar.get(), start, stop, restart);
      if (def.isEmpty()) {
        return Optional.empty();
      }
      if (t.getKey() == null) {
        otherwise = def;
      } else {
        bySeverity.put(t.getKey(), def.get());
      }
    }
    List<Commitment.CategoryClock> byCategory = new ArrayList<>();
    for (CategoryTarget c : categoryTargets) {
      Optional<ClockDefinition> def = clock(m, c.target(), calendar.get(), start, stop, restart);
      if (def.isEmpty()) {
        return Optional.empty();
      }
      byCategory.add(new Commitment.CategoryClock(c.category(), c.name(), def.get()));
    }
    return Optional.of(
        new Commitment.TicketClock(
            id, name, kind, scope, bySeverity, otherwise, minOnTime, window, rem, byCategory));
  }

  /** One target's clock; every other setting is the commitment's. */
  private Optional<ClockDefinition> clock(
      YamlNode.Mapping m,
      Target target,
      NamedCalendar calendar,
      TimelineEventType[] start,
      TimelineEventType[] stop,
      TimelineEventType[] restart) {
    ClockDefinition.Builder b =
        ClockDefinition.builder().calendar(calendar.calendar()).startOn(start).stopOn(stop);
    target.applyTo(b);
    if (restart.length > 0) {
      b.restartOn(restart);
    }
    pauses(m, b);
    m.get("reopen")
        .flatMap(
            r ->
                problems.parse(
                    r,
                    "continue, new_cycle or ignore",
                    t2 -> ReopenMode.valueOf(t2.toUpperCase(Locale.ROOT))))
        .ifPresent(b::reopen);
    m.get("thresholds").ifPresent(th -> b.thresholds(thresholds(th)));
    return build(m, b);
  }

  /** A category's own target, with the name the letter calls it by. */
  record CategoryTarget(String category, Optional<LocalizedText> name, Target target) {}

  /**
   * {@code category_targets: {new-domain: 48h}}, or with a name for the letter: {@code {new-domain:
   * {target: 48h, name: {zh: 新域名开通, en: a new domain is set up}}}}.
   */
  private List<CategoryTarget> categoryTargets(YamlNode node) {
    List<CategoryTarget> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    problems
        .mapping(node)
        .ifPresent(
            t -> {
              for (YamlNode.Entry e : t.entries().values()) {
                String path = t.path() + "." + e.key();
                if (!seen.add(Exclusions.normalize(e.key()))) {
                  problems.add(
                      e.keyLocation(),
                      path,
                      "category '"
                          + e.key()
                          + "' is given twice; categories compare without case, '-' or '_'");
                  continue;
                }
                if (e.value() instanceof YamlNode.Mapping v) {
                  problems.onlyKeys(v, List.of("target", "name"));
                  Optional<LocalizedText> name =
                      v.get("name").flatMap(n -> GuaranteeReader.text(problems, n));
                  problems
                      .required(v, "target", "the category's target, e.g. 48h")
                      .flatMap(this::target)
                      .ifPresent(d -> out.add(new CategoryTarget(e.key(), name, d)));
                } else {
                  target(e.value())
                      .ifPresent(d -> out.add(new CategoryTarget(e.key(), Optional.empty(), d)));
                }
              }
            });
    return out;
  }

  private Optional<ClockDefinition> build(YamlNode.Mapping m, ClockDefinition.Builder b) {
    try {
      return Optional.of(b.build());
    } catch (IllegalArgumentException e) {
      problems.add(m, e.getMessage());
      return Optional.empty();
    }
  }

  private void pauses(YamlNode.Mapping m, ClockDefinition.Builder b) {
    boolean any =
        m.get("pause_on_any_reason")
            .flatMap(v -> problems.parse(v, "true or false", GuaranteeReader::bool))
            .orElse(false);
    if (any) {
      b.pauseOnAnyReason();
    }
    m.get("pause_reasons")
        .ifPresent(
            r -> {
              List<String> reasons = new ArrayList<>();
              problems.list(r).forEach(i -> problems.text(i).ifPresent(reasons::add));
              b.pauseReasons(reasons);
            });
  }

  private int[] thresholds(YamlNode node) {
    return problems.list(node).stream()
        .map(i -> problems.parse(i, "a whole percentage such as 75", Integer::parseInt))
        .flatMap(Optional::stream)
        .mapToInt(Integer::intValue)
        .toArray();
  }

  /**
   * A clock's target as written: counted time ({@code 7h30m}) or whole working days of the calendar
   * ({@code 1 working day}, {@code 15 working days}).
   */
  record Target(Duration time, int workingDays) {

    private static final java.util.regex.Pattern WORKING_DAYS =
        java.util.regex.Pattern.compile("(\\d+)\\s+working\\s+days?");

    static final String FORMS =
        "a duration such as 5m, 2h or 1h30m, or whole working days such as 1 working day or 15"
            + " working days";

    /** Parses a target; other spellings are refused with the forms accepted. */
    static Target parse(String text) {
      String lower = text.strip().toLowerCase(Locale.ROOT);
      java.util.regex.Matcher days = WORKING_DAYS.matcher(lower);
      if (days.matches()) {
        return new Target(null, Integer.parseInt(days.group(1)));
      }
      if (lower.contains("day")) {
        throw new IllegalArgumentException(
            "days of counted time are ambiguous: write hours such as 48h, or working days as"
                + " '2 working days'");
      }
      return new Target(dev.pledge.time.Durations.parse(text), 0);
    }

    void applyTo(ClockDefinition.Builder b) {
      if (time == null) {
        b.workingDays(workingDays);
      } else {
        b.target(time);
      }
    }
  }

  /** A positive target of counted time or working days; a problem named at the node otherwise. */
  private Optional<Target> target(YamlNode node) {
    Optional<Target> t = problems.parse(node, Target.FORMS, Target::parse);
    if (t.isEmpty()) {
      return t;
    }
    if (t.get().time() == null) {
      int days = t.get().workingDays();
      if (days < 1 || days > MAX_WORKING_DAYS) {
        problems.add(
            node,
            "a target of "
                + days
                + " working days is not allowed: give from 1 to "
                + MAX_WORKING_DAYS
                + " working days");
        return Optional.empty();
      }
      return t;
    }
    Duration d = t.get().time();
    if (d.isZero() || d.isNegative()) {
      problems.add(
          node,
          "a duration of "
              + dev.pledge.time.Durations.format(d)
              + " is not allowed: it must be more than zero");
      return Optional.empty();
    }
    return t;
  }

  /** {@code target: 2h} for every ticket, or {@code targets: {sev1: 1h, sev2: 4h}} per severity. */
  private Map<String, Target> targets(YamlNode.Mapping m, Scope scope) {
    Map<String, Target> out = new LinkedHashMap<>();
    if (m.has("target") == m.has("targets")) {
      problems.add(
          m,
          "give either 'target: 2h' (every ticket) or 'targets: {sev1: 1h, sev2: 4h}' (per severity)");
      return out;
    }
    if (m.has("target")) {
      target(m.get("target").get()).ifPresent(d -> out.put(null, d));
      return out;
    }
    problems
        .mapping(m.get("targets").get())
        .ifPresent(
            t -> {
              for (YamlNode.Entry e : t.entries().values()) {
                if (!context.severities().contains(e.key())) {
                  problems.add(
                      e.keyLocation(),
                      t.path() + "." + e.key(),
                      GuaranteeReader.unknown("severity", e.key(), context.severities()));
                  continue;
                }
                if (!scope.severities().isEmpty() && !scope.severities().contains(e.key())) {
                  problems.add(
                      e.keyLocation(),
                      t.path() + "." + e.key(),
                      "severity '"
                          + e.key()
                          + "' has a target but is outside the commitment's scope");
                }
                target(e.value()).ifPresent(d -> out.put(e.key(), d));
              }
            });
    return out;
  }

  private Optional<NamedCalendar> calendar(YamlNode.Mapping m) {
    Optional<String> name = m.get("calendar").flatMap(problems::text);
    if (name.isEmpty() && context.defaultCalendar() != null) {
      name = Optional.of(context.defaultCalendar());
    }
    if (name.isEmpty()) {
      if (context.calendars().isEmpty()) {
        return Optional.of(new NamedCalendar("24x7", BusinessCalendar.allDay(context.zone())));
      }
      problems.add(
          m,
          "which calendar does this clock run on? add 'calendar: "
              + context.calendars().keySet().iterator().next()
              + "' or set 'default_calendar'");
      return Optional.empty();
    }
    String calendar = name.get();
    NamedCalendar c = context.calendars().get(calendar);
    if (c == null) {
      // An unknown or unreadable default calendar is reported once, at default_calendar.
      m.get("calendar")
          .ifPresent(
              n ->
                  problems.add(
                      n,
                      GuaranteeReader.unknown("calendar", calendar, context.calendars().keySet())));
      return Optional.empty();
    }
    return Optional.of(c);
  }

  private Scope scope(YamlNode node, ClockKind defaults) {
    return problems
        .mapping(node)
        .map(
            s -> {
              problems.onlyKeys(s, List.of("services", "types", "severities"));
              Set<String> services = names(s, "services", context.services(), "service");
              Set<String> types =
                  names(s, "types", Set.of("incident", "request", "complaint"), "ticket type");
              Set<String> severities = names(s, "severities", context.severities(), "severity");
              return new Scope(services, types.isEmpty() ? defaults.types() : types, severities);
            })
        .orElse(Scope.ALL);
  }

  private Set<String> names(YamlNode.Mapping m, String key, Set<String> defined, String what) {
    Set<String> out = new LinkedHashSet<>();
    m.get(key)
        .ifPresent(
            n -> {
              for (YamlNode item : problems.list(n)) {
                problems
                    .text(item)
                    .ifPresent(
                        t -> {
                          if (defined.contains(t)) {
                            out.add(t);
                          } else {
                            problems.add(item, GuaranteeReader.unknown(what, t, defined));
                          }
                        });
              }
            });
    return out;
  }

  /** One event or a list of them ({@code stop: [on_site, restored]}), else the kind's default. */
  private TimelineEventType[] events(YamlNode.Mapping m, String key, TimelineEventType otherwise) {
    if (!m.has(key)) {
      return otherwise == null ? new TimelineEventType[0] : new TimelineEventType[] {otherwise};
    }
    return problems.list(m.get(key).get()).stream()
        .map(this::eventType)
        .flatMap(Optional::stream)
        .toArray(TimelineEventType[]::new);
  }

  private Optional<TimelineEventType> eventType(YamlNode node) {
    return problems.parse(
        node,
        "a timeline event: "
            + String.join(
                ", ",
                Stream.of(TimelineEventType.values())
                    .map(t -> t.name().toLowerCase(Locale.ROOT))
                    .toList()),
        t -> TimelineEventType.valueOf(t.toUpperCase(Locale.ROOT)));
  }

  // ---- period commitments ----

  private Optional<AvailabilityCommitment> availability(
      YamlNode.Mapping m, String id, String kind) {
    AvailabilityCommitment.Builder b = AvailabilityCommitment.builder(id);
    m.get("service")
        .flatMap(problems::text)
        .ifPresent(
            s -> {
              if (!context.services().isEmpty() && !context.services().contains(s)) {
                problems.add(
                    m.get("service").get(),
                    GuaranteeReader.unknown("service", s, context.services()));
              }
              b.service(s);
            });
    Exclusions ex = context.exclusions();
    Set<String> causes = new LinkedHashSet<>(ex.causes());
    m.get("excluded_causes")
        .ifPresent(
            c -> {
              causes.clear();
              problems.list(c).forEach(i -> problems.text(i).ifPresent(causes::add));
            });
    b.excludeCauses(causes.stream().map(Exclusions::normalize).toArray(String[]::new));
    Optional<Duration> within =
        m.get("report_within").isPresent()
            ? m.get("report_within").flatMap(d -> GuaranteeReader.positiveDuration(problems, d))
            : ex.reportWithin();
    within.ifPresent(b::reportDeadline);
    m.get("count_from")
        .flatMap(
            v ->
                problems.parse(
                    v,
                    "detection or report",
                    t -> AvailabilityCommitment.CountFrom.valueOf(t.toUpperCase(Locale.ROOT))))
        .ifPresent(b::countFrom);
    m.get("denominator")
        .flatMap(
            v ->
                problems.parse(v, "period or excluding_maintenance", CommitmentReader::denominator))
        .ifPresent(b::denominator);
    m.get("unapproved_maintenance")
        .flatMap(v -> problems.parse(v, "downtime or ignored", CommitmentReader::unapproved))
        .ifPresent(b::unapprovedMaintenanceIsDowntime);
    int clauses = 0;
    Optional<BigDecimal> min = m.get("min_percent").flatMap(this::percent);
    if (min.isPresent()) {
      b.minAvailabilityPercent(min.get());
      clauses++;
    }
    Optional<Duration> down = m.get("max_downtime").flatMap(this::nonNegativeDuration);
    if (down.isPresent()) {
      b.maxDowntime(down.get());
      clauses++;
    }
    Optional<Duration> maint = m.get("max_maintenance").flatMap(this::nonNegativeDuration);
    if (maint.isPresent()) {
      b.maxMaintenance(maint.get());
      clauses++;
    }
    Optional<Integer> outages = m.get("max_outages").flatMap(v -> count(v));
    if (outages.isPresent()) {
      b.maxOutages(outages.get());
      clauses++;
    }
    Optional<Integer> days = m.get("min_trouble_free_days").flatMap(v -> count(v));
    if (days.isPresent()) {
      b.minTroubleFreeDays(days.get());
      clauses++;
    }
    if (clauses == 0) {
      problems.add(
          m,
          "kind '"
              + kind
              + "' needs at least one clause: min_percent, max_downtime, max_maintenance, max_outages or min_trouble_free_days");
      return Optional.empty();
    }
    return build(m, b::build);
  }

  private static AvailabilityCommitment.Denominator denominator(String t) {
    return switch (t) {
      case "period" -> AvailabilityCommitment.Denominator.WHOLE_PERIOD;
      case "excluding_maintenance" -> AvailabilityCommitment.Denominator.EXCLUDING_MAINTENANCE;
      default -> throw new IllegalArgumentException("write period or excluding_maintenance");
    };
  }

  private static boolean unapproved(String t) {
    return switch (t) {
      case "downtime" -> true;
      case "ignored" -> false;
      default -> throw new IllegalArgumentException("write downtime or ignored");
    };
  }

  private Optional<LatencyCommitment> latency(YamlNode.Mapping m, String id) {
    String metric =
        problems
            .required(m, "metric", "the measured metric, e.g. delivery_delay")
            .flatMap(problems::text)
            .orElse("?");
    String unit = m.get("unit").flatMap(problems::text).orElse("");
    LatencyCommitment.Builder b = LatencyCommitment.builder(id, metric, unit);
    int clauses = 0;
    Optional<BigDecimal> avg = m.get("max_average").flatMap(this::decimal);
    if (avg.isPresent()) {
      b.maxAverage(avg.get());
      clauses++;
    }
    Optional<BigDecimal> max = m.get("max").flatMap(this::decimal);
    if (max.isPresent()) {
      b.maxValue(max.get());
      clauses++;
    }
    if (m.has("percentile")) {
      Optional<YamlNode.Mapping> p = problems.mapping(m.get("percentile").get());
      if (p.isPresent()) {
        problems.onlyKeys(p.get(), List.of("p", "max"));
        Optional<BigDecimal> pct =
            problems.required(p.get(), "p", "the percentile, e.g. 95").flatMap(this::percent);
        Optional<BigDecimal> pmax =
            problems
                .required(p.get(), "max", "the most the percentile may be")
                .flatMap(this::decimal);
        if (pct.isPresent() && pmax.isPresent()) {
          b.maxPercentile(pct.get(), pmax.get());
          clauses++;
        }
      }
    }
    if (m.has("exceedances")) {
      Optional<YamlNode.Mapping> e = problems.mapping(m.get("exceedances").get());
      if (e.isPresent()) {
        problems.onlyKeys(e.get(), List.of("over", "max"));
        Optional<BigDecimal> over =
            problems
                .required(e.get(), "over", "the value a sample must exceed to count")
                .flatMap(this::decimal);
        Optional<Integer> n =
            problems
                .required(e.get(), "max", "how many exceedances are allowed")
                .flatMap(this::count);
        if (over.isPresent() && n.isPresent()) {
          b.maxExceedances(over.get(), n.get());
          clauses++;
        }
      }
    }
    if (clauses == 0) {
      problems.add(
          m,
          "kind 'latency' needs at least one clause: max_average, max, percentile or exceedances");
      return Optional.empty();
    }
    return build(m, b::build);
  }

  private Optional<RatingCommitment> rating(YamlNode.Mapping m, String id) {
    BigDecimal scale = m.get("scale").flatMap(this::decimal).orElse(BigDecimal.valueOf(5));
    RatingCommitment.Builder b = RatingCommitment.builder(id, scale);
    int clauses = 0;
    Optional<BigDecimal> pct = m.get("min_satisfied_percent").flatMap(this::percent);
    if (pct.isPresent()) {
      Optional<BigDecimal> from =
          problems
              .required(m, "satisfied_from", "the lowest score that counts as satisfied, e.g. 4")
              .flatMap(this::decimal);
      if (from.isPresent()) {
        b.minSatisfiedPercent(pct.get(), from.get());
        clauses++;
      }
    }
    Optional<BigDecimal> avg = m.get("min_average").flatMap(this::decimal);
    if (avg.isPresent()) {
      b.minAverage(avg.get());
      clauses++;
    }
    if (clauses == 0) {
      problems.add(
          m, "kind 'rating' needs min_satisfied_percent (with satisfied_from) or min_average");
      return Optional.empty();
    }
    return build(m, b::build);
  }

  private Optional<CountRatioCommitment> ratio(YamlNode.Mapping m, String id) {
    String metric =
        problems
            .required(m, "metric", "the counted metric, e.g. billing")
            .flatMap(problems::text)
            .orElse("?");
    List<String> limits =
        Stream.of("max_percent", "min_percent", "max_ratio", "min_ratio").filter(m::has).toList();
    if (limits.size() != 1) {
      problems.add(
          m, "kind 'ratio' needs exactly one of max_percent, min_percent, max_ratio, min_ratio");
      return Optional.empty();
    }
    String key = limits.get(0);
    CountRatioCommitment.Bound bound =
        key.startsWith("max")
            ? CountRatioCommitment.Bound.AT_MOST
            : CountRatioCommitment.Bound.AT_LEAST;
    CountRatioCommitment.Unit unit =
        key.endsWith("percent")
            ? CountRatioCommitment.Unit.PERCENT
            : CountRatioCommitment.Unit.RATIO;
    Optional<BigDecimal> limit = m.get(key).flatMap(this::decimal);
    if (limit.isEmpty()) {
      return Optional.empty();
    }
    return build(m, () -> new CountRatioCommitment(id, metric, bound, limit.get(), unit));
  }

  private <T> Optional<T> build(YamlNode.Mapping m, java.util.function.Supplier<T> build) {
    try {
      return Optional.of(build.get());
    } catch (IllegalArgumentException | IllegalStateException e) {
      problems.add(m, e.getMessage());
      return Optional.empty();
    }
  }

  // ---- values ----

  private Optional<BigDecimal> decimal(YamlNode node) {
    return problems.parse(node, "a number", GuaranteeReader::decimalOf);
  }

  private Optional<BigDecimal> percent(YamlNode node) {
    Optional<BigDecimal> p =
        problems.parse(
            node,
            "a percentage such as 99.9",
            t -> GuaranteeReader.decimalOf(t.endsWith("%") ? t.substring(0, t.length() - 1) : t));
    if (p.isPresent()
        && (p.get().signum() <= 0 || p.get().compareTo(BigDecimal.valueOf(100)) > 0)) {
      problems.add(
          node, "a percentage must be more than 0 and at most 100; got " + p.get().toPlainString());
      return Optional.empty();
    }
    return p;
  }

  private Optional<Integer> count(YamlNode node) {
    Optional<Integer> n = problems.parse(node, "a whole number", Integer::parseInt);
    if (n.isPresent() && n.get() < 0) {
      problems.add(node, "a count cannot be negative; got " + n.get());
      return Optional.empty();
    }
    return n;
  }

  private Optional<Duration> nonNegativeDuration(YamlNode node) {
    return problems.parse(
        node, "a duration such as 44m or 1h40m", dev.pledge.time.Durations::parse);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private static Map<String, ClockKind> clockKinds() {
    Set<String> all = Set.of();
    Map<String, ClockKind> m = new LinkedHashMap<>();
    m.put("response", new ClockKind(REPORTED, ACKNOWLEDGED, null, all));
    m.put("dispatch", new ClockKind(REPORTED, DISPATCHED, null, all));
    m.put("on_site", new ClockKind(REPORTED, ON_SITE, null, all));
    m.put("diagnosis", new ClockKind(REPORTED, DIAGNOSED, null, all));
    m.put("escalation", new ClockKind(REPORTED, ESCALATED, null, all));
    m.put("restore", new ClockKind(REPORTED, RESTORED, null, all));
    m.put("resolve", new ClockKind(REPORTED, RESOLVED, null, all));
    m.put("progress_update", new ClockKind(REPORTED, RESOLVED, PROGRESS_UPDATE, all));
    m.put("provisioning", new ClockKind(REPORTED, RESOLVED, null, Set.of("request")));
    m.put("complaint_reply", new ClockKind(REPORTED, ACKNOWLEDGED, null, Set.of("complaint")));
    m.put("complaint_closure", new ClockKind(REPORTED, CLOSED, null, Set.of("complaint")));
    m.put("ticket_clock", new ClockKind(null, null, null, all));
    return m;
  }
}

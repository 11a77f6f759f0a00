package dev.pledge.guarantee;

import dev.pledge.calendar.BusinessCalendar;
import dev.pledge.calendar.CalendarFile;
import dev.pledge.calendar.NamedCalendar;
import dev.pledge.period.PeriodKind;
import dev.pledge.period.ReportingPeriod;
import dev.pledge.remedy.ClaimWindow;
import dev.pledge.remedy.Money;
import dev.pledge.time.Durations;
import dev.pledge.yaml.Problems;
import dev.pledge.yaml.Sources;
import dev.pledge.yaml.YamlNode;
import dev.pledge.yaml.YamlReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the top level of a guarantee; commitments are read by {@link CommitmentReader}. */
final class GuaranteeReader {

  static final List<String> KEYS =
      List.of(
          "id",
          "version",
          "title",
          "provider",
          "customer",
          "services",
          "valid",
          "effective_from",
          "zone",
          "fee",
          "claim_within_days",
          "calendars",
          "default_calendar",
          "severities",
          "exclusions",
          "commitments");

  private final Problems problems;
  private final Sources sources;

  GuaranteeReader(String source, Sources sources) {
    this.problems = new Problems(source);
    this.sources = sources;
  }

  Guarantee read(YamlNode root) {
    YamlNode.Mapping m = problems.mapping(root).orElse(null);
    if (m == null) {
      problems.throwIfAny();
    }
    problems.onlyKeys(m, KEYS);
    String id = required(m, "id", "a short name such as mail-2026").orElse("?");
    int version =
        m.get("version")
            .flatMap(v -> problems.parse(v, "a whole number", Integer::parseInt))
            .orElse(1);
    LocalizedText title = m.get("title").flatMap(this::text).orElse(LocalizedText.of(id));
    Party provider =
        problems
            .required(m, "provider", "who makes the promise: {id, name}")
            .flatMap(this::party)
            .orElse(null);
    Optional<Party> customer = m.get("customer").flatMap(this::party);
    List<Service> services = m.get("services").map(this::services).orElse(List.of());
    Validity valid =
        problems
            .required(m, "valid", "{from: 2026-01-01, to: 2026-12-31}")
            .flatMap(this::validity)
            .orElse(null);
    ZoneId zone =
        problems
            .required(m, "zone", "the guarantee's IANA time zone, e.g. Asia/Shanghai")
            .flatMap(z -> problems.parse(z, "an IANA time zone such as Asia/Shanghai", ZoneId::of))
            .orElse(ZoneId.of("UTC"));
    Optional<Money> fee =
        m.get("fee")
            .flatMap(
                f ->
                    problems.parse(
                        f, "an amount with a currency, e.g. 12000.00 CNY", Money::parse));
    ClaimWindow claims =
        m.get("claim_within_days")
            .flatMap(
                d ->
                    problems.parse(
                        d, "a number of days", t -> new ClaimWindow(Integer.parseInt(t))))
            .orElse(new ClaimWindow(30));
    Map<String, NamedCalendar> calendars =
        m.get("calendars").map(c -> calendars(c, zone)).orElse(new LinkedHashMap<>());
    Optional<String> defaultCalendar = m.get("default_calendar").flatMap(problems::text);
    defaultCalendar.ifPresent(
        d -> {
          if (!calendars.containsKey(d)) {
            problems.add(
                m.get("default_calendar").get(), unknown("calendar", d, calendars.keySet()));
          }
        });
    Map<String, Severity> severities = m.get("severities").map(this::severities).orElse(Map.of());
    Exclusions exclusions = m.get("exclusions").map(this::exclusions).orElse(Exclusions.NONE);
    Context context =
        new Context(
            zone,
            calendars,
            defaultCalendar.orElse(null),
            severities.keySet(),
            ids(services),
            exclusions,
            fee.isPresent());
    List<Commitment> commitments =
        problems
            .required(m, "commitments", "the list of promises")
            .map(c -> new CommitmentReader(problems, context).commitments(c))
            .orElse(List.of());
    Optional<LocalDate> effectiveFrom =
        m.get("effective_from").flatMap(d -> effectiveFrom(d, commitments));
    problems.throwIfAny();
    return new Guarantee(
        id,
        version,
        title,
        provider,
        customer,
        services,
        valid,
        effectiveFrom,
        zone,
        fee,
        claims,
        calendars,
        severities,
        exclusions,
        commitments);
  }

  /** What commitments may refer to. */
  record Context(
      ZoneId zone,
      Map<String, NamedCalendar> calendars,
      String defaultCalendar,
      Set<String> severities,
      Set<String> services,
      Exclusions exclusions,
      boolean hasFee) {}

  private Optional<String> required(YamlNode.Mapping m, String key, String hint) {
    return problems.required(m, key, hint).flatMap(problems::text);
  }

  Optional<LocalizedText> text(YamlNode node) {
    return text(problems, node);
  }

  static Optional<LocalizedText> text(Problems problems, YamlNode node) {
    if (node instanceof YamlNode.Mapping m) {
      Map<String, String> byLanguage = new LinkedHashMap<>();
      for (YamlNode.Entry e : m.entries().values()) {
        problems.text(e.value()).ifPresent(t -> byLanguage.put(e.key(), t));
      }
      return byLanguage.isEmpty() ? Optional.empty() : Optional.of(new LocalizedText(byLanguage));
    }
    return problems.text(node).map(LocalizedText::of);
  }

  private Optional<Party> party(YamlNode node) {
    return problems
        .mapping(node)
        .map(
            m -> {
              problems.onlyKeys(m, List.of("id", "name", "contact"));
              String id = required(m, "id", "a short name").orElse("?");
              LocalizedText name = m.get("name").flatMap(this::text).orElse(LocalizedText.of(id));
              String contact = m.get("contact").flatMap(problems::text).orElse("");
              return new Party(id, name, contact);
            });
  }

  private List<Service> services(YamlNode node) {
    List<Service> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (YamlNode item : problems.list(node)) {
      Optional<Service> s =
          item instanceof YamlNode.Scalar
              ? problems.text(item).map(id -> new Service(id, LocalizedText.of(id)))
              : problems
                  .mapping(item)
                  .map(
                      m -> {
                        problems.onlyKeys(m, List.of("id", "name"));
                        String id = required(m, "id", "a short name such as mail").orElse("?");
                        return new Service(
                            id, m.get("name").flatMap(this::text).orElse(LocalizedText.of(id)));
                      });
      s.ifPresent(
          service -> {
            if (seen.add(service.id())) {
              out.add(service);
            } else {
              problems.add(item, "service '" + service.id() + "' is defined twice");
            }
          });
    }
    return out;
  }

  private Optional<Validity> validity(YamlNode node) {
    return problems
        .mapping(node)
        .flatMap(
            m -> {
              problems.onlyKeys(m, List.of("from", "to"));
              Optional<LocalDate> from =
                  problems
                      .required(m, "from", "the first day, e.g. 2026-01-01")
                      .flatMap(this::date);
              Optional<LocalDate> to = m.get("to").flatMap(this::date);
              if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
                problems.add(
                    m.get("to").get(), "'to' " + to.get() + " is before 'from' " + from.get());
              }
              return from.map(f -> new Validity(f, to));
            });
  }

  /**
   * The first day of a period of the longest window the commitments are measured over, so that one
   * version governs each whole period and its report.
   */
  private Optional<LocalDate> effectiveFrom(YamlNode node, List<Commitment> commitments) {
    Optional<LocalDate> date = date(node);
    if (date.isEmpty() || commitments.isEmpty()) {
      return date;
    }
    PeriodKind kind = Guarantee.longestWindow(commitments);
    ReportingPeriod period = ReportingPeriod.of(kind, date.get(), ZoneOffset.UTC);
    if (period.firstDate().equals(date.get())) {
      return date;
    }
    problems.add(
        node,
        "effective_from "
            + date.get()
            + " is not the start of a "
            + ADJECTIVES.get(kind)
            + " reporting period"
            + measuredPer(kind, commitments)
            + "; use "
            + period.firstDate()
            + " or "
            + period.next().firstDate());
    return Optional.empty();
  }

  /** Why a period longer than a month: the first commitment measured over it. */
  private static String measuredPer(PeriodKind kind, List<Commitment> commitments) {
    if (kind == PeriodKind.MONTH) {
      return "";
    }
    Commitment c = commitments.stream().filter(x -> x.window() == kind).findFirst().orElseThrow();
    return " (commitment '" + c.id() + "' is measured per " + NOUNS.get(kind) + ")";
  }

  private static final Map<PeriodKind, String> ADJECTIVES =
      Map.of(
          PeriodKind.MONTH, "monthly", PeriodKind.QUARTER, "quarterly", PeriodKind.YEAR, "yearly");

  private static final Map<PeriodKind, String> NOUNS =
      Map.of(PeriodKind.MONTH, "month", PeriodKind.QUARTER, "quarter", PeriodKind.YEAR, "year");

  private Optional<LocalDate> date(YamlNode node) {
    return problems.parse(node, "a date like 2026-01-01", LocalDate::parse);
  }

  private Map<String, NamedCalendar> calendars(YamlNode node, ZoneId zone) {
    Map<String, NamedCalendar> out = new LinkedHashMap<>();
    problems
        .mapping(node)
        .ifPresent(
            m -> {
              for (YamlNode.Entry e : m.entries().values()) {
                calendar(e.key(), e.value(), zone).ifPresent(c -> out.put(e.key(), c));
              }
            });
    return out;
  }

  /** An inline calendar (the guarantee's zone unless it names one), {@code 24x7}, or a file. */
  private Optional<NamedCalendar> calendar(String name, YamlNode node, ZoneId zone) {
    if (node instanceof YamlNode.Scalar s && !s.isNull() && s.text().trim().equals("24x7")) {
      return Optional.of(new NamedCalendar(name, BusinessCalendar.allDay(zone)));
    }
    if (node instanceof YamlNode.Scalar s && !s.isNull()) {
      return calendarFile(name, s);
    }
    if (node instanceof YamlNode.Mapping m && !m.has("zone")) {
      Map<String, YamlNode.Entry> entries = new LinkedHashMap<>(m.entries());
      YamlNode zoneNode = new YamlNode.Scalar(zone.getId(), m.location(), m.path() + ".zone");
      entries.put("zone", new YamlNode.Entry("zone", m.location(), zoneNode));
      node = new YamlNode.Mapping(entries, m.location(), m.path());
    }
    return CalendarFile.read(node, problems, name, sources);
  }

  private Optional<NamedCalendar> calendarFile(String name, YamlNode.Scalar ref) {
    String file = ref.text().trim();
    try {
      Optional<Sources.Source> found = sources.open(file);
      if (found.isEmpty()) {
        problems.add(
            ref,
            "calendar '"
                + name
                + "' is neither 24x7, an inline calendar, nor a readable file ("
                + sources.lookedFor(file)
                + ")");
        return Optional.empty();
      }
      Sources.Source source = found.get();
      YamlNode root = YamlReader.readTagged(source.text(), source.name());
      return CalendarFile.read(root, problems, name, source.beside());
    } catch (IOException e) {
      problems.add(ref, "cannot read calendar file " + file + ": " + e.getMessage());
      return Optional.empty();
    }
  }

  private Map<String, Severity> severities(YamlNode node) {
    Map<String, Severity> out = new LinkedHashMap<>();
    problems
        .mapping(node)
        .ifPresent(
            m -> {
              for (YamlNode.Entry e : m.entries().values()) {
                LocalizedText name = LocalizedText.of(e.key());
                LocalizedText description = LocalizedText.of("");
                if (e.value() instanceof YamlNode.Mapping sm) {
                  problems.onlyKeys(sm, List.of("name", "description"));
                  name = sm.get("name").flatMap(this::text).orElse(name);
                  description = sm.get("description").flatMap(this::text).orElse(description);
                } else if (!(e.value() instanceof YamlNode.Scalar s && s.isNull())) {
                  name = text(e.value()).orElse(name);
                }
                out.put(e.key(), new Severity(e.key(), name, description));
              }
            });
    return out;
  }

  private Exclusions exclusions(YamlNode node) {
    return problems
        .mapping(node)
        .map(
            m -> {
              problems.onlyKeys(m, List.of("causes", "report_within"));
              Set<String> causes = new LinkedHashSet<>();
              m.get("causes")
                  .ifPresent(
                      c -> problems.list(c).forEach(i -> problems.text(i).ifPresent(causes::add)));
              Optional<Duration> within = m.get("report_within").flatMap(this::positiveDuration);
              return new Exclusions(causes, within);
            })
        .orElse(Exclusions.NONE);
  }

  Optional<Duration> positiveDuration(YamlNode node) {
    return positiveDuration(problems, node);
  }

  static Optional<Duration> positiveDuration(Problems problems, YamlNode node) {
    Optional<Duration> d =
        problems.parse(node, "a duration such as 5m, 2h or 120h", Durations::parse);
    if (d.isPresent() && (d.get().isZero() || d.get().isNegative())) {
      problems.add(
          node,
          "a duration of "
              + Durations.format(d.get())
              + " is not allowed: it must be more than zero");
      return Optional.empty();
    }
    return d;
  }

  private static Set<String> ids(List<Service> services) {
    Set<String> out = new LinkedHashSet<>();
    services.forEach(s -> out.add(s.id()));
    return out;
  }

  static String unknown(String what, String name, java.util.Collection<String> defined) {
    String closest = Problems.closest(name, defined);
    String hint = closest == null ? "" : "; did you mean '" + closest + "'?";
    return what
        + " '"
        + name
        + "' is not defined in this guarantee"
        + hint
        + " Defined: "
        + (defined.isEmpty() ? "none" : String.join(", ", defined));
  }

  static boolean bool(String text) {
    if (!text.equals("true") && !text.equals("false")) {
      throw new IllegalArgumentException("write true or false");
    }
    return Boolean.parseBoolean(text);
  }

  static BigDecimal decimalOf(String text) {
    return new BigDecimal(text.trim());
  }
}

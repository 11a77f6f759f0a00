package dev.pledge.server.demo;

import dev.pledge.calendar.Deadline;
import dev.pledge.clock.ClockDefinition;
import dev.pledge.clock.TimelineEventType;
import dev.pledge.guarantee.Commitment;
import dev.pledge.guarantee.Guarantee;
import dev.pledge.guarantee.Scope;
import dev.pledge.guarantee.Service;
import dev.pledge.obligation.Occurrence;
import dev.pledge.period.LatencyCommitment;
import dev.pledge.period.PeriodKind;
import dev.pledge.period.ReportingPeriod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Months of made-up but plausible history for one guarantee, as lines in the command line's JSONL
 * event format (docs/event-formats.md): tickets whose timelines mostly meet their clocks and now
 * and then do not, a few outages, a maintenance window a month, measurements, ratings, counts and
 * the obligations' deliveries. Everything after {@code now} is left out, so the tickets of the last
 * hours are still open and their clocks running. The same seed gives the same history.
 */
final class DemoHistory {

  private static final DateTimeFormatter AT = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  /** Share of clocks that are missed, so reports and notices have something to show. */
  private static final double MISSED = 0.08;

  private final Guarantee guarantee;
  private final LocalDate firstDay;
  private final Instant now;
  private final ZoneId zone;
  private final SplittableRandom random;
  private final List<String> lines = new ArrayList<>();
  private int next;

  private DemoHistory(Guarantee guarantee, LocalDate firstDay, Instant now, long seed) {
    this.guarantee = guarantee;
    this.firstDay = firstDay;
    this.now = now;
    this.zone = guarantee.zone();
    this.random = new SplittableRandom(seed);
  }

  /**
   * The history of {@code guarantee} from local 00:00 of {@code firstDay} to {@code now}.
   *
   * @param prefix starts every id, so two customers' histories never share one
   */
  static List<String> of(
      Guarantee guarantee, LocalDate firstDay, Instant now, long seed, String prefix) {
    DemoHistory h = new DemoHistory(guarantee, firstDay, now, seed);
    h.tickets(prefix);
    h.liveTickets(prefix);
    h.outages(prefix);
    for (Commitment c : guarantee.commitments()) {
      if (c instanceof Commitment.Latency l) {
        h.measurements(prefix + "-" + c.id(), l.terms());
      } else if (c instanceof Commitment.Ratio r) {
        h.counts(prefix + "-" + c.id(), r.terms().metric());
      } else if (c instanceof Commitment.Obligation o) {
        h.fulfilments(prefix, o);
      }
    }
    h.maintenance(prefix);
    return List.copyOf(h.lines);
  }

  // ---------------------------------------------------------------- tickets

  private record Kind(String type, String severity) {}

  private void tickets(String prefix) {
    List<Kind> kinds = kinds();
    if (kinds.isEmpty()) {
      return;
    }
    for (LocalDate d = firstDay; !start(d).isAfter(now); d = d.plusDays(1)) {
      int count = weekend(d) ? random.nextInt(2) : 1 + random.nextInt(3);
      for (int i = 0; i < count; i++) {
        Kind kind = kinds.get(random.nextInt(kinds.size()));
        LocalTime time = LocalTime.of(8 + random.nextInt(11), random.nextInt(60));
        Instant reported = d.atTime(time).atZone(zone).toInstant();
        if (reported.isBefore(now)) {
          ticket(prefix + "-" + (++next), kind, reported, false);
        }
      }
    }
  }

  /**
   * A few tickets reported in the last minutes, nothing done on them yet: their clocks run now, and
   * warnings and breaches fall due while someone watches the demo.
   */
  private void liveTickets(String prefix) {
    List<Kind> kinds = kinds();
    for (int i = 0; i < Math.min(3, kinds.size() * 2); i++) {
      Kind kind = kinds.get(i % kinds.size());
      Instant reported = now.minus(Duration.ofMinutes(2 + random.nextInt(10)));
      ticket(prefix + "-" + (++next), kind, reported, true);
    }
  }

  /** Every type and severity some ticket clock measures. */
  private List<Kind> kinds() {
    Set<String> types = new LinkedHashSet<>();
    for (Commitment.TicketClock c : ticketClocks()) {
      types.addAll(c.scope().types().isEmpty() ? Set.of("incident") : c.scope().types());
    }
    List<String> severities = new ArrayList<>(guarantee.severities().keySet());
    List<Kind> kinds = new ArrayList<>();
    for (String type : types) {
      if (severities.isEmpty() || type.equals("complaint")) {
        kinds.add(new Kind(type, null));
      } else {
        severities.forEach(s -> kinds.add(new Kind(type, s)));
      }
    }
    return kinds;
  }

  private void ticket(String id, Kind kind, Instant reported, boolean live) {
    String service = service(kind);
    Map<TimelineEventType, Instant> events = new EnumMap<>(TimelineEventType.class);
    events.put(TimelineEventType.REPORTED, reported);
    List<String> pauses = new ArrayList<>();
    // Twice, so clocks started by another clock's stop (escalated, then third-party repair) run.
    for (int pass = 0; pass < 2; pass++) {
      for (Commitment.TicketClock c : ticketClocks()) {
        if (!applies(c.scope(), service, kind)) {
          continue;
        }
        c.clockFor(kind.severity()).filter(d -> !live).ifPresent(d -> stop(d, events));
      }
    }
    Instant last = events.values().stream().max(Instant::compareTo).orElse(reported);
    if (!live) {
      events.putIfAbsent(TimelineEventType.RESOLVED, last.plus(minutes(5, 60)));
      events.putIfAbsent(
          TimelineEventType.CLOSED,
          events.get(TimelineEventType.RESOLVED).plus(Duration.ofHours(2 + random.nextInt(40))));
      pause(kind, service, reported, pauses);
    }
    StringBuilder timeline = new StringBuilder();
    events.entrySet().stream()
        .filter(e -> !e.getValue().isAfter(now))
        .sorted(Map.Entry.comparingByValue())
        .forEach(e -> append(timeline, e.getValue(), e.getKey().name().toLowerCase(), null));
    pauses.forEach(p -> timeline.append(timeline.isEmpty() ? "" : ", ").append(p));
    String rating = "";
    Instant closed = events.get(TimelineEventType.CLOSED);
    if (!live && closed != null && closed.isBefore(now) && random.nextDouble() < 0.6) {
      int score = random.nextDouble() < 0.75 ? 5 : random.nextDouble() < 0.8 ? 4 : 3;
      rating =
          ", \"rating\": %d, \"rating_scale\": 5, \"rated_at\": \"%s\""
              .formatted(score, at(closed.plus(Duration.ofMinutes(30))));
    }
    lines.add(
        ("{\"kind\": \"ticket\", \"id\": \"%s\", \"service\": \"%s\", \"type\": \"%s\"%s,"
                + " \"timeline\": [%s]%s}")
            .formatted(
                id,
                service,
                kind.type(),
                kind.severity() == null ? "" : ", \"severity\": \"" + kind.severity() + "\"",
                timeline,
                rating));
  }

  /** Puts the clock's stop event where most clocks are met and some are not. */
  private void stop(ClockDefinition d, Map<TimelineEventType, Instant> events) {
    Optional<Instant> start =
        d.startOn().stream().map(events::get).filter(i -> i != null).findFirst();
    if (start.isEmpty() || d.stopOn().isEmpty()) {
      return;
    }
    TimelineEventType stop = d.stopOn().iterator().next();
    if (events.containsKey(stop)) {
      return;
    }
    double share =
        random.nextDouble() < MISSED ? 1.05 + random.nextDouble() : 0.1 + 0.8 * random.nextDouble();
    Duration used =
        Duration.ofSeconds(Math.max(60, (long) (d.targetFrom(start.get()).toSeconds() * share)));
    d.calendar()
        .deadline(start.get(), used)
        .map(Deadline::due)
        .ifPresent(at -> events.put(stop, at));
  }

  /** One ticket in six waits for the customer for a while, where a clock honours that. */
  private void pause(Kind kind, String service, Instant reported, List<String> pauses) {
    if (random.nextInt(6) != 0) {
      return;
    }
    for (Commitment.TicketClock c : ticketClocks()) {
      Optional<ClockDefinition> d = c.clockFor(kind.severity());
      if (applies(c.scope(), service, kind) && d.isPresent() && !d.get().pauseReasons().isEmpty()) {
        String reason = d.get().pauseReasons().iterator().next();
        Instant paused = reported.plus(minutes(10, 30));
        Instant resumed = paused.plus(minutes(30, 180));
        if (resumed.isBefore(now)) {
          StringBuilder b = new StringBuilder();
          append(b, paused, "paused", reason);
          append(b, resumed, "resumed", reason);
          pauses.add(b.toString());
        }
        return;
      }
    }
  }

  private void append(StringBuilder timeline, Instant at, String event, String reason) {
    if (!timeline.isEmpty()) {
      timeline.append(", ");
    }
    timeline.append("{\"at\": \"").append(at(at)).append("\", \"event\": \"").append(event);
    if (reason != null) {
      timeline.append("\", \"reason\": \"").append(reason);
    }
    timeline.append("\"}");
  }

  private String service(Kind kind) {
    List<String> services = new ArrayList<>();
    for (Commitment.TicketClock c : ticketClocks()) {
      if (c.scope().types().isEmpty() || c.scope().types().contains(kind.type())) {
        services.addAll(c.scope().services());
      }
    }
    if (services.isEmpty()) {
      guarantee.services().stream().map(Service::id).forEach(services::add);
    }
    return services.isEmpty() ? "service" : services.get(random.nextInt(services.size()));
  }

  private static boolean applies(Scope scope, String service, Kind kind) {
    return (scope.services().isEmpty() || scope.services().contains(service))
        && (scope.types().isEmpty() || scope.types().contains(kind.type()))
        && (scope.severities().isEmpty()
            || (kind.severity() != null && scope.severities().contains(kind.severity())));
  }

  private List<Commitment.TicketClock> ticketClocks() {
    return guarantee.commitments().stream()
        .filter(Commitment.TicketClock.class::isInstance)
        .map(Commitment.TicketClock.class::cast)
        .toList();
  }

  // ------------------------------------------------------------ period data

  /**
   * About one outage a month for each service an availability commitment measures: minutes long,
   * now and then long or of an excluded cause.
   */
  private void outages(String prefix) {
    Map<String, Set<String>> services = new TreeMap<>();
    for (Commitment c : guarantee.commitments()) {
      if (c instanceof Commitment.Availability a) {
        String service =
            a.terms()
                .service()
                .orElse(
                    guarantee.services().isEmpty() ? "service" : guarantee.services().get(0).id());
        services.computeIfAbsent(service, s -> new TreeSet<>()).addAll(a.terms().excludedCauses());
      }
    }
    services.forEach((service, causes) -> outages(prefix + "-" + service, service, causes));
  }

  private void outages(String prefix, String service, Set<String> causes) {
    List<String> excluded = new ArrayList<>(causes);
    int n = 0;
    for (YearMonth m = YearMonth.from(firstDay);
        !start(m.atDay(1)).isAfter(now);
        m = m.plusMonths(1)) {
      int count = random.nextInt(3);
      for (int i = 0; i < count; i++) {
        LocalDate day = m.atDay(1 + random.nextInt(m.lengthOfMonth()));
        Instant detected =
            day.atTime(random.nextInt(24), random.nextInt(60)).atZone(zone).toInstant();
        if (detected.isBefore(start(firstDay)) || !detected.isBefore(now)) {
          continue;
        }
        Instant reported = detected.plus(minutes(1, 8));
        long length = random.nextInt(10) == 0 ? 40 + random.nextInt(60) : 3 + random.nextInt(20);
        Instant restored = reported.plus(Duration.ofMinutes(length));
        String cause =
            !excluded.isEmpty() && random.nextInt(5) == 0
                ? excluded.get(random.nextInt(excluded.size()))
                : null;
        lines.add(
            ("{\"kind\": \"outage\", \"id\": \"%s-OUT-%d\", \"service\": \"%s\","
                    + " \"detected_at\": \"%s\", \"reported_at\": \"%s\"%s%s}")
                .formatted(
                    prefix,
                    ++n,
                    service,
                    at(detected),
                    at(reported),
                    restored.isBefore(now) ? ", \"restored_at\": \"" + at(restored) + "\"" : "",
                    cause == null ? "" : ", \"cause\": \"" + cause + "\""));
      }
    }
  }

  /** An approved window on the first Saturday night of each month. */
  private void maintenance(String prefix) {
    boolean wanted =
        guarantee.commitments().stream().anyMatch(Commitment.Availability.class::isInstance);
    if (!wanted) {
      return;
    }
    for (YearMonth m = YearMonth.from(firstDay);
        !start(m.atDay(1)).isAfter(now);
        m = m.plusMonths(1)) {
      LocalDate saturday = m.atDay(1).with(TemporalAdjusters.firstInMonth(DayOfWeek.SATURDAY));
      Instant start = saturday.atTime(1, 0).atZone(zone).toInstant();
      if (start.isBefore(now) && !saturday.isBefore(firstDay)) {
        lines.add(
            "{\"kind\": \"maintenance\", \"id\": \"%s-MW-%s\", \"start\": \"%s\", \"end\": \"%s\", \"approved\": true}"
                .formatted(
                    prefix,
                    m,
                    at(start),
                    at(start.plus(Duration.ofMinutes(60 + random.nextInt(4) * 15)))));
      }
    }
  }

  /** Samples every hour, well inside the limits but for a rare slow one. */
  private void measurements(String prefix, LatencyCommitment terms) {
    BigDecimal typical =
        terms
            .maxAverage()
            .or(terms::maxValue)
            .or(terms::exceedanceThreshold)
            .orElse(BigDecimal.TEN);
    BigDecimal slow = terms.exceedanceThreshold().or(terms::maxValue).orElse(typical);
    int n = 0;
    for (Instant t = start(firstDay); t.isBefore(now); t = t.plus(Duration.ofMinutes(60))) {
      Instant at = t.plusSeconds(random.nextInt(3600));
      if (!at.isBefore(now)) {
        break;
      }
      BigDecimal value =
          random.nextInt(1500) == 0
              ? slow.multiply(BigDecimal.valueOf(1.05 + random.nextDouble() / 2))
              : typical.multiply(BigDecimal.valueOf(0.05 + random.nextDouble() / 2));
      lines.add(
          "{\"kind\": \"measurement\", \"id\": \"%s-%d\", \"at\": \"%s\", \"metric\": \"%s\", \"value\": %s, \"unit\": \"%s\"}"
              .formatted(
                  prefix,
                  ++n,
                  at(at),
                  terms.metric(),
                  value.setScale(1, RoundingMode.HALF_UP).toPlainString(),
                  terms.unit()));
    }
  }

  /** One count a month, at its last minute: a handful out of many. */
  private void counts(String prefix, String metric) {
    for (YearMonth m = YearMonth.from(firstDay); ; m = m.plusMonths(1)) {
      Instant at = m.atEndOfMonth().atTime(23, 59).atZone(zone).toInstant();
      if (at.isAfter(now)) {
        return;
      }
      long outOf = 100_000 + random.nextInt(50_000);
      lines.add(
          "{\"kind\": \"count\", \"id\": \"%s-%s\", \"at\": \"%s\", \"metric\": \"%s\", \"count\": %d, \"out_of\": %d}"
              .formatted(prefix, m, at(at), metric, random.nextInt(4), outOf));
    }
  }

  /** Every occurrence delivered before its deadline, but one in twenty-five late. */
  private void fulfilments(String prefix, Commitment.Obligation o) {
    PeriodKind kind = PeriodKind.MONTH;
    Set<String> done = new HashSet<>();
    for (YearMonth m = YearMonth.from(firstDay);
        !start(m.atDay(1)).isAfter(now);
        m = m.plusMonths(1)) {
      ReportingPeriod period = ReportingPeriod.of(kind, m.atDay(1), zone);
      for (Occurrence occurrence : o.terms().evaluate(period, now, List.of()).occurrences()) {
        if (!done.add(occurrence.label())) {
          continue;
        }
        Instant from = occurrence.covers().endExclusive();
        Duration window = Duration.between(from, occurrence.deadline());
        if (window.isNegative() || window.isZero()) {
          from = occurrence.covers().startInclusive();
          window = Duration.between(from, occurrence.deadline());
        }
        double share = random.nextInt(25) == 0 ? 1.1 : 0.1 + 0.8 * random.nextDouble();
        Instant at = from.plusSeconds((long) (window.toSeconds() * share));
        if (at.isBefore(now) && !at.isBefore(start(firstDay))) {
          lines.add(
              "{\"kind\": \"fulfilment\", \"id\": \"%s-%s-%s\", \"obligation\": \"%s\", \"at\": \"%s\", \"covering\": \"%s\"}"
                  .formatted(
                      prefix,
                      o.id(),
                      occurrence.label(),
                      o.terms().id(),
                      at(at),
                      occurrence.label()));
        }
      }
    }
  }

  // ---------------------------------------------------------------- helpers

  private Instant start(LocalDate day) {
    return day.atStartOfDay(zone).toInstant();
  }

  private boolean weekend(LocalDate d) {
    return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  private Duration minutes(int from, int to) {
    return Duration.ofMinutes(from + random.nextInt(to - from));
  }

  private String at(Instant instant) {
    return AT.format(OffsetDateTime.ofInstant(instant, zone));
  }
}

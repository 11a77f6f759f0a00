package dev.pledge.letter;

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
import dev.pledge.clock.ClockDefinition;
import dev.pledge.clock.TimelineEventType;
import dev.pledge.guarantee.Commitment;
import dev.pledge.guarantee.Guarantee;
import dev.pledge.guarantee.Scope;
import dev.pledge.guarantee.Service;
import dev.pledge.guarantee.Severity;
import dev.pledge.letter.LetterModel.Clause;
import dev.pledge.obligation.DeadlineRule;
import dev.pledge.obligation.ObligationDefinition;
import dev.pledge.obligation.Recurrence;
import dev.pledge.period.AvailabilityCommitment;
import dev.pledge.period.CountRatioCommitment;
import dev.pledge.period.LatencyCommitment;
import dev.pledge.period.RatingCommitment;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** One commitment as a numbered clause in plain words. */
final class CommitmentWords {

  /** What the usual kinds of ticket clock run between, and the tickets they are meant for. */
  private record Usual(TimelineEventType stop, TimelineEventType restart, Set<String> types) {}

  private static final Map<String, Usual> USUAL =
      Map.ofEntries(
          Map.entry("response", new Usual(ACKNOWLEDGED, null, Set.of())),
          Map.entry("dispatch", new Usual(DISPATCHED, null, Set.of())),
          Map.entry("on_site", new Usual(ON_SITE, null, Set.of())),
          Map.entry("diagnosis", new Usual(DIAGNOSED, null, Set.of())),
          Map.entry("escalation", new Usual(ESCALATED, null, Set.of())),
          Map.entry("restore", new Usual(RESTORED, null, Set.of())),
          Map.entry("resolve", new Usual(RESOLVED, null, Set.of())),
          Map.entry("progress_update", new Usual(RESOLVED, PROGRESS_UPDATE, Set.of())),
          Map.entry("provisioning", new Usual(RESOLVED, null, Set.of("request"))),
          Map.entry("complaint_reply", new Usual(ACKNOWLEDGED, null, Set.of("complaint"))),
          Map.entry("complaint_closure", new Usual(CLOSED, null, Set.of("complaint"))));

  private static final List<String> TICKET_TYPES = List.of("incident", "request", "complaint");

  private final Wording w;
  private final Guarantee g;
  private final ServiceHours hours;
  private final SeverityWords severities;
  private final ExclusionWords exclusions;

  CommitmentWords(Wording w, Guarantee g, ServiceHours hours) {
    this.w = w;
    this.g = g;
    this.hours = hours;
    this.severities = new SeverityWords(w);
    this.exclusions = new ExclusionWords(w);
  }

  Clause clause(String number, Commitment c) {
    String name = c.name().in(w.language().code());
    if (c instanceof Commitment.TicketClock t) {
      return ticketClock(number, name, t);
    }
    String per = w.text("per." + c.window());
    List<String> parts = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    if (c instanceof Commitment.Availability a) {
      availability(a.terms(), name, per, parts, notes);
    } else if (c instanceof Commitment.Latency l) {
      latency(l.terms(), name, per, parts);
    } else if (c instanceof Commitment.Rating r) {
      rating(r.terms(), per, parts);
    } else if (c instanceof Commitment.Ratio r) {
      parts.add(ratio(r.terms(), name, per));
    } else if (c instanceof Commitment.Obligation o) {
      parts.add(obligation(o.terms()));
    }
    return new Clause(
        number, name, w.ending(w.clauses(parts)), List.of(), sentences(notes), List.of());
  }

  // ---- ticket clocks ----

  private Clause ticketClock(String number, String name, Commitment.TicketClock t) {
    List<String> notes = new ArrayList<>();
    for (Commitment.CategoryClock c : t.byCategory()) {
      notes.add(
          w.text("clock.category", "category", category(c), "target", target(t.kind(), c.clock())));
    }
    scope(t).ifPresent(notes::add);
    if (t.minOnTimePercent().compareTo(BigDecimal.valueOf(100)) < 0) {
      notes.add(
          w.text(
              "clock.onTime",
              "percent",
              w.percent(t.minOnTimePercent()),
              "per",
              w.text("per." + t.window())));
    }
    pauses(t).ifPresent(notes::add);
    if (t.bySeverity().isEmpty() && t.otherwise().isPresent()) {
      String text = w.ending(target(t.kind(), t.otherwise().get()));
      return new Clause(number, name, text, List.of(), sentences(notes), List.of());
    }
    List<String> items = new ArrayList<>();
    t.bySeverity().keySet().stream()
        .sorted(SeverityWords.byRank())
        .forEach(
            id -> items.add(w.heading(severity(id), target(t.kind(), t.bySeverity().get(id)))));
    t.otherwise()
        .ifPresent(o -> items.add(w.heading(w.text("clock.otherSeverities"), target(t.kind(), o))));
    return new Clause(number, name, "", items, sentences(notes), List.of());
  }

  /** "新域名开通", or the category as written: "类别“new-domain”". */
  private String category(Commitment.CategoryClock c) {
    return c.name()
        .map(n -> n.in(w.language().code()))
        .orElseGet(() -> w.text("clock.categoryId", "id", c.category()));
  }

  private String severity(String id) {
    Severity s = g.severities().get(id);
    return s == null ? id : severities.named(s);
  }

  /** "接报后 2 小时内恢复", with the service hours it is counted in unless that is 7×24. */
  private String target(String kind, ClockDefinition clock) {
    boolean inDays = clock.workingDays().isPresent();
    String duration =
        inDays ? w.workingDays(clock.workingDays().getAsInt()) : w.duration(clock.target());
    String text =
        isUsual(kind, clock)
            ? w.text("clock." + kind, "duration", duration)
            : w.text(
                "clock.generic",
                "start",
                events(clock.startOn()),
                "stop",
                events(clock.stopOn()),
                "duration",
                duration);
    BusinessCalendar calendar = clock.calendar();
    if (inDays) {
      // The definitions say what a working day is and when the last one ends.
      return hours.daysOf(calendar).map(note -> w.paren(text, note)).orElse(text);
    }
    return calendar.isAllDay() ? text : w.paren(text, hours.counted(calendar));
  }

  private static boolean isUsual(String kind, ClockDefinition clock) {
    Usual usual = USUAL.get(kind);
    return usual != null
        && clock.startOn().equals(Set.of(REPORTED))
        && clock.stopOn().equals(Set.of(usual.stop()))
        && clock.restartOn().equals(usual.restart() == null ? Set.of() : Set.of(usual.restart()));
  }

  private String events(Set<TimelineEventType> types) {
    return w.or(types.stream().sorted().map(e -> w.text("event." + e)).toList());
  }

  /** "适用范围：投诉" when the commitment covers fewer tickets than its kind implies. */
  private Optional<String> scope(Commitment.TicketClock t) {
    Scope scope = t.scope();
    List<String> parts = new ArrayList<>();
    Usual usual = USUAL.get(t.kind());
    Set<String> implied = usual == null ? Set.of() : usual.types();
    if (!scope.types().isEmpty() && !scope.types().equals(implied)) {
      parts.add(
          w.and(
              TICKET_TYPES.stream()
                  .filter(scope.types()::contains)
                  .map(type -> w.text("type." + type))
                  .toList()));
    }
    if (!scope.services().isEmpty()) {
      parts.add(w.and(serviceNames(scope.services())));
    }
    if (!scope.severities().isEmpty()) {
      parts.add(
          w.and(
              scope.severities().stream()
                  .sorted(SeverityWords.byRank())
                  .map(this::severity)
                  .toList()));
    }
    return parts.isEmpty()
        ? Optional.empty()
        : Optional.of(w.text("scope.appliesTo", "what", w.clauses(parts)));
  }

  private List<String> serviceNames(Set<String> ids) {
    List<String> out = new ArrayList<>();
    for (Service s : g.services()) {
      if (ids.contains(s.id())) {
        out.add(s.name().in(w.language().code()));
      }
    }
    ids.stream()
        .filter(id -> g.services().stream().noneMatch(s -> s.id().equals(id)))
        .sorted()
        .forEach(out::add);
    return out;
  }

  /** The reasons that hold the clock, if any; the same for every severity's clock. */
  private Optional<String> pauses(Commitment.TicketClock t) {
    ClockDefinition clock =
        t.otherwise().orElseGet(() -> t.bySeverity().values().iterator().next());
    if (clock.pausesOnAnyReason()) {
      return Optional.of(w.text("clock.pauseAny"));
    }
    if (clock.pauseReasons().isEmpty()) {
      return Optional.empty();
    }
    List<String> reasons =
        new TreeSet<>(clock.pauseReasons()).stream().map(this::pauseReason).toList();
    return Optional.of(w.text("clock.pauses", "reasons", w.or(reasons)));
  }

  private String pauseReason(String reason) {
    String key = "pause." + reason.toLowerCase(Locale.ROOT);
    return w.keys().contains(key)
        ? w.text(key)
        : w.text("pause.other", "reason", reason.replace('_', ' '));
  }

  // ---- period commitments ----

  private void availability(
      AvailabilityCommitment a, String name, String per, List<String> parts, List<String> notes) {
    a.minAvailabilityPercent()
        .ifPresent(
            p ->
                parts.add(
                    w.text(
                        "availability.minPercent",
                        "per",
                        per,
                        "name",
                        name,
                        "percent",
                        w.percent(p))));
    a.maxDowntime()
        .ifPresent(
            d ->
                parts.add(
                    w.text("availability.maxDowntime", "per", per, "duration", w.duration(d))));
    a.maxMaintenance()
        .ifPresent(
            d ->
                parts.add(
                    w.text("availability.maxMaintenance", "per", per, "duration", w.duration(d))));
    a.maxOutages().ifPresent(n -> parts.add(w.plural("availability.maxOutages", n, "per", per)));
    a.minTroubleFreeDays()
        .ifPresent(
            n -> parts.add(w.text("availability.minTroubleFreeDays", "per", per, "count", n)));
    if (countsDowntime(a)) {
      List<String> counting = new ArrayList<>();
      counting.add(w.text("availability.countFrom." + a.countFrom()));
      if (a.unapprovedMaintenanceIsDowntime()) {
        counting.add(w.text("availability.unapproved"));
      }
      notes.add(w.clauses(counting));
    }
    if (a.denominator() == AvailabilityCommitment.Denominator.EXCLUDING_MAINTENANCE
        && a.minAvailabilityPercent().isPresent()) {
      notes.add(w.text("availability.excludingMaintenance"));
    }
    if (g.services().size() > 1 && a.service().isPresent()) {
      notes.add(w.text("scope.appliesTo", "what", w.and(serviceNames(Set.of(a.service().get())))));
    }
    ownExclusions(a).ifPresent(notes::add);
  }

  /** True if a clause of the commitment measures downtime (a maintenance budget alone does not). */
  static boolean countsDowntime(AvailabilityCommitment a) {
    return a.minAvailabilityPercent().isPresent()
        || a.maxDowntime().isPresent()
        || a.maxOutages().isPresent()
        || a.minTroubleFreeDays().isPresent();
  }

  /** The clause's exclusions when they differ from the guarantee's. */
  private Optional<String> ownExclusions(AvailabilityCommitment a) {
    Set<String> general = new TreeSet<>();
    g.exclusions().causes().forEach(c -> general.add(c.toLowerCase(Locale.ROOT)));
    boolean sameCauses = general.equals(new TreeSet<>(a.excludedCauses()));
    boolean sameDeadline = Objects.equals(g.exclusions().reportWithin(), a.reportDeadline());
    if (sameCauses && sameDeadline) {
      return Optional.empty();
    }
    List<String> items = new ArrayList<>(exclusions.causes(a.excludedCauses()));
    a.reportDeadline().ifPresent(d -> items.add(exclusions.notReported(d)));
    return Optional.of(
        items.isEmpty()
            ? w.text("availability.noExclusions")
            : w.text("availability.exclusions", "list", w.clauses(items)));
  }

  private void latency(LatencyCommitment l, String name, String per, List<String> parts) {
    String unit = l.unit();
    l.maxAverage()
        .ifPresent(
            v ->
                parts.add(
                    w.text(
                        "latency.maxAverage",
                        "per",
                        per,
                        "name",
                        name,
                        "value",
                        w.metricValue(v, unit))));
    l.maxValue()
        .ifPresent(
            v -> parts.add(w.text("latency.max", "name", name, "value", w.metricValue(v, unit))));
    l.percentile()
        .ifPresent(
            p ->
                parts.add(
                    w.text(
                        "latency.percentile",
                        "per",
                        per,
                        "name",
                        name,
                        "percent",
                        w.percent(p),
                        "value",
                        w.metricValue(l.maxPercentileValue().orElseThrow(), unit))));
    l.maxExceedances()
        .ifPresent(
            n ->
                parts.add(
                    w.plural(
                        "latency.exceedances",
                        n,
                        "per",
                        per,
                        "value",
                        w.metricValue(l.exceedanceThreshold().orElseThrow(), unit))));
  }

  private void rating(RatingCommitment r, String per, List<String> parts) {
    String scale = Wording.number(r.scale());
    r.minSatisfiedPercent()
        .ifPresent(
            p ->
                parts.add(
                    w.text(
                        "rating.minSatisfied",
                        "per",
                        per,
                        "percent",
                        w.percent(p),
                        "from",
                        Wording.number(r.satisfiedFrom().orElseThrow()),
                        "scale",
                        scale)));
    r.minAverage()
        .ifPresent(
            v ->
                parts.add(
                    w.text(
                        "rating.minAverage",
                        "per",
                        per,
                        "value",
                        Wording.number(v),
                        "scale",
                        scale)));
  }

  private String ratio(CountRatioCommitment r, String name, String per) {
    String limit =
        r.unit() == CountRatioCommitment.Unit.PERCENT
            ? w.percent(r.limit())
            : Wording.ratio(r.limit());
    return w.text("ratio." + r.bound(), "per", per, "name", name, "limit", limit);
  }

  /** "once a month, by the 5th of the following month" / "每月一次，于次月 5 日前完成". */
  private String obligation(ObligationDefinition o) {
    Recurrence r = o.recurrence();
    DeadlineRule d = o.deadline();
    String unit = w.text("obligation.unit." + r.frequency());
    String often = w.text("obligation.every." + r.frequency(), "days", r.days());
    String time = d.timeOfDay().map(t -> t.toString()).orElse("");
    String key = "obligation.due." + d.kind();
    if (d.kind() == DeadlineRule.Kind.TIME_OF_DAY) {
      key += d.amount() == 0 ? ".same" : d.amount() == 1 ? ".next" : ".later";
    }
    String nth =
        w.language() == LetterLanguage.EN ? ordinal(d.amount()) : Integer.toString(d.amount());
    String due = w.text(key, "unit", unit, "amount", d.amount(), "nth", nth, "time", time);
    return w.text("obligation.clause", "often", often, "due", due);
  }

  /** 1st, 2nd, 3rd, 4th, 11th, 21st. */
  static String ordinal(int n) {
    int lastTwo = n % 100;
    String suffix =
        lastTwo >= 11 && lastTwo <= 13
            ? "th"
            : switch (n % 10) {
              case 1 -> "st";
              case 2 -> "nd";
              case 3 -> "rd";
              default -> "th";
            };
    return n + suffix;
  }

  private List<String> sentences(List<String> notes) {
    return notes.stream().map(w::sentence).toList();
  }
}

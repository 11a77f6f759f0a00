package dev.pledge.guarantee;

import dev.pledge.calendar.NamedCalendar;
import dev.pledge.obligation.DeadlineRule;
import dev.pledge.obligation.ObligationDefinition;
import dev.pledge.obligation.Recurrence;
import dev.pledge.yaml.Problems;
import dev.pledge.yaml.YamlNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a recurring obligation: {@code recurrence} (daily, weekly, monthly, quarterly, yearly, or
 * {@code {every_days: 3, anchor: 2026-01-01}}, {@code {weekly: monday}}) and {@code due}
 * (within_span, or {@code {day_of_next_month: 5}}, {@code {within_days: 3}}, {@code
 * {within_working_days: 3}}, {@code {at: "06:00", days_after: 1}}).
 */
final class ObligationReader {

  private final Problems problems;
  private final GuaranteeReader.Context context;

  ObligationReader(Problems problems, GuaranteeReader.Context context) {
    this.problems = problems;
    this.context = context;
  }

  Optional<ObligationDefinition> read(YamlNode.Mapping m, String id, LocalizedText name) {
    Optional<Recurrence> recurrence =
        problems
            .required(m, "recurrence", "daily, weekly, monthly, quarterly or yearly")
            .flatMap(this::recurrence);
    DeadlineRule due = m.get("due").flatMap(this::due).orElse(DeadlineRule.withinSpan());
    ObligationDefinition.Builder b =
        ObligationDefinition.builder(id).name(name.in("en")).deadline(due).zone(context.zone());
    m.get("minimum")
        .flatMap(v -> problems.parse(v, "a whole number of deliveries", Integer::parseInt))
        .ifPresent(b::minimumCount);
    Optional<String> calendar = m.get("calendar").flatMap(problems::text);
    if (calendar.isPresent()) {
      NamedCalendar c = context.calendars().get(calendar.get());
      if (c == null) {
        problems.add(
            m.get("calendar").get(),
            GuaranteeReader.unknown("calendar", calendar.get(), context.calendars().keySet()));
        return Optional.empty();
      }
      b.calendar(c.calendar()).zone(context.zone());
    } else if (context.defaultCalendar() != null) {
      b.calendar(context.calendars().get(context.defaultCalendar()).calendar())
          .zone(context.zone());
    }
    if (recurrence.isEmpty()) {
      return Optional.empty();
    }
    b.recurrence(recurrence.get());
    try {
      return Optional.of(b.build());
    } catch (IllegalArgumentException e) {
      problems.add(m, e.getMessage());
      return Optional.empty();
    }
  }

  private Optional<Recurrence> recurrence(YamlNode node) {
    if (node instanceof YamlNode.Scalar) {
      return problems.parse(
          node, "daily, weekly, monthly, quarterly or yearly", ObligationReader::simple);
    }
    return problems
        .mapping(node)
        .flatMap(
            m -> {
              problems.onlyKeys(m, List.of("every_days", "anchor", "weekly"));
              if (m.has("weekly")) {
                return problems.parse(
                    m.get("weekly").get(),
                    "a day of the week such as monday",
                    t -> Recurrence.weekly(DayOfWeek.valueOf(t.toUpperCase(Locale.ROOT))));
              }
              Optional<Integer> n =
                  problems
                      .required(m, "every_days", "how many days apart, e.g. 3")
                      .flatMap(v -> problems.parse(v, "a whole number of days", Integer::parseInt));
              Optional<LocalDate> anchor =
                  problems
                      .required(m, "anchor", "a date the cycle starts on, e.g. 2026-01-01")
                      .flatMap(v -> problems.parse(v, "a date like 2026-01-01", LocalDate::parse));
              if (n.isEmpty() || anchor.isEmpty()) {
                return Optional.empty();
              }
              try {
                return Optional.of(Recurrence.everyNDays(n.get(), anchor.get()));
              } catch (IllegalArgumentException e) {
                problems.add(node, e.getMessage());
                return Optional.empty();
              }
            });
  }

  private static Recurrence simple(String text) {
    return switch (text) {
      case "daily" -> Recurrence.daily();
      case "weekly" -> Recurrence.weekly();
      case "monthly" -> Recurrence.monthly();
      case "quarterly" -> Recurrence.quarterly();
      case "yearly" -> Recurrence.yearly();
      default ->
          throw new IllegalArgumentException("write daily, weekly, monthly, quarterly or yearly");
    };
  }

  private Optional<DeadlineRule> due(YamlNode node) {
    if (node instanceof YamlNode.Scalar) {
      return problems.parse(
          node,
          "within_span, or a mapping such as {day_of_next_month: 5}",
          t -> {
            if (!t.equals("within_span")) {
              throw new IllegalArgumentException("write within_span or a mapping");
            }
            return DeadlineRule.withinSpan();
          });
    }
    return problems
        .mapping(node)
        .flatMap(
            m -> {
              problems.onlyKeys(
                  m,
                  List.of(
                      "day_of_next_month",
                      "within_days",
                      "within_working_days",
                      "at",
                      "days_after"));
              try {
                if (m.has("day_of_next_month")) {
                  return number(m, "day_of_next_month").map(DeadlineRule::byDayOfNextMonth);
                }
                if (m.has("within_days")) {
                  return number(m, "within_days").map(DeadlineRule::withinDays);
                }
                if (m.has("within_working_days")) {
                  return number(m, "within_working_days").map(DeadlineRule::withinWorkingDays);
                }
                if (m.has("at")) {
                  Optional<LocalTime> at =
                      problems.parse(
                          m.get("at").get(), "a time of day like 06:00", LocalTime::parse);
                  int after = m.has("days_after") ? number(m, "days_after").orElse(0) : 0;
                  return at.map(t -> DeadlineRule.byTimeOfDay(t, after));
                }
              } catch (IllegalArgumentException e) {
                problems.add(node, e.getMessage());
                return Optional.empty();
              }
              problems.add(
                  node,
                  "give day_of_next_month, within_days, within_working_days, or at (with days_after)");
              return Optional.empty();
            });
  }

  private Optional<Integer> number(YamlNode.Mapping m, String key) {
    return problems.parse(m.get(key).get(), "a whole number", Integer::parseInt);
  }
}

package dev.pledge.letter;

import dev.pledge.calendar.BusinessCalendar;
import dev.pledge.calendar.NamedCalendar;
import dev.pledge.clock.ClockDefinition;
import dev.pledge.guarantee.Commitment;
import dev.pledge.guarantee.Guarantee;
import java.util.ArrayList;
import java.util.List;

/**
 * The service hours the guarantee's clocks run in, each with the label clauses refer to it by:
 * 7×24, "working hours" when there is one other calendar, or the calendar's name when there are
 * several.
 */
final class ServiceHours {

  private final Wording w;
  private final Guarantee g;
  private final List<BusinessCalendar> used;
  private final long notAllDay;

  ServiceHours(Wording w, Guarantee g) {
    this.w = w;
    this.g = g;
    this.used = used(g);
    this.notAllDay = used.stream().filter(c -> !c.isAllDay()).count();
  }

  /** The calendars ticket clocks run in, in the order the commitments first use them. */
  private static List<BusinessCalendar> used(Guarantee g) {
    List<BusinessCalendar> out = new ArrayList<>();
    for (Commitment c : g.commitments()) {
      if (c instanceof Commitment.TicketClock t) {
        List<ClockDefinition> clocks = new ArrayList<>(t.bySeverity().values());
        t.otherwise().ifPresent(clocks::add);
        clocks.stream()
            .map(ClockDefinition::calendar)
            .filter(cal -> !out.contains(cal))
            .forEach(out::add);
      }
    }
    return out;
  }

  List<BusinessCalendar> used() {
    return used;
  }

  /** True if a ticket clock's target is written in working days. */
  boolean anyInWorkingDays() {
    return g.commitments().stream()
        .filter(c -> c instanceof Commitment.TicketClock)
        .map(c -> (Commitment.TicketClock) c)
        .flatMap(
            t ->
                java.util.stream.Stream.concat(
                    t.bySeverity().values().stream(), t.otherwise().stream()))
        .anyMatch(d -> d.workingDays().isPresent());
  }

  /** "按服务时间“office”的工作日计", for a target in working days when there are several calendars. */
  java.util.Optional<String> daysOf(BusinessCalendar calendar) {
    return notAllDay > 1
        ? java.util.Optional.of(w.text("calendar.days.named", "name", name(calendar)))
        : java.util.Optional.empty();
  }

  boolean anyCountedInWorkingHours() {
    return notAllDay > 0;
  }

  /** "7×24", "工作时间", "服务时间“office”". */
  String term(BusinessCalendar calendar) {
    if (calendar.isAllDay()) {
      return w.text("calendar.allDay.term");
    }
    return notAllDay == 1
        ? w.text("calendar.term")
        : w.text("calendar.term.named", "name", name(calendar));
  }

  /** "按工作时间计" / "counted in working hours", for a clock that is not 7×24. */
  String counted(BusinessCalendar calendar) {
    return notAllDay == 1
        ? w.text("calendar.counted")
        : w.text("calendar.counted.named", "name", name(calendar));
  }

  private String name(BusinessCalendar calendar) {
    return g.calendars().values().stream()
        .filter(n -> n.calendar().equals(calendar))
        .map(NamedCalendar::name)
        .sorted()
        .findFirst()
        .orElse(Integer.toString(used.indexOf(calendar) + 1));
  }
}

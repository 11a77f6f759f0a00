package dev.pledge.obligation;

import dev.pledge.period.ReportingPeriod;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Assigns fulfilments to occurrences and judges the occurrences due in a period.
 *
 * <p>Fulfilments are taken in time order (then by id). One that names what it covers goes to that
 * occurrence, unless it came before the covered span began. One that does not goes to the earliest
 * occurrence still open (short of the minimum count) whose window contains it; if none is open, to
 * the occurrence whose covered span contains it. Windows start and end in the same order, so taking
 * the earliest open one fills as many occurrences on time as any assignment could.
 *
 * <p>Holds the assignment as it goes: one matcher serves one evaluation.
 */
final class FulfilmentMatcher {

  private final Schedule schedule;
  private final int minimum;
  private final Map<LocalDate, List<ObligationFulfilment>> matched = new HashMap<>();
  private final List<ObligationFulfilment> tooEarly = new ArrayList<>();

  FulfilmentMatcher(Schedule schedule) {
    this.schedule = schedule;
    this.minimum = schedule.definition().minimumCount();
  }

  ObligationEvaluation evaluate(
      ReportingPeriod period, Instant asOf, Collection<ObligationFulfilment> fulfilments) {
    String id = schedule.definition().id();
    fulfilments.stream()
        .filter(f -> f.obligation().equals(id) && !f.at().isAfter(asOf))
        .sorted(Comparator.comparing(ObligationFulfilment::at).thenComparing(f -> f.id()))
        .forEach(this::assign);
    List<LocalDate> due = schedule.dueIn(period.range());
    List<Occurrence> occurrences = due.stream().map(o -> occurrence(o, asOf)).toList();
    List<ObligationFulfilment> early =
        tooEarly.stream().filter(f -> due.contains(schedule.named(f))).toList();
    return new ObligationEvaluation(
        schedule.definition(), period, asOf, occurrences, early, schedule.zone());
  }

  private void assign(ObligationFulfilment f) {
    if (f.coversLabel().isPresent()) {
      assignNamed(f, schedule.named(f));
    } else {
      assignByTime(f);
    }
  }

  private void assignNamed(ObligationFulfilment f, LocalDate occurrence) {
    if (f.at().isBefore(schedule.start(occurrence))) {
      tooEarly.add(f);
    } else {
      fulfilmentsOf(occurrence).add(f);
    }
  }

  private void assignByTime(ObligationFulfilment f) {
    for (LocalDate o : schedule.windowsContaining(f.at())) {
      if (fulfilmentsOf(o).size() < minimum) {
        fulfilmentsOf(o).add(f);
        return;
      }
    }
    fulfilmentsOf(schedule.containing(f.at())).add(f);
  }

  private List<ObligationFulfilment> fulfilmentsOf(LocalDate occurrence) {
    return matched.computeIfAbsent(occurrence, o -> new ArrayList<>());
  }

  private Occurrence occurrence(LocalDate first, Instant asOf) {
    Instant deadline = schedule.deadline(first);
    List<ObligationFulfilment> fs = matched.getOrDefault(first, List.of());
    return new Occurrence(
        schedule.label(first),
        first,
        schedule.next(first).minusDays(1),
        schedule.covers(first),
        deadline,
        Occurrence.judge(deadline, fs, minimum, asOf),
        fs);
  }
}

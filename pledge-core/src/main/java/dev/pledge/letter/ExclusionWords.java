package dev.pledge.letter;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** Exclusions in words: the usual cause categories by name, any other cause as recorded. */
final class ExclusionWords {

  /** The categories the wording names, in the order a letter lists them. */
  static final List<String> KNOWN_CAUSES =
      List.of("customer_equipment", "customer_misuse", "third_party_damage", "force_majeure");

  private final Wording w;

  ExclusionWords(Wording w) {
    this.w = w;
  }

  /** The causes as letter items: known categories first, in their usual order, then the others. */
  List<String> causes(Collection<String> causes) {
    List<String> lower = causes.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
    List<String> out = new ArrayList<>();
    for (String known : KNOWN_CAUSES) {
      if (lower.contains(known)) {
        out.add(w.text("cause." + known));
      }
    }
    lower.stream()
        .filter(c -> !KNOWN_CAUSES.contains(c))
        .sorted()
        .distinct()
        .forEach(c -> out.add(w.text("cause.other", "cause", c.replace('_', ' '))));
    return out;
  }

  String notReported(Duration within) {
    return w.text("exclusions.notReported", "duration", w.elapsed(within));
  }
}

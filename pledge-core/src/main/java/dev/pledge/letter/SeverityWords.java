package dev.pledge.letter;

import dev.pledge.guarantee.Severity;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Severity levels by rank and in words. An id ending in a number ({@code sev1}, {@code p2}) is that
 * level: "一级故障（网络中断）", "Severity 1 (Network down)"; any other id is called by its name.
 */
final class SeverityWords {

  private static final Pattern RANK = Pattern.compile("^[A-Za-z_-]*?(\\d+)$");

  private static final Comparator<Severity> BY_RANK =
      Comparator.comparingInt((Severity s) -> rank(s.id()).orElse(Integer.MAX_VALUE))
          .thenComparing(Severity::id);

  private final Wording w;

  SeverityWords(Wording w) {
    this.w = w;
  }

  /** Most severe first: by the number in the id, then ids without one, by id. */
  static List<Severity> ordered(Collection<Severity> severities) {
    return severities.stream().sorted(BY_RANK).toList();
  }

  static Comparator<String> byRank() {
    return Comparator.comparingInt((String id) -> rank(id).orElse(Integer.MAX_VALUE))
        .thenComparing(Comparator.naturalOrder());
  }

  static OptionalInt rank(String id) {
    Matcher m = RANK.matcher(id);
    return m.matches() && m.group(1).length() < 4
        ? OptionalInt.of(Integer.parseInt(m.group(1)))
        : OptionalInt.empty();
  }

  /** "一级故障" / "Severity 1"; the name when the id has no number. */
  String level(Severity s) {
    OptionalInt rank = rank(s.id());
    return rank.isPresent()
        ? w.text("severity.label", "numeral", w.numeral(rank.getAsInt()))
        : name(s);
  }

  /** "一级故障（网络中断）" / "Severity 1 (Network down)"; the level alone if it has no name. */
  String named(Severity s) {
    String level = level(s);
    String name = name(s);
    boolean unnamed = name.equals(level) || name.equals(s.id());
    return unnamed ? level : w.text("severity.named", "label", level, "name", name);
  }

  String name(Severity s) {
    return s.name().in(w.language().code());
  }

  String description(Severity s) {
    return s.description().in(w.language().code());
  }
}

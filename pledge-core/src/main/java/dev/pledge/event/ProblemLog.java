package dev.pledge.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The problems of one read: the first {@value EventReader#LISTED_PROBLEMS} kept for the message,
 * the rest only counted, so a file that is wrong on every line neither floods the reader nor fills
 * the memory.
 */
final class ProblemLog {

  private record Entry(int file, EventProblem problem) {}

  private final List<Entry> listed = new ArrayList<>();
  private long total;

  void add(int file, EventProblem problem) {
    total++;
    if (listed.size() < EventReader.LISTED_PROBLEMS) {
      listed.add(new Entry(file, problem));
    }
  }

  long total() {
    return total;
  }

  /** The listed problems in file and line order (a ticket's own problems are found late). */
  List<EventProblem> listed() {
    List<Entry> sorted = new ArrayList<>(listed);
    sorted.sort(Comparator.comparingInt(Entry::file).thenComparingLong(e -> e.problem().line()));
    return sorted.stream().map(Entry::problem).toList();
  }

  long unlisted() {
    return total - listed.size();
  }
}

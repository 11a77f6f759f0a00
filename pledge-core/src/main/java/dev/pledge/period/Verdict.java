package dev.pledge.period;

import java.util.Collection;
import java.util.Locale;

/** The outcome of a clause or of a whole commitment for a period. */
public enum Verdict {
  /** The clause holds. Exactly reaching a limit holds. */
  MET,
  /** The clause does not hold. */
  BREACHED,
  /** Nothing was measured (no ratings, no samples): neither met nor breached. */
  NO_DATA;

  /**
   * A commitment's verdict from its clauses': breached if any clause is breached, else no data if
   * any clause has no data, else met.
   */
  public static Verdict combine(Collection<ClauseVerdict> clauses) {
    if (clauses.stream().anyMatch(c -> c.verdict() == BREACHED)) {
      return BREACHED;
    }
    return clauses.stream().anyMatch(c -> c.verdict() == NO_DATA) ? NO_DATA : MET;
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}

package dev.pledge.yaml;

/** Where something stands in a definition file: 1-based line and column. */
public record Location(int line, int column) {
  public static final Location UNKNOWN = new Location(0, 0);

  @Override
  public String toString() {
    return this == UNKNOWN || line == 0 ? "" : "line " + line + ", column " + column;
  }
}

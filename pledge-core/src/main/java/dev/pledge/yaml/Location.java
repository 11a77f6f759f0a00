package dev.pledge.yaml;

/**
 * Where something stands in a definition file: 1-based line and column, and the file when it is not
 * the one being read (a template a guarantee extends).
 */
public record Location(int line, int column, String source) {
  public static final Location UNKNOWN = new Location(0, 0, null);

  public Location(int line, int column) {
    this(line, column, null);
  }

  @Override
  public String toString() {
    if (line == 0) {
      return source == null ? "" : source;
    }
    String at = "line " + line + ", column " + column;
    return source == null ? at : source + " " + at;
  }
}

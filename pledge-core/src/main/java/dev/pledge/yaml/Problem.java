package dev.pledge.yaml;

/** One thing wrong with a definition: where, at which path, and what to do about it. */
public record Problem(Location location, String path, String message) {

  @Override
  public String toString() {
    String where = location.toString();
    String at = path == null || path.isEmpty() ? "" : path + ": ";
    return at + message + (where.isEmpty() ? "" : " (" + where + ")");
  }
}

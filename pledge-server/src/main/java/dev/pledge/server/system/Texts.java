package dev.pledge.server.system;

/**
 * Request texts checked against what their columns hold, and ids against what a URL path can carry;
 * a bad one is refused with a problem naming its field. Every feature reads its texts through
 * these, so a request never reaches the database with a value it cannot store.
 */
public final class Texts {

  private Texts() {}

  /** A required text, stripped, at most {@code max} characters. */
  public static String required(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      throw ApiException.badInput(field, field + " is missing; it is required")
          .saying("problem.missing");
    }
    return fits(field, value.strip(), max);
  }

  /** An optional text, stripped; {@code null} when absent or blank. */
  public static String optional(String field, String value, int max) {
    return value == null || value.isBlank() ? null : fits(field, value.strip(), max);
  }

  /**
   * A required id, stripped, at most {@code max} characters, that a URL path can carry as one
   * segment: an id with {@code /} is stored but never reached again (servers refuse {@code %2F}).
   */
  public static String id(String field, String value, int max) {
    return pathSafe(field, required(field, value, max));
  }

  /** An optional id, as {@link #id}; {@code null} when absent or blank. */
  public static String optionalId(String field, String value, int max) {
    String id = optional(field, value, max);
    return id == null ? null : pathSafe(field, id);
  }

  /**
   * The id itself when it has none of {@code / \ ? # %}, whitespace or control characters.
   *
   * @throws ApiException 400 naming {@code field} otherwise
   */
  public static String pathSafe(String field, String id) {
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (UNSAFE.indexOf(c) >= 0 || Character.isWhitespace(c) || Character.isISOControl(c)) {
        throw ApiException.badInput(
            field,
            field
                + " '"
                + id
                + "' has "
                + shown(c)
                + " at position "
                + (i + 1)
                + "; an id cannot hold / \\ ? # %, spaces or control characters, as it names"
                + " the record in URLs");
      }
    }
    return id;
  }

  /** A text's characters, at most {@code max}; blank or not it is kept as it is. */
  public static String fits(String field, String value, int max) {
    if (value.length() > max) {
      throw ApiException.badInput(
              field, field + " is " + value.length() + " characters long; at most " + max + " fit")
          .saying("problem.tooLong", value.length(), max);
    }
    return value;
  }

  private static final String UNSAFE = "/\\?#%";

  private static String shown(char c) {
    return Character.isISOControl(c) || Character.isWhitespace(c)
        ? String.format("the character U+%04X", (int) c)
        : "'" + c + "'";
  }
}

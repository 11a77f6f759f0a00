package dev.pledge.server.system;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;

/**
 * A body or parameter the server could not read, said in the API's words: the field by its JSON
 * path ({@code measurements[0].value}) and what was expected ("a number"), never a Java type.
 *
 * @param field the JSON path or parameter at fault, or {@code null} when the body as a whole is
 * @param detail what is wrong and what to send instead
 */
record UnreadableInput(String field, String detail) {

  private static final Map<JsonToken, String> SENT =
      Map.of(
          JsonToken.START_ARRAY, "a list",
          JsonToken.START_OBJECT, "an object",
          JsonToken.VALUE_STRING, "a text",
          JsonToken.VALUE_NUMBER_INT, "a number",
          JsonToken.VALUE_NUMBER_FLOAT, "a number",
          JsonToken.VALUE_TRUE, "true",
          JsonToken.VALUE_FALSE, "false",
          JsonToken.VALUE_NULL, "null");

  /** A JSON body Jackson refused. */
  static UnreadableInput of(JacksonException e) {
    String field = path(e.getPath());
    if (e instanceof PropertyBindingException unknown) {
      return unknownField(field, unknown);
    }
    if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      return mismatch(field, mismatch);
    }
    if (field.isEmpty()) {
      return new UnreadableInput(null, "the body is not valid JSON: " + where(e));
    }
    return new UnreadableInput(field, "'" + field + "' cannot be read: " + where(e));
  }

  /** A path variable or query parameter that is not of its kind, e.g. {@code seq=abc}. */
  static UnreadableInput ofParameter(String name, Object value, Class<?> type) {
    return new UnreadableInput(name, "'" + value + "' is not " + expected(type));
  }

  private static UnreadableInput unknownField(String field, PropertyBindingException e) {
    List<String> known = names(e.getKnownPropertyIds());
    return new UnreadableInput(
        field,
        "'"
            + e.getPropertyName()
            + "' is not a field of this request; the fields are: "
            + String.join(", ", known));
  }

  private static UnreadableInput mismatch(String field, MismatchedInputException e) {
    String expected = expected(e.getTargetType());
    String sent = sent(e);
    if (field.isEmpty()) {
      return new UnreadableInput(null, "the body must be " + json(expected) + sent);
    }
    return new UnreadableInput(field, "'" + field + "' must be " + expected + sent);
  }

  /** ", not a list" when the token sent is known; an unreadable value is quoted instead. */
  private static String sent(MismatchedInputException e) {
    if (e instanceof InvalidFormatException invalid && invalid.getValue() != null) {
      return "; '" + invalid.getValue() + "' is not";
    }
    String token = e.getCurrentToken() == null ? null : SENT.get(e.getCurrentToken());
    return token == null ? "" : ", not " + token;
  }

  /** What a value of the type looks like in JSON, in plain words. */
  static String expected(Class<?> type) {
    if (CharSequence.class.isAssignableFrom(type) || type.isEnum()) {
      return "a text";
    }
    if (Number.class.isAssignableFrom(type) || isNumeric(type)) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "a list";
    }
    return "an object";
  }

  private static boolean isNumeric(Class<?> type) {
    return type.isPrimitive() && type != boolean.class && type != char.class;
  }

  private static String json(String expected) {
    return expected.equals("an object") || expected.equals("a list")
        ? "a JSON " + expected.substring(expected.indexOf(' ') + 1)
        : expected;
  }

  /** The first line of Jackson's message and where in the body it happened. */
  private static String where(JacksonException e) {
    String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    String first = message.lines().findFirst().orElse("").strip();
    TokenStreamLocation at = e.getLocation();
    if (at == null || at == TokenStreamLocation.NA || at.getLineNr() < 1) {
      return first;
    }
    return first + " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
  }

  private static List<String> names(Collection<Object> ids) {
    return ids == null ? List.of() : ids.stream().map(String::valueOf).sorted().toList();
  }

  /** {@code measurements[0].value}: properties joined by dots, indexes in brackets. */
  static String path(List<JacksonException.Reference> references) {
    StringBuilder path = new StringBuilder();
    for (JacksonException.Reference r : references) {
      if (r.getPropertyName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(r.getPropertyName());
      } else if (r.getIndex() >= 0) {
        path.append('[').append(r.getIndex()).append(']');
      }
    }
    return path.toString();
  }
}

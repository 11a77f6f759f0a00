package dev.pledge.server.system;

import dev.pledge.yaml.InvalidDefinitionException;

/**
 * A definition other than a guarantee, with problems: given inside a request field, such as a
 * recipient's {@code calendar}, or as the whole body, such as an uploaded template. Answered 422
 * like an invalid guarantee, with every problem and its line, but titled for what was given and
 * naming the field when there is one.
 */
public final class InvalidDefinitionInput extends RuntimeException {

  private final String title;
  private final String field;
  private final InvalidDefinitionException definition;

  /**
   * @param title the problem's title, e.g. {@code Invalid calendar}
   * @param field the request field that held the definition, or {@code null} for the whole body
   */
  public InvalidDefinitionInput(String title, String field, InvalidDefinitionException definition) {
    super(definition.getMessage(), definition);
    this.title = title;
    this.field = field;
    this.definition = definition;
  }

  public String title() {
    return title;
  }

  /** The request field that held the definition, or {@code null}: it was the whole body. */
  public String field() {
    return field;
  }

  public InvalidDefinitionException definition() {
    return definition;
  }
}

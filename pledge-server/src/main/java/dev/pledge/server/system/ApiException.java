package dev.pledge.server.system;

import org.springframework.http.HttpStatus;

/**
 * A request the API refuses, answered as an RFC 9457 problem that names the field at fault (or
 * none, when the request as a whole is refused). The API's detail is English; a refusal the pages'
 * forms commonly meet also carries a message code, which the pages say in the person's language.
 */
public final class ApiException extends RuntimeException {

  private final HttpStatus status;
  private final String field;
  private final String code;
  private final Object[] arguments;

  private ApiException(
      HttpStatus status, String field, String detail, String code, Object... arguments) {
    super(detail);
    this.status = status;
    this.field = field;
    this.code = code;
    this.arguments = arguments.clone();
  }

  private ApiException(HttpStatus status, String field, String detail) {
    this(status, field, detail, null);
  }

  /**
   * The same refusal, which the pages say by the message {@code code} of {@code
   * messages*.properties} with the arguments, in the person's language and in the pages' words; the
   * API's detail is kept.
   */
  public ApiException saying(String code, Object... arguments) {
    return new ApiException(status, field, getMessage(), code, arguments);
  }

  /** 400: a field's value cannot be used. */
  public static ApiException badInput(String field, String detail) {
    return new ApiException(HttpStatus.BAD_REQUEST, field, detail);
  }

  /** 403: the caller may not make this request, whatever it holds. */
  public static ApiException forbidden(String detail) {
    return new ApiException(HttpStatus.FORBIDDEN, null, detail);
  }

  /** 404: the thing the path names does not exist. */
  public static ApiException notFound(String detail) {
    return new ApiException(HttpStatus.NOT_FOUND, null, detail);
  }

  /** 409: the request disagrees with what is already stored. */
  public static ApiException conflict(String field, String detail) {
    return new ApiException(HttpStatus.CONFLICT, field, detail);
  }

  /** 422: the request is well formed but its content is not a valid definition. */
  public static ApiException unprocessable(String field, String detail) {
    return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, field, detail);
  }

  public HttpStatus status() {
    return status;
  }

  /** The request field at fault, or {@code null}. */
  public String field() {
    return field;
  }

  /** The message code the pages say this refusal by, or {@code null}: they show the detail. */
  public String code() {
    return code;
  }

  /** The arguments of {@link #code()}. */
  public Object[] arguments() {
    return arguments.clone();
  }
}

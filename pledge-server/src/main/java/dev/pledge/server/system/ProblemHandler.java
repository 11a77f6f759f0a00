package dev.pledge.server.system;

import dev.pledge.yaml.InvalidDefinitionException;
import dev.pledge.yaml.Problem;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Every error the API gives is an RFC 9457 problem: Spring MVC's own (unsupported media type,
 * unknown path, ...) through the base class, ours with the field at fault in {@code field}.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

  @ExceptionHandler(ApiException.class)
  ProblemDetail refused(ApiException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
    if (e.field() != null) {
      problem.setProperty("field", e.field());
    }
    return problem;
  }

  /** Anything unforeseen is still a problem document; its cause goes to the log, not the client. */
  @ExceptionHandler(RuntimeException.class)
  ProblemDetail failed(RuntimeException e) {
    logger.error("request failed", e);
    return ProblemDetail.forStatusAndDetail(
        HttpStatus.INTERNAL_SERVER_ERROR, "the server failed to answer; the log says why");
  }

  /** A guarantee with problems: the CLI's words, and each problem with its line and column. */
  @ExceptionHandler(InvalidDefinitionException.class)
  ProblemDetail invalidDefinition(InvalidDefinitionException e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
    problem.setTitle("Invalid guarantee");
    problem.setProperty("problems", e.problems().stream().map(ProblemHandler::entry).toList());
    return problem;
  }

  /**
   * Another definition (a calendar, a template, ...): as above, titled for what it is, naming the
   * request field that held it, if one did.
   */
  @ExceptionHandler(InvalidDefinitionInput.class)
  ProblemDetail invalidDefinitionInput(InvalidDefinitionInput e) {
    ProblemDetail problem = invalidDefinition(e.definition());
    problem.setTitle(e.title());
    if (e.field() != null) {
      problem.setProperty("field", e.field());
    }
    return problem;
  }

  private static Map<String, Object> entry(Problem p) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("line", p.location().line());
    entry.put("column", p.location().column());
    entry.put("path", p.path() == null ? "" : p.path());
    entry.put("message", p.message());
    entry.put("text", p.toString());
    return entry;
  }

  /** Malformed JSON or a value of the wrong kind: say where, by the field's JSON path. */
  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    UnreadableInput input =
        e.getMostSpecificCause() instanceof JacksonException j
            ? UnreadableInput.of(j)
            : new UnreadableInput(null, "the body is missing or unreadable; send a JSON object");
    return badInput(e, input, headers, request);
  }

  /** A path variable or query parameter of the wrong kind: {@code seq=abc} is not a number. */
  @Override
  protected ResponseEntity<Object> handleTypeMismatch(
      TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : null;
    Class<?> type = e.getRequiredType() == null ? Object.class : e.getRequiredType();
    return badInput(e, UnreadableInput.ofParameter(name, e.getValue(), type), headers, request);
  }

  private ResponseEntity<Object> badInput(
      Exception e, UnreadableInput input, HttpHeaders headers, WebRequest request) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, input.detail());
    if (input.field() != null) {
      problem.setProperty("field", input.field());
    }
    return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
  }
}

package dev.pledge.server.record;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Two requests storing the same id at once both pass the check for it, and the database refuses the
 * second: that is the same conflict as an id already stored, not a server failure.
 */
@RestControllerAdvice(basePackageClasses = StoredMeanwhile.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class StoredMeanwhile {

  @ExceptionHandler(DuplicateKeyException.class)
  ProblemDetail conflict(DuplicateKeyException e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.CONFLICT,
            "a record with this id was stored by another request meanwhile; give each its own id");
    problem.setProperty("field", "id");
    return problem;
  }
}

package dev.pledge.server.portal;

import dev.pledge.server.system.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The pages' answer to an id that is unknown or another customer's: the same page either way, so a
 * customer user learns nothing of other customers' ids.
 */
@ControllerAdvice(basePackageClasses = NotFoundPage.class)
class NotFoundPage {

  @ExceptionHandler(ApiException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound(
      ApiException e,
      @AuthenticationPrincipal(expression = "displayName") String name,
      Model model) {
    if (e.status() != HttpStatus.NOT_FOUND) {
      throw e;
    }
    model.addAttribute("person", name);
    return "portal/not-found";
  }
}

package dev.pledge.server.portal;

import dev.pledge.server.system.ApiException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What the pages' forms share: a change that the service refuses is shown, and nothing stored. */
final class Forms {

  private Forms() {}

  /**
   * A refused form: the field at fault, as the API names it (a key of {@code field.*} in the
   * messages), and the service's explanation, said by the message {@code code} with the arguments
   * in the person's language when there is one, else in the API's English.
   */
  record Problem(String field, String detail, String code, Object... arguments) {}

  /**
   * Runs a change in its own transaction. When the service refuses the input, the page shows the
   * problem with the status the API would answer; an unknown or another customer's id goes on to
   * {@link ErrorPages}.
   *
   * @return whether the change was stored
   */
  static boolean saved(Runnable change, Model model, HttpServletResponse response) {
    try {
      change.run();
      return true;
    } catch (ApiException e) {
      if (e.status() == HttpStatus.NOT_FOUND) {
        throw e;
      }
      return refuse(e, model, response);
    }
  }

  /**
   * Shows a refusal with the status the API would answer it with.
   *
   * @return false: nothing was stored
   */
  static boolean refuse(ApiException e, Model model, HttpServletResponse response) {
    model.addAttribute("problem", new Problem(e.field(), e.getMessage(), e.code(), e.arguments()));
    response.setStatus(e.status().value());
    return false;
  }

  /** A choice the form needs before any service can check it. */
  static boolean chosen(String field, String value, Model model, HttpServletResponse response) {
    if (value != null && !value.isBlank()) {
      return true;
    }
    model.addAttribute(
        "problem", new Problem(field, field + " is missing; choose one", "problem.choose"));
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    return false;
  }

  /** After a stored change: back to the list, showing the customer whose record changed. */
  static String savedTo(String list, String customer, RedirectAttributes redirect) {
    redirect.addAttribute("customer", customer);
    redirect.addAttribute("saved", "");
    return "redirect:" + list;
  }
}

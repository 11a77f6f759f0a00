package dev.pledge.server.portal;

import dev.pledge.server.breach.BreachCases;
import dev.pledge.server.system.Caller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The breach cases the person may see — a customer user its own organisation's: what was breached,
 * why, what the customer was told, what is being done about it and by whom, and whether it is
 * closed. The provider works them through the API ({@code PATCH /api/breach-cases/{id}}).
 */
@Controller
class BreachCasePages {

  private final BreachCases cases;

  BreachCasePages(BreachCases cases) {
    this.cases = cases;
  }

  @GetMapping("/breach-cases")
  String breachCases(
      @AuthenticationPrincipal(expression = "caller") Caller caller,
      @AuthenticationPrincipal(expression = "displayName") String name,
      Model model) {
    model.addAttribute("person", name);
    model.addAttribute("cases", cases.list(caller, null));
    return "portal/breach-cases";
  }
}

package dev.pledge.server.access;

import dev.pledge.server.system.ApiException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A signed-in person's own account: changing the password, with the current one as proof. */
@Controller
class AccountPage {

  private final People people;

  AccountPage(People people) {
    this.people = people;
  }

  @GetMapping("/account")
  String account(
      @AuthenticationPrincipal SignedInPerson person,
      @RequestParam(required = false) String changed,
      Model model) {
    model.addAttribute("person", person.getDisplayName());
    model.addAttribute("email", person.getUsername());
    model.addAttribute("changed", changed != null);
    return "portal/account";
  }

  @PostMapping("/account/password")
  String changePassword(
      @AuthenticationPrincipal SignedInPerson person,
      @RequestParam(name = "current_password", required = false) String current,
      @RequestParam(name = "new_password", required = false) String next,
      Model model) {
    try {
      people.changePassword(person.getUsername(), current, next, person.getCaller());
    } catch (ApiException e) {
      model.addAttribute("person", person.getDisplayName());
      model.addAttribute("email", person.getUsername());
      model.addAttribute("changed", false);
      model.addAttribute("problem", e.field());
      return "portal/account";
    }
    return "redirect:/account?changed";
  }
}

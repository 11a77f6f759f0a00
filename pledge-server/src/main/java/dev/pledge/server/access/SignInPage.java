package dev.pledge.server.access;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in form; Spring Security checks what it posts ({@link ThrottledSignIn}). */
@Controller
class SignInPage {

  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  @GetMapping("/login")
  String signIn(
      @RequestParam(required = false) String error,
      @RequestParam(required = false) Long retry,
      @RequestParam(name = "signed-out", required = false) String signedOut,
      Model model) {
    model.addAttribute("error", error != null);
    model.addAttribute(
        "retryAfter", retry == null ? null : UTC.format(Instant.ofEpochSecond(retry)));
    model.addAttribute("signedOut", signedOut != null);
    return "login";
  }
}

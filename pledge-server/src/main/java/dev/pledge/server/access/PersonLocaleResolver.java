package dev.pledge.server.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/** Pages speak the signed-in person's language; the sign-in page the browser's, zh-CN or en. */
final class PersonLocaleResolver implements LocaleResolver {

  private final AcceptHeaderLocaleResolver browser = new AcceptHeaderLocaleResolver();

  PersonLocaleResolver() {
    browser.setSupportedLocales(List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE));
    browser.setDefaultLocale(Locale.ENGLISH);
  }

  @Override
  public Locale resolveLocale(HttpServletRequest request) {
    Authentication a = SecurityContextHolder.getContext().getAuthentication();
    if (a != null && a.getPrincipal() instanceof SignedInPerson person) {
      return person.getLocale();
    }
    return browser.resolveLocale(request);
  }

  @Override
  public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
    throw new UnsupportedOperationException("a person's language is set on the person");
  }
}

package dev.pledge.server.portal;

import dev.pledge.server.system.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.ExceptionHandlerMethodResolver;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page that fails answers as a page, in the person's language: an unknown path, an unknown id and
 * another customer's id all get the same not-found page (so a customer user learns nothing of other
 * customers' ids), anything else a page that gives the status but not the cause, which goes to the
 * log. It runs before Spring MVC's exception handlers because the API's handler answers every
 * exception as a problem document; {@code /api/**}, and a client that asks for JSON alone, still
 * get that.
 */
@Component
class ErrorPages implements HandlerExceptionResolver, Ordered {

  private static final Log LOG = LogFactory.getLog(ErrorPages.class);

  /** After Spring Boot's resolver that only records the error, before every other one. */
  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE + 1;
  }

  @Override
  public ModelAndView resolveException(
      HttpServletRequest request, HttpServletResponse response, Object handler, Exception e) {
    if (isApi(request) || wantsJson(request) || handledByItsPage(handler, e)) {
      return null;
    }
    HttpStatusCode status = statusOf(e);
    if (status.is5xxServerError()) {
      LOG.error("page " + request.getRequestURI() + " failed", e);
    }
    String view = status.value() == 404 ? "portal/not-found" : "portal/error";
    ModelAndView page = new ModelAndView(view, status);
    page.addObject("person", person());
    page.addObject("status", status.value());
    return page;
  }

  /**
   * Whether the page's own controller answers this failure ({@code @ExceptionHandler} in it, as the
   * report pages answer a period they cannot show with their not-found page): it knows better.
   */
  private boolean handledByItsPage(Object handler, Exception e) {
    return handler instanceof HandlerMethod method
        && ownHandlers
                .computeIfAbsent(method.getBeanType(), ExceptionHandlerMethodResolver::new)
                .resolveMethod(e)
            != null;
  }

  /** Each page controller's own exception handlers, found once by reflection. */
  private final Map<Class<?>, ExceptionHandlerMethodResolver> ownHandlers =
      new ConcurrentHashMap<>();

  private static boolean isApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.equals("/api") || path.startsWith("/api/");
  }

  /** A JSON client outside the API (health, API description): it asked for no page. */
  private static boolean wantsJson(HttpServletRequest request) {
    String accept = request.getHeader(HttpHeaders.ACCEPT);
    if (accept == null || accept.isBlank()) {
      return false;
    }
    try {
      List<MediaType> types = MediaType.parseMediaTypes(accept);
      return types.stream().noneMatch(t -> t.includes(MediaType.TEXT_HTML))
          && types.stream().anyMatch(t -> t.isCompatibleWith(MediaType.APPLICATION_JSON));
    } catch (InvalidMediaTypeException unreadable) {
      return false;
    }
  }

  private static HttpStatusCode statusOf(Exception e) {
    if (e instanceof ApiException refused) {
      return refused.status();
    }
    if (e instanceof ErrorResponse spring) {
      return spring.getStatusCode();
    }
    return HttpStatus.INTERNAL_SERVER_ERROR;
  }

  /** The signed-in person's name for the page's heading, as the pages' controllers read it. */
  private static String person() {
    Authentication a = SecurityContextHolder.getContext().getAuthentication();
    if (a == null) {
      return null;
    }
    BeanWrapperImpl principal = new BeanWrapperImpl(a.getPrincipal());
    return principal.isReadableProperty("displayName")
        ? (String) principal.getPropertyValue("displayName")
        : null;
  }
}

package dev.pledge.server.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses an API request whose query names a parameter its endpoint does not take: a misspelt
 * {@code ?asof=} would otherwise be ignored silently and the answer given as of now. The endpoint's
 * parameters are its handler method's {@code @RequestParam}s, so a new endpoint needs no more.
 */
@Configuration
class KnownParameters implements WebMvcConfigurer, HandlerInterceptor {

  private static final ParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this).addPathPatterns("/api/**");
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    // Most calls have no query: they cost no look at the method's parameters.
    if (handler instanceof HandlerMethod method && request.getQueryString() != null) {
      List<String> taken = taken(method);
      for (String name : queried(request.getQueryString())) {
        if (!taken.contains(name)) {
          throw ApiException.badInput(name, unknown(name, taken));
        }
      }
    }
    return true;
  }

  private static String unknown(String name, List<String> taken) {
    return "'"
        + name
        + "' is not a query parameter of this endpoint; "
        + (taken.isEmpty() ? "it takes none" : "it takes: " + String.join(", ", taken));
  }

  /** The names of the method's {@code @RequestParam}s, as a client writes them. */
  static List<String> taken(HandlerMethod method) {
    return Arrays.stream(method.getMethodParameters())
        .map(KnownParameters::name)
        .filter(Objects::nonNull)
        .toList();
  }

  private static String name(MethodParameter parameter) {
    RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
    if (param == null) {
      return null;
    }
    if (!param.name().isEmpty() || !param.value().isEmpty()) {
      return param.name().isEmpty() ? param.value() : param.name();
    }
    // Unnamed, it is named as the Java parameter, as Spring binds it (compiled with -parameters).
    return NAMES.getParameterNames(parameter.getMethod())[parameter.getParameterIndex()];
  }

  /** The parameter names in the query string, decoded; the body's form fields are not read. */
  private static List<String> queried(String query) {
    if (query == null || query.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(query.split("&"))
        .filter(pair -> !pair.isEmpty())
        .map(pair -> decoded(pair.split("=", 2)[0]))
        .toList();
  }

  /** A name as the servlet container decodes it; a malformed escape is taken as written. */
  private static String decoded(String name) {
    try {
      return URLDecoder.decode(name, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return name;
    }
  }
}

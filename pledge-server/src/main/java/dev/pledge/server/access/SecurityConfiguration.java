package dev.pledge.server.access;

import static dev.pledge.server.system.Role.ADMINISTRATOR;
import static dev.pledge.server.system.Role.AGENT;
import static dev.pledge.server.system.Role.API_CLIENT;
import static dev.pledge.server.system.Role.CUSTOMER_USER;
import static dev.pledge.server.system.Role.SERVICE_MANAGER;

import dev.pledge.server.system.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may call what, in two filter chains. The API under {@code /api} is stateless: every request
 * carries its bearer token, no session is kept, and CSRF protection is off because no browser sends
 * a token on its own. Everything else is the web UI: people sign in with a form, a session cookie
 * (HttpOnly, SameSite=Lax) carries the sign-in, and every form and htmx request carries Spring
 * Security's CSRF token; a page's form that changes something is open to the roles the API lets
 * make the same change. Which organisation's data a caller sees is decided by the features, with
 * {@link dev.pledge.server.system.Caller}.
 */
@Configuration
class SecurityConfiguration {

  /** The provider's templates, calendars and holiday schedules. */
  private static final String[] SOURCES = {
    "/api/templates", "/api/templates/**",
    "/api/calendars", "/api/calendars/**",
    "/api/holiday-schedules", "/api/holiday-schedules/**"
  };

  /**
   * No observation around each security filter: without a tracer they only allocated a context per
   * filter and request, a tenth of what an API call allocates (docs/benchmarks.md, "Server under
   * load"). Requests are still timed as {@code http.server.requests}.
   */
  @Bean
  static SecurityObservationSettings securityObservations() {
    return SecurityObservationSettings.noObservations();
  }

  @Bean
  @Order(1)
  SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, JsonMapper json) throws Exception {
    http.securityMatcher("/api/**")
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .httpBasic(basic -> basic.disable())
        .formLogin(form -> form.disable())
        // Nothing to sign out of and no page to return to: these filters would run on every call.
        .logout(logout -> logout.disable())
        .requestCache(cache -> cache.disable())
        .addFilterBefore(new BearerTokenFilter(tokens), AnonymousAuthenticationFilter.class)
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers("/error")
                    .permitAll()
                    .requestMatchers(
                        "/api/tokens", "/api/tokens/**", "/api/people", "/api/people/**")
                    .hasRole(ADMINISTRATOR.name())
                    .requestMatchers(HttpMethod.PUT, "/api/guarantees/**")
                    .hasAnyRole(names(ADMINISTRATOR, SERVICE_MANAGER))
                    .requestMatchers(HttpMethod.GET, "/api/guarantees/**")
                    .hasAnyRole(names(Role.values()))
                    .requestMatchers(HttpMethod.PUT, SOURCES)
                    .hasAnyRole(names(ADMINISTRATOR, SERVICE_MANAGER))
                    .requestMatchers(HttpMethod.GET, SOURCES)
                    .hasAnyRole(names(ADMINISTRATOR, SERVICE_MANAGER, AGENT, API_CLIENT))
                    // Severity is the provider's call; anyone working tickets may comment.
                    .requestMatchers(HttpMethod.POST, "/api/tickets/*/severity")
                    .hasAnyRole(names(Role.SEVERITY_CHANGE))
                    // The timeline is the provider's record: only it corrects an instant.
                    .requestMatchers(HttpMethod.POST, "/api/tickets/*/events/*/corrections")
                    .hasAnyRole(names(Role.EVENT_CORRECTION))
                    .requestMatchers("/api/tickets", "/api/tickets/**")
                    .hasAnyRole(
                        names(ADMINISTRATOR, SERVICE_MANAGER, AGENT, CUSTOMER_USER, API_CLIENT))
                    // Monitoring systems open and restore outages from their alerts.
                    .requestMatchers(HttpMethod.POST, "/api/alerts/**")
                    .hasAnyRole(names(ADMINISTRATOR, SERVICE_MANAGER, API_CLIENT))
                    // A customer's records and reports; customers see only their own.
                    .requestMatchers(HttpMethod.GET, "/api/customers/**")
                    .hasAnyRole(names(Role.values()))
                    // A customer reports outages and rates; monitors (API clients) detect them.
                    .requestMatchers(HttpMethod.POST, "/api/customers/*/outages")
                    .hasAnyRole(names(Role.values()))
                    .requestMatchers(HttpMethod.POST, "/api/customers/*/ratings")
                    .hasAnyRole(names(Role.RATING))
                    // The provider plans maintenance; the customer (or a manager on its behalf)
                    // approves or refuses it.
                    .requestMatchers(HttpMethod.POST, "/api/customers/*/maintenance/*/decision")
                    .hasAnyRole(names(Role.MAINTENANCE_DECISION))
                    .requestMatchers(HttpMethod.POST, "/api/customers/*/maintenance")
                    .hasAnyRole(names(Role.PROVIDER_WORK))
                    .requestMatchers(HttpMethod.POST, "/api/customers/*/imports")
                    .hasAnyRole(names(ADMINISTRATOR, SERVICE_MANAGER, API_CLIENT))
                    // Restorations, corrections, measurements, counts, fulfilments.
                    .requestMatchers(HttpMethod.POST, "/api/customers/**")
                    .hasAnyRole(names(ADMINISTRATOR, SERVICE_MANAGER, AGENT, API_CLIENT))
                    .requestMatchers(HttpMethod.PATCH, "/api/breach-cases/**")
                    .hasAnyRole(names(Role.PROVIDER_WORK))
                    .requestMatchers(HttpMethod.GET, "/api/breach-cases", "/api/breach-cases/**")
                    .hasAnyRole(names(Role.values()))
                    .requestMatchers(HttpMethod.GET, "/api/organisations/*/recipients")
                    .hasAnyRole(names(Role.values()))
                    .requestMatchers("/api/organisations/*/recipients/**")
                    .hasAnyRole(names(ADMINISTRATOR, SERVICE_MANAGER, CUSTOMER_USER))
                    .requestMatchers(HttpMethod.GET, "/api/notices")
                    .hasAnyRole(names(Role.values()))
                    // The audit log: the provider's managers read it all, a customer user the
                    // entries concerning its own organisation.
                    .requestMatchers(HttpMethod.GET, "/api/audit")
                    .hasAnyRole(names(ADMINISTRATOR, SERVICE_MANAGER, CUSTOMER_USER))
                    .anyRequest()
                    .authenticated())
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(
                        (request, response, failure) ->
                            problem(
                                json,
                                request,
                                response,
                                HttpStatus.UNAUTHORIZED,
                                String.valueOf(request.getAttribute(BearerTokenFilter.REFUSED))))
                    .accessDeniedHandler(
                        (request, response, denied) ->
                            problem(
                                json,
                                request,
                                response,
                                HttpStatus.FORBIDDEN,
                                "your token's role may not "
                                    + request.getMethod()
                                    + " "
                                    + request.getRequestURI())));
    return http.build();
  }

  /**
   * The web UI: any signed-in person; the pages show what the person's role and organisation may
   * see. A failed sign-in says only that the address or password is wrong, or, when throttled, when
   * to try again.
   */
  @Bean
  @Order(2)
  SecurityFilterChain web(HttpSecurity http, People people, SignInThrottle throttle)
      throws Exception {
    http.authenticationManager(new ProviderManager(new ThrottledSignIn(people, throttle)))
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(
                        "/login", "/error", "/css/**", "/js/**", "/favicon.ico", "/favicon.svg")
                    .permitAll()
                    // The pages' forms follow the API's rules for the same changes.
                    .requestMatchers(HttpMethod.POST, "/maintenance/*/*/decision")
                    .hasAnyRole(names(Role.MAINTENANCE_DECISION))
                    // Opening a ticket, its timeline events and comments are open to every role
                    // the API lets work tickets: every person's.
                    .requestMatchers(HttpMethod.POST, "/tickets/*/severity")
                    .hasAnyRole(names(Role.SEVERITY_CHANGE))
                    .requestMatchers(HttpMethod.POST, "/tickets/*/corrections")
                    .hasAnyRole(names(Role.EVENT_CORRECTION))
                    .requestMatchers(HttpMethod.POST, "/tickets/*/rating")
                    .hasAnyRole(names(Role.RATING))
                    .requestMatchers(
                        HttpMethod.POST,
                        "/breach-cases/*",
                        "/outages",
                        "/outages/*/*/restoration",
                        "/maintenance")
                    .hasAnyRole(names(Role.PROVIDER_WORK))
                    .anyRequest()
                    .authenticated())
        .formLogin(
            form ->
                form.loginPage("/login")
                    .usernameParameter("email")
                    .defaultSuccessUrl("/tickets", true)
                    .failureHandler(
                        (request, response, failure) ->
                            response.sendRedirect(
                                request.getContextPath() + "/login?" + why(failure))))
        .logout(logout -> logout.logoutSuccessUrl("/login?signed-out"))
        .addFilterAfter(new DisabledPeopleFilter(people), AuthorizationFilter.class)
        .exceptionHandling(e -> e.authenticationEntryPoint(SecurityConfiguration::signInFirst))
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(
                        csp ->
                            csp.policyDirectives(
                                "default-src 'self'; frame-ancestors 'none'; form-action 'self'"))
                    // A report alone is framed by its page in the web UI; no other page is framed.
                    .frameOptions(frame -> frame.disable())
                    .addHeaderWriter(framedBy(REPORT_ALONE, XFrameOptionsMode.SAMEORIGIN))
                    .addHeaderWriter(
                        framedBy(new NegatedRequestMatcher(REPORT_ALONE), XFrameOptionsMode.DENY)));
    return http.build();
  }

  /** A period report as the command line writes it, which the report's page shows in a frame. */
  private static final RequestMatcher REPORT_ALONE =
      PathPatternRequestMatcher.pathPattern(HttpMethod.GET, "/reports/*/*/*/html");

  private static HeaderWriter framedBy(RequestMatcher requests, XFrameOptionsMode mode) {
    return new DelegatingRequestMatcherHeaderWriter(requests, new XFrameOptionsHeaderWriter(mode));
  }

  /** The same hashes for Spring's own use as for signing in. */
  @Bean
  PasswordEncoder passwordEncoder() {
    return People.PASSWORDS;
  }

  /** The person's language once signed in; before, the browser's (zh-CN or en). */
  @Bean
  LocaleResolver localeResolver() {
    return new PersonLocaleResolver();
  }

  private static String why(AuthenticationException failure) {
    return failure instanceof ThrottledSignIn.Throttled t
        ? "retry=" + t.retryAfter().getEpochSecond()
        : "error";
  }

  /** A page asks to sign in; an htmx request (whose session ran out) makes the whole page go. */
  private static void signInFirst(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    String login = request.getContextPath() + "/login";
    if (request.getHeader("HX-Request") != null) {
      response.setHeader("HX-Redirect", login);
      response.setStatus(HttpStatus.UNAUTHORIZED.value());
    } else {
      response.sendRedirect(login);
    }
  }

  private static String[] names(Role... roles) {
    return Arrays.stream(roles).map(Role::name).toArray(String[]::new);
  }

  private static String[] names(Set<Role> roles) {
    return names(roles.toArray(Role[]::new));
  }

  /**
   * The same RFC 9457 problem document the controllers answer with, member for member: no {@code
   * type} (about:blank, as Spring leaves it out) and the request's path as {@code instance}.
   */
  static void problem(
      JsonMapper json,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpStatus status,
      String detail)
      throws IOException {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("title", status.getReasonPhrase());
    problem.put("status", status.value());
    problem.put("detail", detail);
    problem.put("instance", request.getRequestURI());
    if (status == HttpStatus.UNAUTHORIZED) {
      response.setHeader("WWW-Authenticate", "Bearer");
    }
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    // The detail may quote non-ASCII input; the servlet default would be ISO-8859-1.
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(json.writeValueAsString(problem));
  }
}

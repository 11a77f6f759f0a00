package dev.pledge.server.access;

import static dev.pledge.server.system.Role.ADMINISTRATOR;
import static dev.pledge.server.system.Role.AGENT;
import static dev.pledge.server.system.Role.API_CLIENT;
import static dev.pledge.server.system.Role.CUSTOMER_USER;
import static dev.pledge.server.system.Role.SERVICE_MANAGER;

import dev.pledge.server.system.Role;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may call what. The API is stateless: every request carries its bearer token, no session is
 * kept, and CSRF protection is off because no browser sends credentials on its own (there are no
 * cookies or forms; forms will get CSRF protection when a UI comes). Which organisation's data a
 * caller sees is decided by the features, with {@link dev.pledge.server.system.Caller}.
 */
@Configuration
class SecurityConfiguration {

  @Bean
  SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, JsonMapper json) throws Exception {
    http.csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .httpBasic(basic -> basic.disable())
        .formLogin(form -> form.disable())
        .addFilterBefore(new BearerTokenFilter(tokens), AnonymousAuthenticationFilter.class)
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers("/error")
                    .permitAll()
                    .requestMatchers(HttpMethod.POST, "/api/tokens")
                    .hasRole(ADMINISTRATOR.name())
                    .requestMatchers(HttpMethod.PUT, "/api/guarantees/**")
                    .hasAnyRole(names(ADMINISTRATOR, SERVICE_MANAGER))
                    .requestMatchers(HttpMethod.GET, "/api/guarantees/**")
                    .hasAnyRole(names(Role.values()))
                    .requestMatchers("/api/tickets", "/api/tickets/**")
                    .hasAnyRole(
                        names(ADMINISTRATOR, SERVICE_MANAGER, AGENT, CUSTOMER_USER, API_CLIENT))
                    .requestMatchers(HttpMethod.PATCH, "/api/breach-cases/**")
                    .hasAnyRole(names(ADMINISTRATOR, SERVICE_MANAGER, AGENT))
                    .requestMatchers(HttpMethod.GET, "/api/breach-cases", "/api/breach-cases/**")
                    .hasAnyRole(names(Role.values()))
                    .requestMatchers(HttpMethod.GET, "/api/organisations/*/recipients")
                    .hasAnyRole(names(Role.values()))
                    .requestMatchers("/api/organisations/*/recipients/**")
                    .hasAnyRole(names(ADMINISTRATOR, SERVICE_MANAGER, CUSTOMER_USER))
                    .requestMatchers(HttpMethod.GET, "/api/notices")
                    .hasAnyRole(names(Role.values()))
                    .anyRequest()
                    .authenticated())
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(
                        (request, response, failure) ->
                            problem(
                                json,
                                response,
                                HttpStatus.UNAUTHORIZED,
                                String.valueOf(request.getAttribute(BearerTokenFilter.REFUSED))))
                    .accessDeniedHandler(
                        (request, response, denied) ->
                            problem(
                                json,
                                response,
                                HttpStatus.FORBIDDEN,
                                "your token's role may not "
                                    + request.getMethod()
                                    + " "
                                    + request.getRequestURI())));
    return http.build();
  }

  /** Nobody logs in with a name and password: this keeps Spring from making a default user. */
  @Bean
  UserDetailsService noPasswordUsers() {
    return name -> {
      throw new UsernameNotFoundException("users sign in with API tokens only");
    };
  }

  private static String[] names(Role... roles) {
    return Arrays.stream(roles).map(Role::name).toArray(String[]::new);
  }

  /** The same RFC 9457 problem document the controllers answer with. */
  private static void problem(
      JsonMapper json, HttpServletResponse response, HttpStatus status, String detail)
      throws IOException {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", status.getReasonPhrase());
    problem.put("status", status.value());
    problem.put("detail", detail);
    if (status == HttpStatus.UNAUTHORIZED) {
      response.setHeader("WWW-Authenticate", "Bearer");
    }
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.getWriter().write(json.writeValueAsString(problem));
  }
}

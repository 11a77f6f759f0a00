package dev.pledge.server.access;

import static dev.pledge.server.system.Role.ADMINISTRATOR;
import static dev.pledge.server.system.Role.API_CLIENT;

import dev.pledge.server.system.Caller;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's description and the server's health and metrics, in a stateless chain of their own
 * beside the API's and the web UI's. The OpenAPI description, Swagger UI and health are public:
 * they tell nothing about any organisation (health says only UP or DOWN). Prometheus metrics count
 * across every customer, so only an administrator or the provider's API client (one bound to no
 * customer, e.g. the provider's Prometheus) may scrape them.
 */
@Configuration
class OperationsSecurity {

  @Bean
  @Order(0)
  SecurityFilterChain operations(HttpSecurity http, ApiTokens tokens, JsonMapper json)
      throws Exception {
    http.securityMatcher(
            "/v3/api-docs",
            "/v3/api-docs.yaml",
            "/v3/api-docs/**",
            "/swagger-ui.html",
            "/swagger-ui/**",
            "/actuator/**")
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .httpBasic(basic -> basic.disable())
        .formLogin(form -> form.disable())
        .addFilterBefore(new BearerTokenFilter(tokens), AnonymousAuthenticationFilter.class)
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers("/actuator/prometheus")
                    .access((auth, context) -> new AuthorizationDecision(scrapes(auth.get())))
                    .requestMatchers("/actuator/health", "/actuator/health/**")
                    .permitAll()
                    .requestMatchers("/actuator/**")
                    .denyAll()
                    .anyRequest()
                    .permitAll())
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(
                        (request, response, failure) ->
                            SecurityConfiguration.problem(
                                json,
                                request,
                                response,
                                HttpStatus.UNAUTHORIZED,
                                String.valueOf(request.getAttribute(BearerTokenFilter.REFUSED))))
                    .accessDeniedHandler(
                        (request, response, denied) ->
                            SecurityConfiguration.problem(
                                json,
                                request,
                                response,
                                HttpStatus.FORBIDDEN,
                                "metrics are for an administrator's token or the provider's API"
                                    + " client token (one bound to no customer)")));
    return http.build();
  }

  /** An administrator, or an API client of the provider's own. */
  private static boolean scrapes(Authentication auth) {
    return auth != null
        && auth.getPrincipal() instanceof Caller c
        && (c.role() == ADMINISTRATOR || (c.role() == API_CLIENT && !c.customer()));
  }
}

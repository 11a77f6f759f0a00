package dev.pledge.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser's view of the web UI over plain HTTP: keeps its cookies, follows no redirects (tests
 * look at them), and reads the CSRF token from the sign-in form as a browser would submit it.
 */
final class WebSession {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final int port;
  private final HttpClient http;

  WebSession(int port) {
    this.port = port;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  record Page(int status, String location, String text, HttpResponse<String> response) {

    /** What a refused form says: the problem shown above it. */
    String problem() {
      int at = text.indexOf("id=\"problem\"");
      assertThat(at).as("a problem on the page").isPositive();
      return text.substring(at, text.indexOf("</div>", at));
    }
  }

  Page get(String path, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).GET();
    if (headers.length > 0) {
      b.headers(headers);
    }
    return send(b);
  }

  /** Posts a form; with {@code csrf} true, with the token the sign-in page carries. */
  Page post(String path, Map<String, String> fields, boolean csrf) {
    Map<String, String> all = new LinkedHashMap<>(fields);
    if (csrf) {
      all.put("_csrf", csrfToken());
    }
    String body =
        all.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** Signs in through the form; the answer is the redirect Spring Security gives. */
  Page signIn(String email, String password) {
    return post("/login", Map.of("email", email, "password", password), true);
  }

  /** Where a redirect leads, as a path on this server. */
  static String followed(Page redirect) {
    URI to = URI.create(redirect.location());
    return to.getRawPath() + (to.getRawQuery() == null ? "" : "?" + to.getRawQuery());
  }

  /** A page without its CSRF token, which differs from session to session. */
  static String withoutCsrf(String page) {
    return page.replaceAll("name=\"_csrf\" (content|value)=\"[^\"]*\"", "");
  }

  String csrfToken() {
    Matcher m = CSRF.matcher(get("/login").text());
    if (!m.find()) {
      throw new AssertionError("the sign-in page has no CSRF token");
    }
    return m.group(1);
  }

  private Page send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Page(r.statusCode(), r.headers().firstValue("Location").orElse(""), r.body(), r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}

package dev.pledge.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A server's API over real HTTP, as a client sees it: every request goes to 127.0.0.1 at the
 * server's port with {@code Authorization: Bearer token}, and a null token sends no such header.
 * Redirects are not followed, so a test sees them as the server sends them.
 */
public final class Api {

  /**
   * An answer as it came: its status, headers and text, and the text read as JSON when the server
   * says it is JSON (otherwise, or when empty, an empty object).
   */
  public record Answer(int status, HttpHeaders headers, String text, JsonNode body) {

    /** The {@code Content-Type} header, or "" without one. */
    public String contentType() {
      return headers.firstValue("Content-Type").orElse("");
    }
  }

  private static final String JSON = "application/json";

  private final HttpClient http = HttpClient.newHttpClient();
  private final JsonMapper json = JsonMapper.builder().build();
  private final int port;

  public Api(int port) {
    this.port = port;
  }

  public Answer get(String token, String path) {
    return send(token, HttpRequest.newBuilder(uri(path)).GET());
  }

  /** POSTs a JSON body. */
  public Answer post(String token, String path, String body) {
    return post(token, path, body, null);
  }

  /** POSTs a JSON body with an {@code Idempotency-Key}; a null key sends none. */
  public Answer post(String token, String path, String body, String key) {
    return send(token, "POST", path, JSON, body, key);
  }

  /** PATCHes a JSON body. */
  public Answer patch(String token, String path, String body) {
    return send(token, "PATCH", path, JSON, body, null);
  }

  public Answer put(String token, String path, String contentType, String body) {
    return send(token, "PUT", path, contentType, body, null);
  }

  /** Stores a guarantee's YAML under its id. */
  public Answer putYaml(String token, String id, String yaml) {
    return put(token, "/api/guarantees/" + id, "application/yaml", yaml);
  }

  /** Imports a JSONL file of tickets under the customer's guarantee. */
  public Answer importJsonl(String token, String customer, String guarantee, String jsonl) {
    return send(
        token,
        "POST",
        "/api/customers/" + customer + "/imports?guarantee=" + guarantee,
        "application/jsonl",
        jsonl,
        null);
  }

  public Answer delete(String token, String path) {
    return send(token, HttpRequest.newBuilder(uri(path)).DELETE());
  }

  /** Opens an incident under the guarantee and records events, each {@code at type} pair. */
  public void ticket(String token, String id, String guarantee, String... atAndType) {
    Answer opened =
        post(
            token,
            "/api/tickets",
            """
            {"id": "%s", "guarantee": "%s", "service": "network", "type": "incident",
             "severity": "sev1"}
            """
                .formatted(id, guarantee));
    if (opened.status() != 201) {
      throw new IllegalStateException(opened.text());
    }
    for (int i = 0; i < atAndType.length; i += 2) {
      event(token, id, atAndType[i], atAndType[i + 1]);
    }
  }

  public void event(String token, String ticket, String at, String type) {
    event(token, ticket, at, type, null);
  }

  public void event(String token, String ticket, String at, String type, String reason) {
    String why = reason == null ? "" : ", \"reason\": \"" + reason + "\"";
    Answer a =
        post(
            token,
            "/api/tickets/" + ticket + "/events",
            "{\"at\": \"%s\", \"event\": \"%s\"%s}".formatted(at, type, why));
    if (a.status() != 201) {
      throw new IllegalStateException(a.text());
    }
  }

  /** The path on this server, e.g. {@code /api/tickets}. */
  public URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  /**
   * Sends a request with its method, and with its body of the given content type unless the body is
   * null; with an {@code Idempotency-Key} unless the key is null.
   */
  public Answer send(
      String token, String method, String path, String contentType, String body, String key) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", contentType);
    }
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    return send(token, request);
  }

  /** Sends any request built on {@link #uri}: other headers or bodies. */
  public Answer send(String token, HttpRequest.Builder request) {
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try {
      HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      String type = r.headers().firstValue("Content-Type").orElse("");
      JsonNode body =
          type.contains("json") && !r.body().isEmpty()
              ? json.readTree(r.body())
              : json.createObjectNode();
      return new Answer(r.statusCode(), r.headers(), r.body(), body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

package dev.pledge.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A server's API over real HTTP, as a client sees it. */
public final class Api {

  /**
   * @param contentType the {@code Content-Type} answered, empty if none
   * @param body the JSON answered, or an empty object for another type
   */
  public record Answer(int status, String contentType, String text, JsonNode body) {}

  private final HttpClient http = HttpClient.newHttpClient();
  private final JsonMapper json = JsonMapper.builder().build();
  private final int port;

  public Api(int port) {
    this.port = port;
  }

  public Answer get(String token, String path) {
    return send(token, HttpRequest.newBuilder(uri(path)).GET());
  }

  public Answer post(String token, String path, String body) {
    return send(
        token,
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** A POST with an {@code Idempotency-Key}: sent twice, it is done once. */
  public Answer post(String token, String path, String body, String key) {
    return send(
        token,
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", key)
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  public Answer patch(String token, String path, String body) {
    return send(
        token,
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .method("PATCH", HttpRequest.BodyPublishers.ofString(body)));
  }

  public Answer delete(String token, String path) {
    return send(token, HttpRequest.newBuilder(uri(path)).DELETE());
  }

  /** A POST of an event file to {@code /api/customers/{customer}/imports}, as JSONL. */
  public Answer importJsonl(String token, String customer, String guarantee, String jsonl) {
    return send(
        token,
        HttpRequest.newBuilder(
                uri("/api/customers/" + customer + "/imports?guarantee=" + guarantee))
            .header("Content-Type", "application/jsonl")
            .POST(HttpRequest.BodyPublishers.ofString(jsonl)));
  }

  public Answer putYaml(String token, String id, String yaml) {
    return send(
        token,
        HttpRequest.newBuilder(uri("/api/guarantees/" + id))
            .header("Content-Type", "application/yaml")
            .PUT(HttpRequest.BodyPublishers.ofString(yaml)));
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

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  private Answer send(String token, HttpRequest.Builder request) {
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
      return new Answer(r.statusCode(), type, r.body(), body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

package dev.pledge.server.notice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A server's API over real HTTP, as a client sees it. */
final class Api {

  record Answer(int status, String text, JsonNode body) {}

  private final HttpClient http = HttpClient.newHttpClient();
  private final JsonMapper json = JsonMapper.builder().build();
  private final int port;

  Api(int port) {
    this.port = port;
  }

  Answer get(String token, String path) {
    return send(token, HttpRequest.newBuilder(uri(path)).GET());
  }

  Answer post(String token, String path, String body) {
    return send(
        token,
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** A POST with an {@code Idempotency-Key}: sent twice, it is done once. */
  Answer post(String token, String path, String body, String key) {
    return send(
        token,
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", key)
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  Answer patch(String token, String path, String body) {
    return send(
        token,
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .method("PATCH", HttpRequest.BodyPublishers.ofString(body)));
  }

  Answer delete(String token, String path) {
    return send(token, HttpRequest.newBuilder(uri(path)).DELETE());
  }

  Answer putYaml(String token, String id, String yaml) {
    return send(
        token,
        HttpRequest.newBuilder(uri("/api/guarantees/" + id))
            .header("Content-Type", "application/yaml")
            .PUT(HttpRequest.BodyPublishers.ofString(yaml)));
  }

  /** Opens an incident under the guarantee and records events, each {@code at type} pair. */
  void ticket(String token, String id, String guarantee, String... atAndType) {
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

  void event(String token, String ticket, String at, String type) {
    event(token, ticket, at, type, null);
  }

  void event(String token, String ticket, String at, String type, String reason) {
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
      JsonNode body = r.body().isEmpty() ? json.createObjectNode() : json.readTree(r.body());
      return new Answer(r.statusCode(), r.body(), body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

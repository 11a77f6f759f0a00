package dev.pledge.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The load driver's HTTP client against the JDK's own HTTP server. */
class Http1ConnectionTests {

  private HttpServer server;
  private final List<String> seen = new CopyOnWriteArrayList<>();
  private Http1Connection connection;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/echo", this::echo);
    server.start();
    connection =
        new Http1Connection(URI.create("http://127.0.0.1:" + server.getAddress().getPort()), 5_000);
  }

  @AfterEach
  void stop() {
    connection.close();
    server.stop(0);
  }

  /**
   * Answers with what it was sent: {@code ?chunked} without a length, {@code ?close} closing the
   * connection after the answer, {@code ?status=N} with that status. Notes each request's method,
   * path, headers and client port.
   */
  private void echo(HttpExchange x) throws IOException {
    String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String query = String.valueOf(x.getRequestURI().getQuery());
    seen.add(
        x.getRequestMethod()
            + " "
            + x.getRequestURI().getPath()
            + " key="
            + x.getRequestHeaders().getFirst("Idempotency-Key")
            + " port="
            + x.getRemoteAddress().getPort());
    byte[] answer = ("{\"got\": " + body + "}").getBytes(StandardCharsets.UTF_8);
    if (query.contains("close")) {
      x.getResponseHeaders().add("Connection", "close");
    }
    int status = query.startsWith("status=") ? Integer.parseInt(query.substring(7)) : 201;
    x.sendResponseHeaders(status, query.contains("chunked") ? 0 : answer.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(answer);
    }
  }

  @Test
  void sendsTheRequestAndReadsAnAnswerOfKnownLength() throws IOException {
    Http1Connection.Answer a =
        connection.exchange("POST", "/echo", "Idempotency-Key: k1\r\n", "{\"a\": \"é\"}");

    assertThat(a.status()).isEqualTo(201);
    assertThat(a.body()).isEqualTo("{\"got\": {\"a\": \"é\"}}");
    assertThat(seen).singleElement().asString().startsWith("POST /echo key=k1 ");
  }

  @Test
  void readsAChunkedAnswerAndAnErrorStatus() throws IOException {
    Http1Connection.Answer chunked =
        connection.exchange("POST", "/echo?chunked", "", "[" + "1,".repeat(5000) + "1]");
    Http1Connection.Answer refused = connection.exchange("POST", "/echo?status=409", "", "{}");

    assertThat(chunked.status()).isEqualTo(201);
    assertThat(chunked.body()).isEqualTo("{\"got\": [" + "1,".repeat(5000) + "1]}");
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.body()).isEqualTo("{\"got\": {}}");
  }

  @Test
  void keepsTheConnectionAliveAndOpensANewOneAfterTheServerCloses() throws IOException {
    connection.exchange("POST", "/echo", "", "1");
    connection.exchange("POST", "/echo?chunked", "", "2");
    connection.exchange("POST", "/echo?close", "", "3");
    connection.exchange("POST", "/echo", "", "4");

    List<String> ports = seen.stream().map(s -> s.substring(s.indexOf("port="))).toList();
    assertThat(ports.get(1)).isEqualTo(ports.get(0));
    assertThat(ports.get(2)).isEqualTo(ports.get(0));
    assertThat(ports.get(3)).isNotEqualTo(ports.get(0));
  }
}

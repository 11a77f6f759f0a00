package dev.pledge.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One kept-alive HTTP/1.1 connection, for one thread at a time: a request written in one piece and
 * its answer read with a blocking socket. The load driver's clients use it instead of {@code
 * java.net.http.HttpClient}, whose selector threads and per-request objects cost several times the
 * CPU on the two cores the server and PostgreSQL share with it; pgbench's client, which Pledge is
 * compared with, is a lean C program. Reconnects when the server closed the connection.
 */
final class Http1Connection implements Closeable {

  /** An answer: its status and its body as text. */
  record Answer(int status, String body) {}

  private final String host;
  private final int port;
  private final int timeoutMillis;
  private Socket socket;
  private InputStream in;
  private OutputStream out;

  /** Whether the server said it closes the connection after the answer being read. */
  private boolean closing;

  Http1Connection(URI server, int timeoutMillis) {
    this.host = server.getHost();
    this.port = server.getPort() < 0 ? 80 : server.getPort();
    this.timeoutMillis = timeoutMillis;
  }

  /**
   * Sends a request and reads its answer. A request on a kept connection the server has closed
   * meanwhile is sent once more on a new one, as browsers do; any other failure is thrown.
   *
   * @param headers further header lines, each ending in {@code \r\n}
   */
  Answer exchange(String method, String path, String headers, String body) throws IOException {
    byte[] request = request(method, path, headers, body);
    boolean fresh = socket == null;
    try {
      return exchange(request);
    } catch (EOFException | java.net.SocketException e) {
      close();
      if (fresh) {
        throw e;
      }
      return exchange(request);
    }
  }

  private Answer exchange(byte[] request) throws IOException {
    if (socket == null) {
      open();
    }
    out.write(request);
    out.flush();
    Answer answer = read();
    if (closing) {
      close();
    }
    return answer;
  }

  private byte[] request(String method, String path, String headers, String body) {
    byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    String head =
        method
            + " "
            + path
            + " HTTP/1.1\r\nHost: "
            + host
            + ":"
            + port
            + "\r\n"
            + headers
            + "Content-Length: "
            + content.length
            + "\r\n\r\n";
    byte[] h = head.getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = new byte[h.length + content.length];
    System.arraycopy(h, 0, all, 0, h.length);
    System.arraycopy(content, 0, all, h.length, content.length);
    return all;
  }

  private void open() throws IOException {
    Socket s = new Socket();
    s.setTcpNoDelay(true);
    s.setSoTimeout(timeoutMillis);
    s.connect(new InetSocketAddress(host, port), timeoutMillis);
    socket = s;
    in = new BufferedInputStream(s.getInputStream(), 16 * 1024);
    out = new BufferedOutputStream(s.getOutputStream(), 16 * 1024);
  }

  private Answer read() throws IOException {
    String status = line();
    if (!status.startsWith("HTTP/1.")) {
      throw new IOException("not an HTTP/1.x answer: " + status);
    }
    int code = Integer.parseInt(status.substring(9, 12));
    long length = -1;
    boolean chunked = false;
    closing = status.startsWith("HTTP/1.0");
    for (String h = line(); !h.isEmpty(); h = line()) {
      int colon = h.indexOf(':');
      String name = h.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = h.substring(colon + 1).trim();
      switch (name) {
        case "content-length" -> length = Long.parseLong(value);
        case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
        case "connection" -> closing = value.equalsIgnoreCase("close");
        default -> {}
      }
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    if (chunked) {
      for (long size = chunkSize(); size > 0; size = chunkSize()) {
        copy(size, body);
        line();
      }
      while (!line().isEmpty()) {
        // trailers, if any
      }
    } else if (length >= 0) {
      copy(length, body);
    } else if (code / 100 != 1 && code != 204 && code != 304) {
      // No length: the body runs to the end of the connection.
      in.transferTo(body);
      closing = true;
    }
    return new Answer(code, body.toString(StandardCharsets.UTF_8));
  }

  private long chunkSize() throws IOException {
    String l = line();
    int semicolon = l.indexOf(';');
    return Long.parseLong((semicolon < 0 ? l : l.substring(0, semicolon)).trim(), 16);
  }

  private void copy(long n, ByteArrayOutputStream to) throws IOException {
    byte[] buffer = new byte[8192];
    while (n > 0) {
      int read = in.read(buffer, 0, (int) Math.min(buffer.length, n));
      if (read < 0) {
        throw new EOFException("the connection closed inside an answer");
      }
      to.write(buffer, 0, read);
      n -= read;
    }
  }

  /** A line without its CRLF. */
  private String line() throws IOException {
    StringBuilder l = new StringBuilder(64);
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new EOFException("the connection closed before the answer");
      }
      if (c != '\r') {
        l.append((char) c);
      }
    }
    return l.toString();
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing anyway
      }
      socket = null;
    }
  }
}

package dev.pledge.server.notice;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Where webhooks may go. Customer users give webhook URLs, and the server POSTs to them from its
 * own network, so by default an address inside a private network (loopback, private ranges,
 * link-local, unique-local IPv6, shared address space) is refused: when the recipient is added, if
 * the URL names such an address outright, and before every attempt, after resolving the host.
 * {@code pledge.notices.webhook-private-addresses=true} allows them (a provider's own systems).
 */
final class WebhookTargets {

  private WebhookTargets() {}

  /** Why the URL's host, as written, may not be called; empty if it may (or if it is a name). */
  static Optional<String> refusedAsWritten(URI uri) {
    String host = uri.getHost().replace("[", "").replace("]", "");
    if (host.equalsIgnoreCase("localhost")) {
      return Optional.of("localhost is this server itself");
    }
    if (!host.matches("[0-9.]+|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*")) {
      return Optional.empty(); // a name: checked when it is resolved, before each attempt
    }
    return refused(host);
  }

  /** Why the URL's host may not be called, after resolving every address it has. */
  static Optional<String> refusedResolved(URI uri) {
    return refused(uri.getHost().replace("[", "").replace("]", ""));
  }

  private static Optional<String> refused(String host) {
    try {
      for (InetAddress a : InetAddress.getAllByName(host)) {
        if (isPrivate(a)) {
          return Optional.of(host + " is a private address (" + a.getHostAddress() + ")");
        }
      }
      return Optional.empty();
    } catch (UnknownHostException e) {
      return Optional.empty(); // unreachable anyway: the attempt fails and says so
    }
  }

  static boolean isPrivate(InetAddress a) {
    byte[] b = a.getAddress();
    boolean uniqueLocalV6 = b.length == 16 && (b[0] & 0xfe) == 0xfc;
    boolean sharedSpace = b.length == 4 && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;
    return a.isLoopbackAddress()
        || a.isSiteLocalAddress()
        || a.isLinkLocalAddress()
        || a.isAnyLocalAddress()
        || a.isMulticastAddress()
        || uniqueLocalV6
        || sharedSpace;
  }
}

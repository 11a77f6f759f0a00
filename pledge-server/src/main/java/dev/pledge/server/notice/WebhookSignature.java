package dev.pledge.server.notice;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code Pledge-Signature} header of a webhook request: {@code t=<unix seconds>,v1=<hex>} where
 * the hex is HMAC-SHA256, keyed with the recipient's secret, of {@code <t>.<body>} (UTF-8). A
 * receiver recomputes it over the raw body, compares in constant time, and refuses a {@code t} too
 * far from its own clock, so a captured request cannot be replayed later.
 */
public final class WebhookSignature {

  public static final String HEADER = "Pledge-Signature";

  private WebhookSignature() {}

  public static String header(String secret, long unixSeconds, String body) {
    return "t=" + unixSeconds + ",v1=" + hmac(secret, unixSeconds + "." + body);
  }

  public static String hmac(String secret, String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
    }
  }
}

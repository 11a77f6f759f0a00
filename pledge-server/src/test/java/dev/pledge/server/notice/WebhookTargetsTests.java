package dev.pledge.server.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** Webhook URLs that would make the server call into a private network are refused. */
class WebhookTargetsTests {

  @Test
  void privateAddressesWrittenOutrightAreRefused() {
    String[] refused = {
      "http://localhost:8080/api/tokens", // the server itself
      "http://127.0.0.1/x", // loopback
      "http://10.1.2.3/x", // private range
      "http://172.16.0.1/x",
      "http://192.168.1.1/x",
      "http://169.254.169.254/latest/meta-data", // link-local: cloud metadata
      "http://100.64.0.1/x", // shared address space
      "http://0.0.0.0/x",
      "http://[::1]/x",
      "http://[fd00::1]/x", // unique-local IPv6
      "http://[fe80::1]/x",
    };
    for (String url : refused) {
      assertThat(WebhookTargets.refusedAsWritten(URI.create(url))).as(url).isPresent();
    }
  }

  @Test
  void publicAddressesAndNamesAreAcceptedAsWritten() {
    String[] accepted = {
      "https://93.184.216.34/hook", "https://[2606:4700::1111]/hook", "https://ops.example/hook",
    };
    for (String url : accepted) {
      assertThat(WebhookTargets.refusedAsWritten(URI.create(url))).as(url).isEmpty();
    }
  }

  @Test
  void aNameIsCheckedByWhatItResolvesTo() {
    assertThat(WebhookTargets.refusedResolved(URI.create("http://localhost/x"))).isPresent();
  }
}

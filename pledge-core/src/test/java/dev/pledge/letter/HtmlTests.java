package dev.pledge.letter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTests {

  @Test
  void escapesMarkupQuotesAndCharactersXmlForbids() {
    assertThat(Html.escape("a<b>&\"'")).isEqualTo("a&lt;b&gt;&amp;&quot;&#39;");
    assertThat(Html.escape("tab\tnew\nline\u0001\u001b")).isEqualTo("tab\tnew\nline\uFFFD\uFFFD");
    assertThat(Html.escape("服务保证书 7×24 – ≤")).isEqualTo("服务保证书 7×24 – ≤");
    assertThat(Html.escape("&amp;")).isEqualTo("&amp;amp;");
  }
}

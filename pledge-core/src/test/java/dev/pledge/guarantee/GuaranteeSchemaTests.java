package dev.pledge.guarantee;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON Schema for editors names the same keys and kinds the reader accepts. */
class GuaranteeSchemaTests {

  private static final JsonNode SCHEMA =
      new JsonMapper().readTree(Path.of("..", "docs", "guarantee.schema.json").toFile());

  @Test
  void topLevelKeysMatchTheReader() {
    List<String> keys = new ArrayList<>();
    SCHEMA.get("properties").propertyNames().forEach(keys::add);
    assertThat(keys).containsAll(GuaranteeReader.KEYS);
    assertThat(keys)
        .containsExactlyInAnyOrderElementsOf(
            concat(GuaranteeReader.KEYS, List.of("extends", "template")));
  }

  @Test
  void commitmentKindsMatchTheReader() throws IOException {
    List<String> kinds = new ArrayList<>();
    for (JsonNode variant : SCHEMA.get("$defs").get("commitment").get("oneOf")) {
      variant.get("properties").get("kind").get("enum").forEach(k -> kinds.add(k.asString()));
    }
    assertThat(kinds)
        .containsExactlyInAnyOrderElementsOf(
            concat(
                List.copyOf(CommitmentReader.CLOCK_KINDS.keySet()), CommitmentReader.PERIOD_KINDS));
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}

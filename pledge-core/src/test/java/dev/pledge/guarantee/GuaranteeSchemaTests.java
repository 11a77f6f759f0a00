package dev.pledge.guarantee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

  @Test
  void ticketClockKeysMatchTheReader() {
    List<String> keys = new ArrayList<>();
    for (JsonNode variant : SCHEMA.get("$defs").get("commitment").get("oneOf")) {
      if (variant.get("properties").has("targets")) {
        variant.get("properties").propertyNames().forEach(keys::add);
      }
    }
    assertThat(keys)
        .containsExactlyInAnyOrderElementsOf(
            concat(CommitmentReader.COMMON, CommitmentReader.CLOCK_KEYS));
  }

  @Test
  void targetSpellingsMatchTheReader() {
    JsonNode target = SCHEMA.get("$defs").get("target").get("oneOf");
    java.util.regex.Pattern duration =
        java.util.regex.Pattern.compile(
            SCHEMA.get("$defs").get("duration").get("pattern").asString());
    java.util.regex.Pattern days =
        java.util.regex.Pattern.compile(target.get(1).get("pattern").asString());
    for (String ok :
        List.of("7h30m", "120h", "1 working day", "15 working days", "2 working day")) {
      assertThat(CommitmentReader.Target.parse(ok)).as(ok).isNotNull();
      assertThat(duration.matcher(ok).find() || days.matcher(ok).find()).as(ok).isTrue();
    }
    for (String bad : List.of("2 workdays", "1 day", "3 working", "working days")) {
      assertThatThrownBy(() -> CommitmentReader.Target.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(days.matcher(bad).find()).as(bad).isFalse();
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}

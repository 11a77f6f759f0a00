package dev.pledge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ToUnicodeRepairTests {

  @Test
  void compatibilityIdeographsAndRadicalsBecomeUnifiedIdeographs() {
    // text      read back as
    assertThat(ToUnicodeRepair.preferred("\uF967")).isEqualTo("不"); // CJK compatibility 不
    assertThat(ToUnicodeRepair.preferred("\u2F00")).isEqualTo("一"); // Kangxi radical one
    assertThat(ToUnicodeRepair.preferred("\u2EA0")).isEqualTo("\u2EA0"); // no unified twin
  }

  @Test
  void everythingElseStaysAsItIs() {
    assertThat(ToUnicodeRepair.preferred("不")).isEqualTo("不");
    assertThat(ToUnicodeRepair.preferred("：")).isEqualTo("："); // full-width colon, not ":"
    assertThat(ToUnicodeRepair.preferred("①")).isEqualTo("①");
    assertThat(ToUnicodeRepair.preferred("ﬁ")).isEqualTo("ﬁ");
    assertThat(ToUnicodeRepair.preferred("A")).isEqualTo("A");
  }
}

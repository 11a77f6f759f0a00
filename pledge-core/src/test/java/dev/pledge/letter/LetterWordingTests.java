package dev.pledge.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The Chinese and English wording files say the same things: same keys, same placeholders. */
class LetterWordingTests {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

  /**
   * Values one language may leave out: Chinese repeats the commitment's {name} inside a clause
   * ("每月网络连通率不低于 99.9%"), English leaves it to the clause heading.
   */
  private static final Set<String> OPTIONAL = Set.of("name");

  private final Properties zh = Wording.load(LetterLanguage.ZH);
  private final Properties en = Wording.load(LetterLanguage.EN);

  @Test
  void bothLanguagesDefineEveryKey() {
    Set<String> onlyZh = new TreeSet<>(zh.stringPropertyNames());
    onlyZh.removeAll(en.stringPropertyNames());
    Set<String> onlyEn = new TreeSet<>(en.stringPropertyNames());
    onlyEn.removeAll(zh.stringPropertyNames());
    assertThat(onlyZh).as("keys only letter_zh.properties defines").isEmpty();
    assertThat(onlyEn).as("keys only letter_en.properties defines").isEmpty();
    assertThat(zh.stringPropertyNames()).hasSizeGreaterThan(150);
  }

  @Test
  void bothLanguagesFillInTheSameValuesInEachText() {
    TreeMap<String, String> differences = new TreeMap<>();
    for (String key : zh.stringPropertyNames()) {
      Set<String> inZh = placeholders(zh.getProperty(key));
      Set<String> inEn = placeholders(en.getProperty(key, ""));
      inZh.removeAll(OPTIONAL);
      inEn.removeAll(OPTIONAL);
      if (!inZh.equals(inEn)) {
        differences.put(key, "zh " + inZh + " en " + inEn);
      }
    }
    assertThat(differences).isEmpty();
  }

  @Test
  void noTextIsBlank() {
    for (Properties p : new Properties[] {zh, en}) {
      assertThat(p.stringPropertyNames())
          .allSatisfy(k -> assertThat(p.getProperty(k)).isNotBlank());
    }
  }

  @Test
  void theChineseFileIsReadAsUtf8() {
    assertThat(zh.getProperty("section.commitments")).isEqualTo("服务承诺");
    assertThat(en.getProperty("section.commitments")).isEqualTo("Commitments");
  }

  private static Set<String> placeholders(String text) {
    Set<String> out = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}

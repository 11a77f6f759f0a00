package dev.pledge.server.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every page string exists in English and in Chinese, and every key a template uses exists. */
class MessagesTests {

  private static final Path RESOURCES = Path.of("src/main/resources");
  private static final Pattern KEY = Pattern.compile("#\\{([\\w.]+)[}(]");

  @Test
  void chineseAndEnglishHaveTheSameKeys() throws IOException {
    assertThat(messages("messages_zh_CN.properties").stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(messages("messages.properties").stringPropertyNames());
  }

  @Test
  void everyKeyATemplateUsesIsDefined() throws IOException {
    Properties english = messages("messages.properties");
    try (Stream<Path> files = Files.walk(RESOURCES.resolve("templates"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
        Matcher m = KEY.matcher(Files.readString(file));
        while (m.find()) {
          assertThat(english).as(file + " uses " + m.group(1)).containsKey(m.group(1));
        }
      }
    }
  }

  private static Properties messages(String name) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(RESOURCES.resolve(name), StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return p;
  }
}

package dev.pledge.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** A result as aligned "key value" lines, or as one JSON object with the same keys. */
final class Output {

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private final Map<String, Object> fields = new LinkedHashMap<>();

  Output put(String key, Object value) {
    fields.put(key, value);
    return this;
  }

  void print(PrintWriter out, boolean json) {
    if (json) {
      out.println(JSON.writeValueAsString(fields));
    } else {
      int width = fields.keySet().stream().mapToInt(String::length).max().orElse(0);
      fields.forEach((k, v) -> out.println(String.format("%-" + width + "s  %s", k, text(v))));
    }
    out.flush();
  }

  private static String text(Object v) {
    return v == null ? "-" : v.toString();
  }
}

package dev.pledge.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lays one document over another, as a guarantee over the tier template it extends: mappings merge
 * key by key, lists of items with an {@code id} merge item by item, anything else is replaced.
 */
public final class YamlMerge {

  private YamlMerge() {}

  public static YamlNode over(YamlNode base, YamlNode override) {
    if (base instanceof YamlNode.Mapping b && override instanceof YamlNode.Mapping o) {
      return mappings(b, o);
    }
    if (base instanceof YamlNode.Sequence b
        && override instanceof YamlNode.Sequence o
        && allHaveIds(b)
        && allHaveIds(o)) {
      return byId(b, o);
    }
    return override;
  }

  private static YamlNode mappings(YamlNode.Mapping base, YamlNode.Mapping override) {
    Map<String, YamlNode.Entry> entries = new LinkedHashMap<>(base.entries());
    for (YamlNode.Entry e : override.entries().values()) {
      YamlNode.Entry under = entries.get(e.key());
      YamlNode value = under == null ? e.value() : over(under.value(), e.value());
      entries.put(e.key(), new YamlNode.Entry(e.key(), e.keyLocation(), value));
    }
    return new YamlNode.Mapping(entries, override.location(), override.path());
  }

  private static YamlNode byId(YamlNode.Sequence base, YamlNode.Sequence override) {
    List<YamlNode> items = new ArrayList<>(base.items());
    for (YamlNode item : override.items()) {
      String id = id(item).orElseThrow();
      int at = indexOf(items, id);
      if (at < 0) {
        items.add(item);
      } else {
        items.set(at, over(items.get(at), item));
      }
    }
    return new YamlNode.Sequence(items, override.location(), override.path());
  }

  private static int indexOf(List<YamlNode> items, String id) {
    for (int i = 0; i < items.size(); i++) {
      if (id(items.get(i)).map(id::equals).orElse(false)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean allHaveIds(YamlNode.Sequence s) {
    return s.items().stream().allMatch(i -> id(i).isPresent());
  }

  private static Optional<String> id(YamlNode node) {
    if (node instanceof YamlNode.Mapping m
        && m.get("id").orElse(null) instanceof YamlNode.Scalar s
        && !s.isNull()) {
      return Optional.of(s.text());
    }
    return Optional.empty();
  }
}

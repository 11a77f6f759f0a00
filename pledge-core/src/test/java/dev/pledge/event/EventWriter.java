package dev.pledge.event;

import dev.pledge.clock.TimelineEvent;
import dev.pledge.period.CountSample;
import dev.pledge.period.MaintenanceWindow;
import dev.pledge.period.Measurement;
import dev.pledge.period.Outage;
import dev.pledge.period.Rating;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A tiny writer of event files for tests, written from docs/event-formats.md rather than from the
 * reader: fields in random order, random offsets and spacing, numbers as numbers or strings,
 * escapes where JSON allows them, quotes where CSV needs (or merely allows) them.
 */
final class EventWriter {

  private final SplittableRandom r;

  EventWriter(SplittableRandom r) {
    this.r = r;
  }

  // ---- values

  /** The instant at a random offset, seconds and fraction only as far as needed (or further). */
  String instant(Instant t) {
    ZoneOffset offset = ZoneOffset.ofTotalSeconds(60 * r.nextInt(-14 * 60, 14 * 60 + 1));
    var local = t.atOffset(offset);
    boolean seconds = local.getSecond() != 0 || local.getNano() != 0 || r.nextBoolean();
    String pattern = seconds ? "yyyy-MM-dd'T'HH:mm:ss" : "yyyy-MM-dd'T'HH:mm";
    String s = local.format(DateTimeFormatter.ofPattern(pattern));
    if (local.getNano() != 0 || (seconds && r.nextInt(4) == 0)) {
      String nanos = String.format("%09d", local.getNano());
      String trimmed = nanos.replaceAll("0+$", "");
      s += "." + (r.nextBoolean() || trimmed.isEmpty() ? nanos : trimmed);
    }
    if (r.nextInt(4) == 0) {
      s = s.replace('T', ' ');
    }
    return s + (offset.getTotalSeconds() == 0 && r.nextBoolean() ? "Z" : offset.getId());
  }

  /** Fields of one event in file names, values as text (null: absent). */
  Map<String, Object> fields(Object event) {
    Map<String, Object> f = new LinkedHashMap<>();
    if (event instanceof Ticket t) {
      f.put("id", t.id());
      ticketAttributes(t, f);
    } else if (event instanceof Outage o) {
      f.put("id", o.id());
      f.put("service", o.service());
      f.put("detected_at", o.detectedAt());
      f.put("reported_at", o.reportedAt());
      f.put("restored_at", o.restoredAt());
      f.put("cause", o.cause());
    } else if (event instanceof MaintenanceWindow m) {
      f.put("id", m.id());
      f.put("start", m.range().startInclusive());
      f.put("end", m.range().endExclusive());
      f.put("approved", m.approvedByCustomer());
    } else if (event instanceof Measurement m) {
      f.put("id", m.id());
      f.put("at", m.at());
      f.put("metric", m.metric());
      f.put("value", m.value());
      f.put("unit", m.unit());
    } else if (event instanceof Rating g) {
      f.put("id", g.id());
      f.put("at", g.at());
      f.put("score", g.score());
      f.put("scale", g.scaleMax());
    } else if (event instanceof CountSample c) {
      f.put("id", c.id());
      f.put("at", c.at());
      f.put("metric", c.metric());
      f.put("count", c.count());
      f.put("out_of", c.outOf());
    } else if (event instanceof ObligationFulfilment o) {
      f.put("id", o.id());
      f.put("obligation", o.obligation());
      f.put("at", o.at());
      f.put("covering", o.covering());
      f.put("note", o.note());
    }
    return f;
  }

  private static void ticketAttributes(Ticket t, Map<String, Object> f) {
    f.put("service", t.service());
    f.put("type", t.type().fileName());
    f.put("severity", t.severity());
    f.put("customer", t.customer());
    f.put("asset", t.asset());
    f.put("cause", t.cause());
    f.put("category", t.category());
    f.put("reported_via", t.reportedVia());
    Rating g = t.rating();
    f.put("rating", g == null ? null : g.score());
    f.put("rating_scale", g == null ? null : g.scaleMax());
    f.put("rated_at", g == null ? null : g.at());
  }

  static String kind(Object event) {
    if (event instanceof Ticket) {
      return "ticket";
    }
    if (event instanceof Outage) {
      return "outage";
    }
    if (event instanceof MaintenanceWindow) {
      return "maintenance";
    }
    if (event instanceof Measurement) {
      return "measurement";
    }
    if (event instanceof Rating) {
      return "rating";
    }
    if (event instanceof CountSample) {
      return "count";
    }
    return "fulfilment";
  }

  // ---- JSONL

  /** One line per event; tickets whole, or as rows when {@code rows} says so. */
  List<String> jsonl(Object event, boolean rows) {
    if (event instanceof Ticket t && rows) {
      return ticketRows(t);
    }
    Map<String, Object> f = fields(event);
    f.put("kind", kind(event));
    if (event instanceof Ticket t) {
      f.put("timeline", t.timeline().events());
    }
    return List.of(jsonObject(f));
  }

  private List<String> ticketRows(Ticket t) {
    Map<String, Object> attributes = new LinkedHashMap<>();
    ticketAttributes(t, attributes);
    boolean everyRow = r.nextBoolean();
    List<String> lines = new ArrayList<>();
    List<TimelineEvent> events = t.timeline().events();
    int carrier = r.nextInt(events.size()); // the row that carries the attributes
    for (int i = 0; i < events.size(); i++) {
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("kind", "ticket_event");
      f.put("ticket", t.id());
      f.put("at", events.get(i).at());
      f.put("event", events.get(i).type().name().toLowerCase());
      f.put("reason", events.get(i).reason());
      if (everyRow || i == carrier) {
        f.putAll(attributes);
      }
      lines.add(jsonObject(f));
    }
    return lines;
  }

  String jsonObject(Map<String, Object> fields) {
    List<Map.Entry<String, Object>> entries = new ArrayList<>(fields.entrySet());
    Collections.shuffle(entries, new java.util.Random(r.nextLong()));
    StringBuilder s = new StringBuilder("{");
    String comma = "";
    for (Map.Entry<String, Object> e : entries) {
      if (isAbsent(e.getValue()) && r.nextBoolean()) {
        continue; // an absent value may be left out, null or empty
      }
      s.append(comma).append(space()).append(jsonString(e.getKey())).append(':').append(space());
      s.append(jsonValue(e.getValue()));
      comma = ",";
    }
    return s.append(space()).append('}').toString();
  }

  private static boolean isAbsent(Object v) {
    return v == null || "".equals(v);
  }

  private String space() {
    return r.nextInt(3) == 0 ? " " : "";
  }

  private String jsonValue(Object v) {
    if (v == null) {
      return r.nextBoolean() ? "null" : "\"\"";
    }
    if (v instanceof Instant t) {
      return jsonString(instant(t));
    }
    if (v instanceof BigDecimal d) {
      return r.nextBoolean() ? d.toString() : jsonString(d.toPlainString());
    }
    if (v instanceof Long n) {
      return r.nextBoolean() ? n.toString() : jsonString(n.toString());
    }
    if (v instanceof Boolean b) {
      return r.nextInt(3) == 0 ? jsonString(b ? "yes" : "no") : b.toString();
    }
    if (v instanceof List<?> events) {
      List<String> items = new ArrayList<>();
      for (Object e : events) {
        TimelineEvent te = (TimelineEvent) e;
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("at", te.at());
        f.put("event", te.type().name().toLowerCase());
        f.put("reason", te.reason());
        items.add(jsonObject(f));
      }
      return "[" + String.join("," + space(), items) + "]";
    }
    return jsonString(v.toString());
  }

  /** A JSON string, escaping what must be and, now and then, what may be. */
  String jsonString(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c == '\n' && r.nextBoolean()) {
        out.append("\\n");
      } else if (c < 0x20 || (c > 0x7e && r.nextInt(4) == 0)) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  // ---- CSV

  /** A CSV file of events of one kind: a header of shuffled columns, then rows. */
  String csv(List<?> events) {
    List<Map<String, Object>> records = new ArrayList<>();
    for (Object e : events) {
      records.addAll(csvRecords(e));
    }
    List<String> columns = new ArrayList<>(records.get(0).keySet());
    Collections.shuffle(columns, new java.util.Random(r.nextLong()));
    StringBuilder s = new StringBuilder(csvRow(headerCase(columns))).append(lineEnd());
    for (Map<String, Object> rec : records) {
      List<String> row = new ArrayList<>();
      for (String c : columns) {
        Object v = rec.get(c);
        row.add(v == null ? "" : v instanceof Instant t ? instant(t) : csvText(v));
      }
      s.append(csvRow(row)).append(lineEnd());
    }
    return s.toString();
  }

  private String csvText(Object v) {
    if (v instanceof BigDecimal d) {
      return d.toPlainString();
    }
    return v.toString();
  }

  private List<Map<String, Object>> csvRecords(Object e) {
    if (!(e instanceof Ticket t)) {
      return List.of(fields(e));
    }
    Map<String, Object> attributes = new LinkedHashMap<>();
    ticketAttributes(t, attributes);
    List<Map<String, Object>> recs = new ArrayList<>();
    int carrier = r.nextInt(t.timeline().events().size());
    boolean everyRow = r.nextBoolean();
    int i = 0;
    for (TimelineEvent te : t.timeline().events()) {
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("ticket", t.id());
      f.put("at", te.at());
      f.put("event", te.type().name().toLowerCase());
      f.put("reason", te.reason());
      for (Map.Entry<String, Object> a : attributes.entrySet()) {
        f.put(a.getKey(), everyRow || i == carrier ? a.getValue() : null);
      }
      recs.add(f);
      i++;
    }
    return recs;
  }

  private List<String> headerCase(List<String> columns) {
    return columns.stream().map(c -> r.nextInt(4) == 0 ? " " + c.toUpperCase() : c).toList();
  }

  private String lineEnd() {
    return r.nextBoolean() ? "\r\n" : "\n";
  }

  /** One CSV row: fields quoted when they must be, and sometimes when they need not. */
  static String csvRow(List<String> fields) {
    List<String> out = new ArrayList<>();
    for (String f : fields) {
      boolean quote =
          f.contains(",")
              || f.contains("\"")
              || f.contains("\n")
              || f.contains("\r")
              || (f.length() % 5 == 1);
      out.add(quote ? "\"" + f.replace("\"", "\"\"") + "\"" : f);
    }
    return String.join(",", out);
  }
}

package dev.pledge.event;

import dev.pledge.clock.Timeline;
import dev.pledge.clock.TimelineEvent;
import dev.pledge.clock.TimelineEventType;
import dev.pledge.period.CountSample;
import dev.pledge.period.MaintenanceWindow;
import dev.pledge.period.Measurement;
import dev.pledge.period.Outage;
import dev.pledge.period.Rating;
import dev.pledge.time.TimeRange;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Random events of every kind, with every optional field sometimes there and sometimes not. */
final class RandomEvents {

  private static final Instant BASE = Instant.parse("2026-01-01T00:00:00Z");
  private static final String[] WORDS = {
    "mail", "sev1", "customer", "parts", "acme", "电子邮件", "等待客户", "a, b", "say \"hi\"", "x"
  };

  private final SplittableRandom r;
  private int next;

  RandomEvents(SplittableRandom r) {
    this.r = r;
  }

  /** Text as files may carry it: words, commas, quotes, Chinese, line breaks, backslashes. */
  static String randomText(SplittableRandom r, String alphabet) {
    StringBuilder s = new StringBuilder();
    int n = r.nextInt(8);
    for (int i = 0; i < n; i++) {
      s.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return s.toString();
  }

  /** Non-empty text without surrounding blanks (characters up to a space), as readers return it. */
  String text() {
    String s =
        r.nextInt(3) == 0
            ? randomText(r, "abcXYZ09 ,;\"'\\\n\t/é中€\u007f\u0001")
            : WORDS[r.nextInt(WORDS.length)];
    int from = 0;
    int to = s.length();
    while (from < to && s.charAt(from) <= ' ') {
      from++;
    }
    while (to > from && s.charAt(to - 1) <= ' ') {
      to--;
    }
    return from == to ? "t" : s.substring(from, to);
  }

  String optionalText() {
    return r.nextBoolean() ? "" : text();
  }

  String id(String prefix) {
    return prefix + "-" + next++ + (r.nextInt(4) == 0 ? "/é" : "");
  }

  Instant instant() {
    Instant t = BASE.plusSeconds(r.nextLong(366L * 24 * 3600));
    return switch (r.nextInt(3)) {
      case 0 -> t.truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
      case 1 -> t;
      default -> t.plusNanos(r.nextInt(1_000_000_000));
    };
  }

  BigDecimal decimal(int max) {
    BigDecimal d = BigDecimal.valueOf(r.nextLong(max * 1000L + 1), r.nextInt(4));
    return d.compareTo(BigDecimal.valueOf(max)) > 0 ? BigDecimal.valueOf(max) : d;
  }

  Ticket ticket(boolean atLeastOneEvent) {
    String id = id("T");
    List<TimelineEvent> events = new ArrayList<>();
    int n = r.nextInt(atLeastOneEvent ? 1 : 0, 12);
    TimelineEventType[] types = TimelineEventType.values();
    Instant t = instant();
    for (int i = 0; i < n; i++) {
      t = t.plusSeconds(r.nextInt(3) == 0 ? 0 : r.nextInt(10_000));
      events.add(TimelineEvent.of(t, types[r.nextInt(types.length)], optionalText()));
    }
    Rating rating = r.nextBoolean() ? null : rating(id);
    return new Ticket(
        id,
        text(),
        TicketType.values()[r.nextInt(3)],
        optionalText(),
        optionalText(),
        optionalText(),
        optionalText(),
        optionalText(),
        Timeline.of(events),
        rating,
        optionalText());
  }

  Rating rating(String id) {
    BigDecimal scale = decimal(10).add(BigDecimal.ONE);
    BigDecimal score = decimal(10).min(scale);
    return new Rating(id, instant(), score, scale);
  }

  Outage outage() {
    Instant detected = r.nextInt(3) == 0 ? null : instant();
    Instant reported = detected != null && r.nextBoolean() ? null : instant();
    Instant began =
        detected == null ? reported : reported == null ? detected : min(detected, reported);
    Instant restored = r.nextBoolean() ? null : began.plusSeconds(r.nextInt(100_000));
    return new Outage(id("O"), text(), detected, reported, restored, optionalText());
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  MaintenanceWindow maintenance() {
    Instant start = instant();
    return new MaintenanceWindow(
        id("M"), TimeRange.of(start, start.plusSeconds(r.nextInt(20_000))), r.nextBoolean());
  }

  Measurement measurement() {
    BigDecimal value = r.nextBoolean() ? decimal(100_000) : decimal(5).negate();
    return new Measurement(id("m"), instant(), text(), value, text());
  }

  CountSample count() {
    long outOf = r.nextLong(1_000_000_000_000L);
    return new CountSample(id("c"), instant(), text(), r.nextLong(outOf + 1), outOf);
  }

  ObligationFulfilment fulfilment() {
    String[] coverings = {"", "2026-10-05", "2026-10", "2026-Q4", "2026"};
    return new ObligationFulfilment(
        id("f"), text(), instant(), coverings[r.nextInt(coverings.length)], optionalText());
  }

  /** One event of a random kind. */
  Object any(boolean ticketsWithEvents) {
    return switch (r.nextInt(7)) {
      case 0 -> ticket(ticketsWithEvents);
      case 1 -> outage();
      case 2 -> maintenance();
      case 3 -> measurement();
      case 4 -> rating(id("r"));
      case 5 -> count();
      default -> fulfilment();
    };
  }
}

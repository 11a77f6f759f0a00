package dev.pledge.server.notice;

import dev.pledge.server.system.WholeSeconds;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The words of a notice mail, in English or simplified Chinese: subject, then a body naming the
 * ticket and clock, its figures, and its deadlines in the recipient's zone with their offset.
 */
final class Templates {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

  private Templates() {}

  record Mail(String subject, String body) {}

  static Mail render(Notice n, String locale, ZoneId zone) {
    Mail m = locale.equals("zh-CN") ? chinese(n, zone) : english(n, zone);
    // A subject is one header line: a line break in a ticket id must not start another header.
    return new Mail(m.subject().replaceAll("[\\r\\n\\t]+", " "), m.body());
  }

  private static Mail english(Notice n, ZoneId zone) {
    String clock = n.commitmentName().in("en") + " (" + n.commitment() + ")";
    String subject =
        switch (n.kind()) {
          case "warning" ->
              "[Pledge] Warning: ticket %s, %s at %d %% of its target"
                  .formatted(n.ticket(), clock, n.percent());
          case "breach" ->
              "[Pledge] Breach: ticket %s, %s is over its target".formatted(n.ticket(), clock);
          default ->
              "[Pledge] Escalation: breach of ticket %s, %s is not yet acknowledged"
                  .formatted(n.ticket(), clock);
        };
    String lead =
        switch (n.kind()) {
          case "warning" ->
              "The clock %s of ticket %s has used %d %% of its target."
                  .formatted(clock, n.ticket(), n.percent());
          case "breach" ->
              "The clock %s of ticket %s is over its target: the commitment is breached."
                  .formatted(clock, n.ticket());
          default ->
              "The clock %s of ticket %s is breached and nobody has acknowledged its breach case yet."
                  .formatted(clock, n.ticket());
        };
    Map<String, String> lines = new LinkedHashMap<>();
    lines.put("Target", english(n.target()));
    lines.put("Elapsed", english(n.elapsed()));
    if (n.kind().equals("warning")) {
      lines.put("Remaining", englishRemaining(n.remaining()));
    } else {
      lines.put("Overrun", under(n.overrun(), "less than 1 s", Templates::english));
    }
    lines.put("Due", when(n.due(), zone, "not known"));
    lines.put("Breached after", when(n.breachAfter(), zone, "not known"));
    lines.put("As of", when(n.asOf(), zone, ""));
    if (n.breachCase() != null) {
      lines.put("Breach case", n.breachCase());
    }
    StringBuilder body = new StringBuilder(lead).append("\n\n");
    lines.forEach((k, v) -> body.append(String.format("%-15s %s%n", k + ":", v)));
    body.append("\nTimes are shown in ").append(zone.getId()).append(".\n");
    return new Mail(subject, body.toString());
  }

  private static Mail chinese(Notice n, ZoneId zone) {
    String clock = "「" + n.commitmentName().in("zh") + "」（" + n.commitment() + "）";
    String subject =
        switch (n.kind()) {
          case "warning" ->
              "【Pledge】预警：工单 %s 的%s时限已用 %d%%".formatted(n.ticket(), clock, n.percent());
          case "breach" -> "【Pledge】违约：工单 %s 的%s已超出时限".formatted(n.ticket(), clock);
          default -> "【Pledge】升级：工单 %s 的%s违约尚未确认".formatted(n.ticket(), clock);
        };
    String lead =
        switch (n.kind()) {
          case "warning" -> "工单 %s 的%s已用去时限的 %d%%。".formatted(n.ticket(), clock, n.percent());
          case "breach" -> "工单 %s 的%s已超出时限，承诺未达成。".formatted(n.ticket(), clock);
          default -> "工单 %s 的%s已违约，其违约处理单尚无人确认。".formatted(n.ticket(), clock);
        };
    Map<String, String> lines = new LinkedHashMap<>();
    lines.put("时限", chinese(n.target()));
    lines.put("已用", chinese(n.elapsed()));
    if (n.kind().equals("warning")) {
      lines.put("剩余", chineseRemaining(n.remaining()));
    } else {
      lines.put("超出", under(n.overrun(), "不足 1 秒", Templates::chinese));
    }
    lines.put("到期", when(n.due(), zone, "未知"));
    lines.put("违约时间", when(n.breachAfter(), zone, "未知"));
    lines.put("统计时点", when(n.asOf(), zone, ""));
    if (n.breachCase() != null) {
      lines.put("违约处理单", n.breachCase());
    }
    StringBuilder body = new StringBuilder(lead).append("\n\n");
    lines.forEach((k, v) -> body.append(k).append("：").append(v).append('\n'));
    body.append("\n时间按 ").append(zone.getId()).append(" 显示。\n");
    return new Mail(subject, body.toString());
  }

  static String when(Instant at, ZoneId zone, String unknown) {
    return at == null ? unknown : WHEN.format(at.atZone(zone));
  }

  /**
   * An overrun: a breach is noticed within moments of breach_after, so its overrun is often less
   * than a second, which whole seconds would show as none.
   */
  private static String under(
      Duration overrun, String lessThanASecond, Function<Duration, String> format) {
    return !overrun.isZero() && overrun.compareTo(Duration.ofSeconds(1)) < 0
        ? lessThanASecond
        : format.apply(overrun);
  }

  /**
   * {@code 1 h 5 min 3 s}, to the nearest whole second (a notice is read by people): elapsed, read
   * a few milliseconds after the threshold, and remaining still add up to the target.
   */
  static String english(Duration d) {
    return englishSeconds(WholeSeconds.nearest(d));
  }

  /** Time remaining as {@link #english(Duration)} shows it, a half second down. */
  static String englishRemaining(Duration d) {
    return englishSeconds(WholeSeconds.remaining(d));
  }

  private static String englishSeconds(long s) {
    StringBuilder out = new StringBuilder();
    if (s >= 3600) {
      out.append(s / 3600).append(" h ");
    }
    if (s % 3600 >= 60) {
      out.append(s % 3600 / 60).append(" min ");
    }
    if (s % 60 != 0 || s == 0) {
      out.append(s % 60).append(" s ");
    }
    return out.toString().strip();
  }

  /** {@code 1小时5分3秒}, rounded as {@link #english(Duration)} is. */
  static String chinese(Duration d) {
    return chineseSeconds(WholeSeconds.nearest(d));
  }

  /** Time remaining as {@link #chinese(Duration)} shows it, a half second down. */
  static String chineseRemaining(Duration d) {
    return chineseSeconds(WholeSeconds.remaining(d));
  }

  private static String chineseSeconds(long s) {
    StringBuilder out = new StringBuilder();
    if (s >= 3600) {
      out.append(s / 3600).append("小时");
    }
    if (s % 3600 >= 60) {
      out.append(s % 3600 / 60).append("分");
    }
    if (s % 60 != 0 || s == 0) {
      out.append(s % 60).append("秒");
    }
    return out.toString();
  }
}

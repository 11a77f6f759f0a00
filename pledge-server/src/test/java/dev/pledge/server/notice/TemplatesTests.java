package dev.pledge.server.notice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pledge.guarantee.LocalizedText;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TemplatesTests {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final Instant DUE = Instant.parse("2026-11-21T02:15:00Z");

  /** A 15-minute response clock, read {@code late} after {@code elapsed} was reached. */
  private static Notice notice(String kind, Duration elapsed, Duration late) {
    Duration target = Duration.ofMinutes(15);
    Duration now = elapsed.plus(late);
    Duration remaining = now.compareTo(target) < 0 ? target.minus(now) : Duration.ZERO;
    Duration overrun = now.compareTo(target) > 0 ? now.minus(target) : Duration.ZERO;
    return new Notice(
        kind,
        "INC-1",
        "response",
        LocalizedText.of("Response"),
        1,
        kind.equals("warning") ? 75 : 100,
        target,
        now,
        remaining,
        overrun,
        DUE,
        DUE,
        SHANGHAI,
        kind.equals("warning") ? null : "case-1",
        DUE);
  }

  @Test
  void aWarningReadMomentsAfterItsThresholdStillAddsUpToTheTarget() {
    // 75 % of 15 min is 11 min 15 s; the notice is decided 4 ms later.
    Notice n = notice("warning", Duration.ofSeconds(11 * 60 + 15), Duration.ofMillis(4));

    String en = Templates.render(n, "en", SHANGHAI).body();
    String zh = Templates.render(n, "zh-CN", SHANGHAI).body();

    assertThat(en).contains("Elapsed:        11 min 15 s").contains("Remaining:      3 min 45 s");
    assertThat(zh).contains("已用：11分15秒").contains("剩余：3分45秒");
  }

  @Test
  void aWarningAtExactlyHalfASecondAddsUpToTheTargetAsThePortalShowsIt() {
    // 675.5 s into 900 s: elapsed rounds up to 676 s, remaining 224.5 s down to 224 s, and
    // 676 + 224 = 900. Both rounded up, they would add up to 901.
    Notice n = notice("warning", Duration.ofMillis(675_500), Duration.ZERO);

    String en = Templates.render(n, "en", SHANGHAI).body();
    String zh = Templates.render(n, "zh-CN", SHANGHAI).body();

    assertThat(en)
        .contains("Target:         15 min")
        .contains("Elapsed:        11 min 16 s")
        .contains("Remaining:      3 min 44 s");
    assertThat(zh).contains("时限：15分").contains("已用：11分16秒").contains("剩余：3分44秒");
  }

  @Test
  void aBreachMomentsAfterItsTargetIsOverByLessThanASecondNotByNone() {
    Notice n = notice("breach", Duration.ofMinutes(15), Duration.ofNanos(1000));

    assertThat(Templates.render(n, "en", SHANGHAI).body())
        .contains("Overrun:        less than 1 s");
    assertThat(Templates.render(n, "zh-CN", SHANGHAI).body()).contains("超出：不足 1 秒");
  }

  @Test
  void chineseMailsCallABreachAndItsCaseByThePortalsWords() {
    Duration late = Duration.ofSeconds(60);
    for (String kind : new String[] {"breach", "escalation"}) {
      Templates.Mail zh =
          Templates.render(notice(kind, Duration.ofMinutes(15), late), "zh-CN", SHANGHAI);
      String text = zh.subject() + zh.body();
      // 违约 and 违约处理单, as the portal's breach case pages say; never another word.
      assertThat(text).as(kind).contains("违约").contains("违约处理单：case-1").doesNotContain("超时");
      assertThat(zh.body()).as(kind).contains("违约时间：2026-11-21 10:15:00 +08:00");
    }
    assertThat(
            Templates.render(notice("breach", Duration.ofMinutes(15), late), "zh-CN", SHANGHAI)
                .subject())
        .isEqualTo("【Pledge】违约：工单 INC-1 的「Response」（response）已超出时限");
  }

  @Test
  void aLongerOverrunIsInWholeSeconds() {
    Notice n = notice("breach", Duration.ofMinutes(15), Duration.ofSeconds(125));

    assertThat(Templates.render(n, "en", SHANGHAI).body()).contains("Overrun:        2 min 5 s");
  }
}

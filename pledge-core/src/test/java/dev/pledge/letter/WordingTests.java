package dev.pledge.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pledge.remedy.Money;
import dev.pledge.testing.PropertyCheck;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Amounts, dates and lists as each language writes them. */
class WordingTests {

  private final Wording zh = Wording.of(LetterLanguage.ZH);
  private final Wording en = Wording.of(LetterLanguage.EN);

  @Test
  void durationsReadNaturallyInEachLanguage() {
    // duration    zh                   en
    check(Duration.ofMinutes(5), "5 分钟", "5 minutes");
    check(Duration.ofMinutes(1), "1 分钟", "1 minute");
    check(Duration.ofHours(24), "24 小时", "24 hours"); // counted time never becomes days
    check(Duration.ofMinutes(90), "1 小时 30 分钟", "1 hour 30 minutes");
    check(Duration.ofMinutes(450), "7 小时 30 分钟", "7 hours 30 minutes");
    check(Duration.ofMinutes(100), "1 小时 40 分钟", "1 hour 40 minutes");
    check(Duration.ofSeconds(3661), "1 小时 1 分钟 1 秒", "1 hour 1 minute 1 second");
    check(Duration.ofMillis(1500), "1.5 秒", "1.5 seconds");
    check(Duration.ZERO, "0 秒", "0 seconds");
  }

  private void check(Duration d, String inZh, String inEn) {
    assertThat(zh.duration(d)).isEqualTo(inZh);
    assertThat(en.duration(d)).isEqualTo(inEn);
  }

  @Test
  void elapsedTimeInWholeDaysIsSaidInDays() {
    assertThat(zh.elapsed(Duration.ofHours(120))).isEqualTo("5 天");
    assertThat(en.elapsed(Duration.ofHours(120))).isEqualTo("5 days");
    assertThat(en.elapsed(Duration.ofHours(24))).isEqualTo("1 day");
    assertThat(en.elapsed(Duration.ofHours(36))).isEqualTo("36 hours");
  }

  /** Reading the words back gives the duration again, for any duration up to 1000 h. */
  @Test
  void durationWordsReadBackToTheSameDuration() {
    PropertyCheck.forAll(
        500,
        random -> {
          long seconds = random.nextLong(3_600_000L);
          int nanos = random.nextInt(4) == 0 ? random.nextInt(1_000_000_000) : 0;
          Duration d = Duration.ofSeconds(seconds, nanos);
          assertThat(readBack(en.duration(d))).as(en.duration(d)).isEqualTo(d);
          assertThat(readBack(zh.duration(d))).as(zh.duration(d)).isEqualTo(d);
        });
  }

  private static final Pattern PART =
      Pattern.compile("([0-9.]+) (hours?|minutes?|seconds?|小时|分钟|秒)");

  /** A naive reader of "1 hour 30 minutes" and "1 小时 30 分钟". */
  private static Duration readBack(String words) {
    Matcher m = PART.matcher(words);
    BigDecimal nanos = BigDecimal.ZERO;
    int matched = 0;
    while (m.find()) {
      matched += m.group().length() + 1;
      BigDecimal amount = new BigDecimal(m.group(1));
      long unit =
          switch (m.group(2).charAt(0)) {
            case 'h', '小' -> 3600;
            case 'm', '分' -> 60;
            default -> 1;
          };
      nanos = nanos.add(amount.multiply(BigDecimal.valueOf(unit)).movePointRight(9));
    }
    assertThat(matched).as("every word of '" + words + "' is a part").isEqualTo(words.length() + 1);
    return Duration.ofNanos(nanos.longValueExact());
  }

  @Test
  void moneyWithItsCurrency() {
    assertThat(zh.money(Money.of("8000.00", "CNY"))).isEqualTo("人民币 8,000.00 元");
    assertThat(en.money(Money.of("8000.00", "CNY"))).isEqualTo("CNY 8,000.00");
    assertThat(zh.money(Money.of("1234567.5", "EUR"))).isEqualTo("1,234,567.50 EUR");
    assertThat(en.money(Money.of("1234567.5", "EUR"))).isEqualTo("EUR 1,234,567.50");
    assertThat(en.money(Money.of("1000", "JPY"))).isEqualTo("JPY 1,000");
  }

  @Test
  void tinyRatiosAsPowersOfTen() {
    assertThat(Wording.ratio(new BigDecimal("0.00003"))).isEqualTo("3×10⁻⁵");
    assertThat(Wording.ratio(new BigDecimal("0.000035"))).isEqualTo("3.5×10⁻⁵");
    assertThat(Wording.ratio(new BigDecimal("0.0001"))).isEqualTo("1×10⁻⁴");
    assertThat(Wording.ratio(new BigDecimal("0.01"))).isEqualTo("0.01");
    assertThat(Wording.ratio(new BigDecimal("0.001"))).isEqualTo("0.001");
  }

  @Test
  void numbersAsWrittenWithoutTrailingZeros() {
    assertThat(zh.percent(new BigDecimal("99.90"))).isEqualTo("99.9%");
    assertThat(en.percent(new BigDecimal("99.0"))).isEqualTo("99%");
    assertThat(Wording.number(new BigDecimal("3600"))).isEqualTo("3600");
    assertThat(Wording.number(new BigDecimal("1E+3"))).isEqualTo("1000");
  }

  @Test
  void datesAndLists() {
    LocalDate d = LocalDate.of(2026, 1, 1);
    assertThat(zh.date(d)).isEqualTo("2026 年 1 月 1 日");
    assertThat(en.date(d)).isEqualTo("1 January 2026");
    assertThat(en.and(List.of("a", "b", "c"))).isEqualTo("a, b and c");
    assertThat(zh.and(List.of("甲", "乙", "丙"))).isEqualTo("甲、乙、丙");
    assertThat(en.or(List.of("a", "b"))).isEqualTo("a or b");
    assertThat(zh.numeral(3)).isEqualTo("三");
    assertThat(zh.numeral(12)).isEqualTo("12");
  }

  @Test
  void valuesAreFilledInOnceSoBracesInThemStayAsTheyAre() {
    assertThat(Wording.fill("{a} and {b}", "a", "{b}", "b", "x")).isEqualTo("{b} and x");
    assertThatThrownBy(() -> Wording.fill("{missing}", "a", "1"))
        .hasMessageContaining("no value for {missing}");
  }

  @Test
  void anUnknownLanguageIsRefusedWithTheOnesThereAre() {
    assertThat(LetterLanguage.of("ZH")).isEqualTo(LetterLanguage.ZH);
    assertThatThrownBy(() -> LetterLanguage.of("fr"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("language 'fr' has no letter wording; use zh or en");
  }
}

package dev.pledge.remedy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pledge.testing.PropertyCheck;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyTests {

  @Test
  void roundsHalfUpToTheMinorUnit() {
    // Half a cent rounds away from zero.
    assertThat(Money.of("0.125", "EUR")).hasToString("0.13 EUR");
    assertThat(Money.of("-0.125", "EUR")).hasToString("-0.13 EUR");
    assertThat(Money.of("0.1249", "EUR")).hasToString("0.12 EUR");
    // Yen have no minor unit.
    assertThat(Money.of("100.5", "JPY")).hasToString("101 JPY");
    // Amounts are kept at the currency's scale.
    assertThat(Money.of("1234.5", "CNY")).hasToString("1234.50 CNY");
    assertThat(Money.parse("1234.5 CNY")).isEqualTo(Money.of("1234.50", "CNY"));
  }

  @Test
  void computesPercentagesAndProductsExactlyThenRoundsOnce() {
    Money fee = Money.of("1000.00", "EUR");
    assertThat(fee.percentOf(new BigDecimal("10"))).isEqualTo(Money.of("100.00", "EUR"));
    // 15 % of 333.33 is 49.9995: rounded once to 50.00, not 49.99 or 50.0.
    assertThat(Money.of("333.33", "EUR").percentOf(new BigDecimal("15"))).hasToString("50.00 EUR");
    // 2.5 × 0.01 is 0.025, half a cent: up.
    assertThat(Money.of("0.01", "EUR").times(new BigDecimal("2.5"))).hasToString("0.03 EUR");
    assertThat(fee.plus(Money.of("0.01", "EUR"))).hasToString("1000.01 EUR");
  }

  @Test
  void refusesToMixCurrenciesOrInventThem() {
    assertThatThrownBy(() -> Money.of("1", "EUR").plus(Money.of("1", "CNY")))
        .hasMessage("cannot combine 1.00 EUR with 1.00 CNY; convert to one currency first");
    assertThatThrownBy(() -> Money.of("1", "XAU")).hasMessageContaining("XAU has no minor unit");
    assertThatThrownBy(() -> Money.of("1", "EURO"))
        .hasMessageContaining("'EURO' is not an ISO 4217 code");
    assertThatThrownBy(() -> Money.parse("100")).hasMessageContaining("like 1234.50 CNY");
  }

  @Test
  void roundingMatchesIntegerArithmeticInMinorUnits() {
    List<Currency> currencies =
        List.of(
            Currency.getInstance("EUR"), Currency.getInstance("JPY"), Currency.getInstance("BHD"));
    PropertyCheck.forAll(
        3_000,
        random -> {
          Currency currency = currencies.get(random.nextInt(currencies.size()));
          int digits = currency.getDefaultFractionDigits();
          long minor = random.nextLong(-10_000_000, 10_000_000);
          Money money = Money.of(BigDecimal.valueOf(minor, digits), currency);
          // A percentage with up to 4 decimals, e.g. 12.3456 %.
          long percentUnscaled = random.nextLong(0, 1_000_001);
          BigDecimal percent = BigDecimal.valueOf(percentUnscaled, 4);
          // Exact value in minor units: minor × percentUnscaled / (100 × 10^4).
          long expected =
              roundHalfUp(
                  BigInteger.valueOf(minor).multiply(BigInteger.valueOf(percentUnscaled)),
                  BigInteger.valueOf(1_000_000));
          assertThat(money.percentOf(percent).amount())
              .isEqualTo(BigDecimal.valueOf(expected, digits));
          long factorUnscaled = random.nextLong(-100_000, 100_000);
          long product =
              roundHalfUp(
                  BigInteger.valueOf(minor).multiply(BigInteger.valueOf(factorUnscaled)),
                  BigInteger.valueOf(1_000));
          assertThat(money.times(BigDecimal.valueOf(factorUnscaled, 3)).amount())
              .isEqualTo(BigDecimal.valueOf(product, digits));
        });
  }

  /** n / d rounded to the nearest integer, halves away from zero. */
  private static long roundHalfUp(BigInteger n, BigInteger d) {
    BigInteger[] qr = n.abs().divideAndRemainder(d);
    BigInteger q = qr[1].shiftLeft(1).compareTo(d) >= 0 ? qr[0].add(BigInteger.ONE) : qr[0];
    return n.signum() < 0 ? -q.longValueExact() : q.longValueExact();
  }
}

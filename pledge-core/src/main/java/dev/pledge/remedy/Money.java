package dev.pledge.remedy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in a currency, always rounded half-up to the currency's minor unit (cents for
 * EUR and CNY, whole yen for JPY). Half-up rounds a half away from zero: 0.125 EUR is 0.13 EUR,
 * -0.125 EUR is -0.13 EUR.
 *
 * <p>Arithmetic is exact until the single rounding of each result; there are no doubles. Two
 * amounts are equal when currency and value are.
 */
public final class Money implements Comparable<Money> {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final BigDecimal amount;
  private final Currency currency;

  private Money(BigDecimal amount, Currency currency) {
    this.amount = amount;
    this.currency = currency;
  }

  /** {@code amount} rounded half-up to the minor unit of {@code currency}. */
  public static Money of(BigDecimal amount, Currency currency) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    return new Money(amount.setScale(minorDigits(currency), RoundingMode.HALF_UP), currency);
  }

  /** {@code Money.of("1234.50", "CNY")}. */
  public static Money of(String amount, String currencyCode) {
    return of(decimal(amount), currency(currencyCode));
  }

  public static Money zero(Currency currency) {
    return of(BigDecimal.ZERO, currency);
  }

  /** Parses {@code 1234.50 CNY}: an amount, a space, an ISO 4217 code. */
  public static Money parse(CharSequence text) {
    String s = text.toString().trim();
    int space = s.lastIndexOf(' ');
    if (space < 0) {
      throw new IllegalArgumentException(
          "money '" + s + "' must be an amount and a currency code, like 1234.50 CNY");
    }
    return of(s.substring(0, space).trim(), s.substring(space + 1));
  }

  private static BigDecimal decimal(String amount) {
    try {
      return new BigDecimal(amount.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("amount '" + amount + "' is not a decimal number", e);
    }
  }

  private static Currency currency(String code) {
    try {
      return Currency.getInstance(code.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "currency '" + code + "' is not an ISO 4217 code such as CNY, EUR or USD", e);
    }
  }

  private static int minorDigits(Currency currency) {
    int digits = currency.getDefaultFractionDigits();
    if (digits < 0) {
      throw new IllegalArgumentException(
          "currency " + currency + " has no minor unit; use a currency such as CNY, EUR or USD");
    }
    return digits;
  }

  public BigDecimal amount() {
    return amount;
  }

  public Currency currency() {
    return currency;
  }

  public boolean isZero() {
    return amount.signum() == 0;
  }

  /** The sum; both amounts must be in the same currency. */
  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.add(other.amount), currency);
  }

  /** This amount times {@code factor}, the exact product rounded half-up once. */
  public Money times(BigDecimal factor) {
    return of(amount.multiply(factor), currency);
  }

  /** {@code percent} % of this amount, the exact value rounded half-up once. */
  public Money percentOf(BigDecimal percent) {
    return of(amount.multiply(percent).divide(HUNDRED), currency);
  }

  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return amount.compareTo(other.amount);
  }

  private void requireSameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException(
          "cannot combine " + this + " with " + other + "; convert to one currency first");
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Money m && amount.equals(m.amount) && currency.equals(m.currency);
  }

  @Override
  public int hashCode() {
    return Objects.hash(amount, currency);
  }

  /** {@code 1234.50 CNY}. */
  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency.getCurrencyCode();
  }
}

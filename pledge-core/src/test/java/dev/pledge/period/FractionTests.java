package dev.pledge.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pledge.testing.PropertyCheck;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FractionTests {

  @Test
  void keepsLowestTerms() {
    assertThat(Fraction.of(44_596, 44_640)).hasToString("11149/11160");
    assertThat(Fraction.of(6, -4)).hasToString("-3/2");
    assertThat(Fraction.of(new BigDecimal("99.90"))).isEqualTo(Fraction.of(999, 10));
    assertThat(Fraction.of(new BigDecimal("3E-5"))).isEqualTo(Fraction.of(3, 100_000));
    assertThat(Fraction.of(new BigDecimal("1E+2"))).isEqualTo(Fraction.of(100));
  }

  @Test
  void comparesExactlyWhereRoundingWouldNot() {
    Fraction justBelow = Fraction.of(new BigDecimal("99.89998"));
    assertThat(justBelow.toDecimal(4)).isEqualByComparingTo("99.9000");
    assertThat(justBelow.isLessThan(new BigDecimal("99.9"))).isTrue();
    assertThat(Fraction.of(999, 10).isLessThan(new BigDecimal("99.9"))).isFalse();
    assertThat(Fraction.of(1, 3).isGreaterThan(new BigDecimal("0.3333333333333333"))).isTrue();
  }

  @Test
  void roundsHalfUpForDisplay() {
    // 0.00005 is a half at the fifth decimal: up.
    assertThat(Fraction.of(new BigDecimal("0.99995")).toDecimal(4)).isEqualByComparingTo("1.0000");
    assertThat(Fraction.of(new BigDecimal("0.99994999")).toDecimal(4))
        .isEqualByComparingTo("0.9999");
    assertThat(Fraction.of(-1, 8).toDecimal(2)).isEqualByComparingTo("-0.13");
    assertThat(Fraction.of(1, 34_000).toSignificant(4)).hasToString("0.00002941");
    assertThat(Fraction.of(3, 100_000).toSignificant(4).toPlainString()).isEqualTo("0.00003000");
  }

  @Test
  void ratioOfDurationsIsExactToTheNanosecond() {
    Fraction r = Fraction.ratio(Duration.ofNanos(1), Duration.ofDays(31));
    assertThat(r)
        .isEqualTo(Fraction.of(BigInteger.ONE, BigInteger.valueOf(2_678_400_000_000_000L)));
  }

  @Test
  void rejectsZeroDenominator() {
    assertThatThrownBy(() -> Fraction.of(1, 0)).hasMessageContaining("1/0");
  }

  @Test
  void roundingMatchesIntegerArithmetic() {
    // Reference: floor division, then up if twice the remainder reaches the divisor.
    PropertyCheck.forAll(
        2_000,
        random -> {
          long n = random.nextLong(0, 1_000_000_000_000L);
          long d = random.nextLong(1, 1_000_000_000L);
          BigInteger scaled = BigInteger.valueOf(n).multiply(BigInteger.TEN.pow(4));
          BigInteger[] qr = scaled.divideAndRemainder(BigInteger.valueOf(d));
          BigInteger q =
              qr[1].shiftLeft(1).compareTo(BigInteger.valueOf(d)) >= 0
                  ? qr[0].add(BigInteger.ONE)
                  : qr[0];
          assertThat(Fraction.of(n, d).toDecimal(4)).isEqualTo(new BigDecimal(q, 4));
        });
  }

  @Test
  void arithmeticAgreesWithCrossMultiplication() {
    PropertyCheck.forAll(
        2_000,
        random -> {
          long a = random.nextLong(-1000, 1000);
          long b = random.nextLong(1, 1000);
          long c = random.nextLong(-1000, 1000);
          long d = random.nextLong(1, 1000);
          Fraction x = Fraction.of(a, b);
          Fraction y = Fraction.of(c, d);
          assertThat(x.plus(y)).isEqualTo(Fraction.of(a * d + c * b, b * d));
          assertThat(x.minus(y)).isEqualTo(Fraction.of(a * d - c * b, b * d));
          assertThat(x.times(y)).isEqualTo(Fraction.of(a * c, b * d));
          assertThat(Integer.signum(x.compareTo(y))).isEqualTo(Long.signum(a * d - c * b));
        });
  }
}

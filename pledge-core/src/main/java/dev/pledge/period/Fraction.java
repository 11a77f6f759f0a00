package dev.pledge.period;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Objects;

/**
 * An exact rational number, kept in lowest terms with a positive denominator.
 *
 * <p>Verdicts compare fractions, never rounded or floating-point values: an availability of
 * 99.89998 % is below 99.9 % even though it shows as 99.9000 %. Rounding happens only when a value
 * is shown, half-up.
 */
public final class Fraction implements Comparable<Fraction> {

  public static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);
  public static final Fraction ONE = new Fraction(BigInteger.ONE, BigInteger.ONE);

  private static final BigInteger NANOS_PER_SECOND = BigInteger.valueOf(1_000_000_000L);

  private final BigInteger numerator;
  private final BigInteger denominator;

  private Fraction(BigInteger numerator, BigInteger denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /** {@code numerator / denominator}; the denominator must not be zero. */
  public static Fraction of(BigInteger numerator, BigInteger denominator) {
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    if (denominator.signum() == 0) {
      throw new ArithmeticException("fraction " + numerator + "/0 has a zero denominator");
    }
    if (denominator.signum() < 0) {
      numerator = numerator.negate();
      denominator = denominator.negate();
    }
    BigInteger gcd = numerator.gcd(denominator);
    return new Fraction(numerator.divide(gcd), denominator.divide(gcd));
  }

  public static Fraction of(long numerator, long denominator) {
    return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  public static Fraction of(long value) {
    return of(value, 1);
  }

  /** The exact value of a decimal: {@code 99.9} is {@code 999/10}. */
  public static Fraction of(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    if (value.scale() <= 0) {
      return of(value.toBigIntegerExact(), BigInteger.ONE);
    }
    return of(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
  }

  /** The ratio of two durations, exact to the nanosecond; {@code whole} must not be zero. */
  public static Fraction ratio(Duration part, Duration whole) {
    return of(nanos(part), nanos(whole));
  }

  static BigInteger nanos(Duration d) {
    return BigInteger.valueOf(d.getSeconds())
        .multiply(NANOS_PER_SECOND)
        .add(BigInteger.valueOf(d.getNano()));
  }

  public BigInteger numerator() {
    return numerator;
  }

  public BigInteger denominator() {
    return denominator;
  }

  public int signum() {
    return numerator.signum();
  }

  public Fraction plus(Fraction other) {
    return of(
        numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  public Fraction minus(Fraction other) {
    return plus(other.negate());
  }

  public Fraction negate() {
    return new Fraction(numerator.negate(), denominator);
  }

  public Fraction times(Fraction other) {
    return of(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
  }

  public Fraction times(long factor) {
    return of(numerator.multiply(BigInteger.valueOf(factor)), denominator);
  }

  /** This divided by {@code other}, which must not be zero. */
  public Fraction dividedBy(Fraction other) {
    return of(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
  }

  /** True if this is less than {@code value}, compared exactly. */
  public boolean isLessThan(BigDecimal value) {
    return compareTo(of(value)) < 0;
  }

  /** True if this is greater than {@code value}, compared exactly. */
  public boolean isGreaterThan(BigDecimal value) {
    return compareTo(of(value)) > 0;
  }

  /** Rounded half-up (away from zero at the half) to {@code decimals} places. */
  public BigDecimal toDecimal(int decimals) {
    return new BigDecimal(numerator)
        .divide(new BigDecimal(denominator), decimals, RoundingMode.HALF_UP);
  }

  /** Rounded half-up to {@code digits} significant digits, trailing zeros kept. */
  public BigDecimal toSignificant(int digits) {
    BigDecimal d =
        new BigDecimal(numerator)
            .divide(new BigDecimal(denominator), new MathContext(digits, RoundingMode.HALF_UP));
    return d.precision() < digits ? d.setScale(d.scale() + digits - d.precision()) : d;
  }

  @Override
  public int compareTo(Fraction other) {
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fraction f
        && numerator.equals(f.numerator)
        && denominator.equals(f.denominator);
  }

  @Override
  public int hashCode() {
    return 31 * numerator.hashCode() + denominator.hashCode();
  }

  /** {@code 11149/11160}, or just the numerator when the value is whole. */
  @Override
  public String toString() {
    return denominator.equals(BigInteger.ONE)
        ? numerator.toString()
        : numerator + "/" + denominator;
  }
}

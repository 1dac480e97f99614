package org.charter.core.capital;

import java.math.BigDecimal;
import java.math.BigInteger;

/** An exact rational number, so the waterfall rounds once, at the end, by its stated rule. */
record Ratio(BigInteger num, BigInteger den) implements Comparable<Ratio> {
  static final Ratio ZERO = new Ratio(BigInteger.ZERO, BigInteger.ONE);
  static final Ratio ONE = new Ratio(BigInteger.ONE, BigInteger.ONE);

  Ratio {
    if (den.signum() == 0) {
      throw new ArithmeticException("zero denominator");
    }
    if (den.signum() < 0) {
      num = num.negate();
      den = den.negate();
    }
    BigInteger g = num.gcd(den);
    if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
      num = num.divide(g);
      den = den.divide(g);
    }
  }

  static Ratio of(long n) {
    return new Ratio(BigInteger.valueOf(n), BigInteger.ONE);
  }

  static Ratio of(BigDecimal d) {
    return d.scale() <= 0 ? new Ratio(d.toBigIntegerExact(), BigInteger.ONE)
        : new Ratio(d.unscaledValue(), BigInteger.TEN.pow(d.scale()));
  }

  Ratio plus(Ratio o) {
    return new Ratio(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
  }

  Ratio minus(Ratio o) {
    return plus(new Ratio(o.num.negate(), o.den));
  }

  Ratio times(Ratio o) {
    return new Ratio(num.multiply(o.num), den.multiply(o.den));
  }

  Ratio dividedBy(Ratio o) {
    return new Ratio(num.multiply(o.den), den.multiply(o.num));
  }

  boolean isZero() {
    return num.signum() == 0;
  }

  int signum() {
    return num.signum();
  }

  /** The largest integer not above this number. */
  long floor() {
    BigInteger[] qr = num.divideAndRemainder(den);
    BigInteger q = qr[0];
    if (qr[1].signum() < 0) {
      q = q.subtract(BigInteger.ONE);
    }
    return q.longValueExact();
  }

  static Ratio min(Ratio a, Ratio b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  @Override
  public int compareTo(Ratio o) {
    return num.multiply(o.den).compareTo(o.num.multiply(den));
  }
}

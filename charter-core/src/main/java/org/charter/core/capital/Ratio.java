package org.charter.core.capital;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * An exact rational number, so the waterfall rounds once, at the end, by its stated rule. Always in lowest terms with a
 * positive denominator; held in two longs while both fit (well within 2^62), in BigIntegers beyond, so the usual
 * amounts cost long arithmetic and no amount ever loses exactness.
 */
final class Ratio implements Comparable<Ratio> {
  private static final long LIMIT = 1L << 62;
  private static final BigInteger BIG_LIMIT = BigInteger.valueOf(LIMIT);
  private static final long[] POW10 = new long[19];

  static {
    POW10[0] = 1;
    for (int i = 1; i < POW10.length; i++) {
      POW10[i] = POW10[i - 1] * 10;
    }
  }

  static final Ratio ZERO = new Ratio(0, 1, null, null);
  static final Ratio ONE = new Ratio(1, 1, null, null);

  // Exactly one form is in use: the longs when bigNum is null, else the BigIntegers.
  private final long num;
  private final long den;
  private final BigInteger bigNum;
  private final BigInteger bigDen;

  private Ratio(long num, long den, BigInteger bigNum, BigInteger bigDen) {
    this.num = num;
    this.den = den;
    this.bigNum = bigNum;
    this.bigDen = bigDen;
  }

  static Ratio of(long n) {
    return make(n, 1);
  }

  static Ratio of(BigDecimal d) {
    if (d.scale() >= 0 && d.scale() <= 18 && d.unscaledValue().bitLength() < 63) {
      return make(d.unscaledValue().longValue(), POW10[d.scale()]);
    }
    return d.scale() <= 0 ? make(d.toBigIntegerExact(), BigInteger.ONE)
        : make(d.unscaledValue(), BigInteger.TEN.pow(d.scale()));
  }

  /** n/d in lowest terms, in the long form if it fits. */
  private static Ratio make(long n, long d) {
    if (d == 0) {
      throw new ArithmeticException("zero denominator");
    }
    if (n <= -LIMIT || n >= LIMIT || d <= -LIMIT || d >= LIMIT) {
      return make(BigInteger.valueOf(n), BigInteger.valueOf(d));
    }
    if (d < 0) {
      n = -n;
      d = -d;
    }
    long g = gcd(Math.abs(n), d);
    if (g > 1) {
      n /= g;
      d /= g;
    }
    return n == 0 ? ZERO : new Ratio(n, d, null, null);
  }

  private static Ratio make(BigInteger n, BigInteger d) {
    if (d.signum() == 0) {
      throw new ArithmeticException("zero denominator");
    }
    if (d.signum() < 0) {
      n = n.negate();
      d = d.negate();
    }
    BigInteger g = n.gcd(d);
    if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
      n = n.divide(g);
      d = d.divide(g);
    }
    if (n.abs().compareTo(BIG_LIMIT) < 0 && d.compareTo(BIG_LIMIT) < 0) {
      return n.signum() == 0 ? ZERO : new Ratio(n.longValue(), d.longValue(), null, null);
    }
    return new Ratio(0, 0, n, d);
  }

  private static long gcd(long a, long b) {
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return a;
  }

  private boolean small() {
    return bigNum == null;
  }

  private BigInteger bigNum() {
    return small() ? BigInteger.valueOf(num) : bigNum;
  }

  private BigInteger bigDen() {
    return small() ? BigInteger.valueOf(den) : bigDen;
  }

  Ratio plus(Ratio o) {
    if (small() && o.small()) {
      try {
        if (den == o.den) {
          return make(Math.addExact(num, o.num), den);
        }
        return make(Math.addExact(Math.multiplyExact(num, o.den), Math.multiplyExact(o.num, den)),
            Math.multiplyExact(den, o.den));
      } catch (ArithmeticException overflow) {
        // Too large for longs: fall through to BigIntegers.
      }
    }
    return make(bigNum().multiply(o.bigDen()).add(o.bigNum().multiply(bigDen())), bigDen().multiply(o.bigDen()));
  }

  Ratio minus(Ratio o) {
    return plus(o.negate());
  }

  private Ratio negate() {
    return small() ? new Ratio(-num, den, null, null) : new Ratio(0, 0, bigNum.negate(), bigDen);
  }

  Ratio times(Ratio o) {
    if (small() && o.small()) {
      // Cancel across first, so the products stay small and come out in lowest terms.
      long g1 = gcd(Math.abs(num), o.den);
      long g2 = gcd(Math.abs(o.num), den);
      g1 = g1 == 0 ? 1 : g1;
      g2 = g2 == 0 ? 1 : g2;
      try {
        return make(Math.multiplyExact(num / g1, o.num / g2), Math.multiplyExact(den / g2, o.den / g1));
      } catch (ArithmeticException overflow) {
        // Too large for longs: fall through to BigIntegers.
      }
    }
    return make(bigNum().multiply(o.bigNum()), bigDen().multiply(o.bigDen()));
  }

  Ratio dividedBy(Ratio o) {
    if (o.signum() == 0) {
      throw new ArithmeticException("zero denominator");
    }
    Ratio inverse = o.small() ? make(o.den, o.num) : make(o.bigDen, o.bigNum);
    return times(inverse);
  }

  boolean isZero() {
    return signum() == 0;
  }

  int signum() {
    return small() ? Long.signum(num) : bigNum.signum();
  }

  /** The largest integer not above this number. */
  long floor() {
    if (small()) {
      return Math.floorDiv(num, den);
    }
    BigInteger[] qr = bigNum.divideAndRemainder(bigDen);
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
    if (small() && o.small()) {
      if (den == o.den) {
        return Long.compare(num, o.num);
      }
      try {
        return Long.compare(Math.multiplyExact(num, o.den), Math.multiplyExact(o.num, den));
      } catch (ArithmeticException overflow) {
        // Too large for longs: compare as BigIntegers.
      }
    }
    return bigNum().multiply(o.bigDen()).compareTo(o.bigNum().multiply(bigDen()));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Ratio r && compareTo(r) == 0;
  }

  @Override
  public int hashCode() {
    // Lowest terms in the form that fits is unique, so equal numbers hash alike.
    return small() ? Long.hashCode(num) * 31 + Long.hashCode(den) : bigNum.hashCode() * 31 + bigDen.hashCode();
  }

  @Override
  public String toString() {
    return bigNum() + "/" + bigDen();
  }
}

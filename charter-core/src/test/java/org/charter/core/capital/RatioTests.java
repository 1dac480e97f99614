package org.charter.core.capital;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The long fast path of Ratio gives exactly what BigInteger arithmetic gives, across and beyond the longs' range. */
class RatioTests {
  /** A reference fraction in BigIntegers, reduced, denominator positive. */
  private record Ref(BigInteger n, BigInteger d) {
    static Ref of(BigInteger n, BigInteger d) {
      if (d.signum() < 0) {
        n = n.negate();
        d = d.negate();
      }
      BigInteger g = n.gcd(d);
      return g.signum() == 0 ? new Ref(n, d) : new Ref(n.divide(g), d.divide(g));
    }

    Ref plus(Ref o) {
      return of(n.multiply(o.d).add(o.n.multiply(d)), d.multiply(o.d));
    }

    Ref times(Ref o) {
      return of(n.multiply(o.n), d.multiply(o.d));
    }

    Ref dividedBy(Ref o) {
      return of(n.multiply(o.d), d.multiply(o.n));
    }

    long floor() {
      BigInteger[] qr = n.divideAndRemainder(d);
      return (qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0]).longValueExact();
    }
  }

  @Test
  void arithmetic_randomChains_sameAsBigIntegers() {
    Random r = new Random(3);
    for (int run = 0; run < 2_000; run++) {
      long a = r.nextInt(3) == 0 ? r.nextLong() >> r.nextInt(40) : r.nextInt(2_000_000) - 1_000_000;
      Ratio x = Ratio.of(a);
      Ref y = Ref.of(BigInteger.valueOf(a), BigInteger.ONE);
      for (int step = 0; step < 12; step++) {
        long b = r.nextInt(4) == 0 ? r.nextLong() >> r.nextInt(50) : r.nextInt(999_999) + 1;
        b = b == 0 ? 7 : b;
        Ref refB = Ref.of(BigInteger.valueOf(b), BigInteger.ONE);
        switch (r.nextInt(4)) {
          case 0 -> {
            x = x.plus(Ratio.of(b));
            y = y.plus(refB);
          }
          case 1 -> {
            x = x.minus(Ratio.of(b));
            y = y.plus(Ref.of(refB.n().negate(), refB.d()));
          }
          case 2 -> {
            x = x.times(Ratio.of(b).dividedBy(Ratio.of(1_000)));
            y = y.times(refB.dividedBy(Ref.of(BigInteger.valueOf(1_000), BigInteger.ONE)));
          }
          default -> {
            x = x.dividedBy(Ratio.of(b));
            y = y.dividedBy(refB);
          }
        }
        assertThat(x.toString()).isEqualTo(y.n() + "/" + y.d());
        assertThat(x.signum()).isEqualTo(y.n().signum());
        if (y.n().abs().bitLength() - y.d().bitLength() < 60) {
          assertThat(x.floor()).isEqualTo(y.floor());
        }
      }
    }
  }

  @Test
  void compareTo_nearTheLongLimit_exact() {
    Ratio big = Ratio.of(Long.MAX_VALUE / 3).dividedBy(Ratio.of(Long.MAX_VALUE / 5));
    Ratio nearby = Ratio.of(Long.MAX_VALUE / 3 - 1).dividedBy(Ratio.of(Long.MAX_VALUE / 5));
    assertThat(big.compareTo(nearby)).isPositive();
    assertThat(nearby.compareTo(big)).isNegative();
    assertThat(big.minus(nearby).signum()).isPositive();
    assertThat(big.plus(Ratio.ZERO)).isEqualTo(big).hasSameHashCodeAs(big);
  }

  @Test
  void dividedBy_zero_throws() {
    assertThatThrownBy(() -> Ratio.ONE.dividedBy(Ratio.ZERO)).isInstanceOf(ArithmeticException.class);
  }
}

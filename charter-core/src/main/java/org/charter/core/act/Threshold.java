package org.charter.core.act;

/**
 * A fraction to reach: {@code strict} means more than numerator/denominator of the base (a majority is 1/2 strict),
 * otherwise at least that fraction (one third is 1/3 not strict).
 */
public record Threshold(int numerator, int denominator, boolean strict) {
  public static final Threshold MAJORITY = new Threshold(1, 2, true);
  public static final Threshold TWO_THIRDS = new Threshold(2, 3, false);
  public static final Threshold ONE_THIRD = new Threshold(1, 3, false);
  public static final Threshold ALL = new Threshold(1, 1, false);

  public Threshold {
    if (numerator <= 0 || denominator <= 0 || numerator > denominator) {
      throw new IllegalArgumentException("threshold must be a fraction in (0, 1]: " + numerator + "/" + denominator);
    }
  }

  /** Whether {@code count} of {@code base} reaches this threshold. */
  public boolean isMet(long count, long base) {
    long lhs = count * denominator;
    long rhs = base * numerator;
    return strict ? lhs > rhs : lhs >= rhs;
  }

  /** The smallest count of {@code base} that reaches this threshold. */
  public long minimumOf(long base) {
    for (long c = 0; c <= base; c++) {
      if (isMet(c, base)) {
        return c;
      }
    }
    return base + 1;
  }

  @Override
  public String toString() {
    if (this.equals(MAJORITY)) {
      return "a majority";
    }
    return (strict ? "more than " : "at least ") + numerator + "/" + denominator;
  }
}

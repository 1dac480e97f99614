package org.charter.core.capital;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money as integer cents of US dollars: amounts in acts are dollars with at most two decimals, never rounded. */
public final class Money {
  private Money() {}

  /**
   * The largest single distribution the command line and the API take, in US dollars: a trillion, so that a hundred
   * of them in cents, and every holder's cumulative receipts, stay far inside a long.
   */
  public static final BigDecimal MAX_DOLLARS = new BigDecimal("1000000000000");

  /** The cents of a dollar amount, or an exception when it has fractions of a cent. */
  public static long cents(BigDecimal dollars) {
    BigDecimal cents;
    try {
      cents = dollars.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(dollars.toPlainString() + " is not a whole number of cents", e);
    }
    try {
      return cents.longValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(dollars.toPlainString() + " is more than Charter counts in cents", e);
    }
  }

  public static boolean isCents(BigDecimal dollars) {
    return dollars.stripTrailingZeros().scale() <= 2;
  }

  public static BigDecimal dollars(long cents) {
    return BigDecimal.valueOf(cents, 2);
  }

  /** Dollars as people read them; an amount that is no whole number of cents or too large to count is shown as stored. */
  public static String show(BigDecimal dollars) {
    try {
      return format(cents(dollars));
    } catch (IllegalArgumentException e) {
      return dollars.toPlainString();
    }
  }

  /** Cents as people read dollars: 1000000000 cents is "10,000,000.00". */
  public static String format(long cents) {
    return String.format(java.util.Locale.ROOT, "%,.2f", dollars(cents));
  }
}

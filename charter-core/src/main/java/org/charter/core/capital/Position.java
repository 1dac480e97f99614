package org.charter.core.capital;

/**
 * A holder's position in a class while the waterfall runs: units (which split the class's share), what it invested, its
 * cap (null: uncapped) and what it has received so far, exactly.
 */
final class Position {
  final String holder;
  final String interestClass;
  Ratio units = Ratio.ZERO;
  long investedCents;
  Long capCents = 0L;
  Ratio received = Ratio.ZERO;
  /** The defined term whose determination ended this position's participation, if any. */
  String stoppedBy;

  Position(String holder, String interestClass) {
    this.holder = holder;
    this.interestClass = interestClass;
  }

  boolean capped() {
    return stoppedBy != null || capCents != null && received.compareTo(Ratio.of(capCents)) >= 0;
  }

  /** What the position may still receive before its cap; only for a capped position. */
  Ratio roomToCap() {
    return Ratio.of(capCents).minus(received);
  }
}

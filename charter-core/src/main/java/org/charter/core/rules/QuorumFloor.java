package org.charter.core.rules;

import org.charter.core.act.Threshold;

/**
 * The least quorum the statute lets an entity's own rules set, as a fraction of the whole board and, where the statute
 * names one, a least number of directors ({@code minimumDirectors}, 0 for none), with its citation. Cal. Corp. Code
 * § 307(a)(7) sets both: one-third "or less than two, whichever is larger", except that a board of one seat has a
 * quorum of one. {@code certificateMayLower}, when not null, cites the statute that lets the certificate of
 * incorporation (not the bylaws) go below it, as 8 Del. C. § 141(j) does for a nonstock corporation.
 */
record QuorumFloor(Threshold fraction, int minimumDirectors, String citation, String certificateMayLower) {
  QuorumFloor(Threshold fraction, String citation, String certificateMayLower) {
    this(fraction, 0, citation, certificateMayLower);
  }

  /** The least quorum of a board of {@code seats}; never more than the board has, so one seat makes a quorum of one. */
  long minimumOf(int seats) {
    return Math.min(seats, Math.max(fraction.minimumOf(seats), minimumDirectors));
  }

  /** The floor as findings state it: "1/3 of the whole board", "... or 2 directors, whichever is larger". */
  String label() {
    String part = fraction.numerator() + "/" + fraction.denominator() + " of the whole board";
    return minimumDirectors == 0 ? part : part + " or " + minimumDirectors + " directors, whichever is larger";
  }
}

package org.charter.core.act;

/** A vote threshold: the fraction of a base that must vote yes. */
public record VoteRule(VoteBase base, Threshold threshold) {
  @Override
  public String toString() {
    return threshold + " of " + switch (base) {
      case PRESENT -> "directors present";
      case VOTES_CAST -> "votes cast";
      case DIRECTORS_IN_OFFICE -> "directors in office";
      case AUTHORIZED_SEATS -> "authorized seats";
    };
  }
}

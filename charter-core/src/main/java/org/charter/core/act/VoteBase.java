package org.charter.core.act;

/** What the yes votes are counted against. */
public enum VoteBase {
  /** Directors present; an abstention counts as a no. */
  PRESENT,
  /** Yes and no votes only; abstentions are left out. */
  VOTES_CAST,
  /** All directors in office, present or not. */
  DIRECTORS_IN_OFFICE,
  /** All authorized seats. */
  AUTHORIZED_SEATS
}

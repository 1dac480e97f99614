package org.charter.core.act;

/** A recorded vote. */
public enum VoteChoice {
  YES,
  NO,
  ABSTAIN
}

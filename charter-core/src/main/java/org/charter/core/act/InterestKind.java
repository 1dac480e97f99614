package org.charter.core.act;

/** The legal form of an economic interest. */
public enum InterestKind {
  LLC_UNITS,
  MEMBERSHIP_INTEREST,
  PROFIT_PARTICIPATION
}

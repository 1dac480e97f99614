package org.charter.core.act;

/** A constraint on who sits on a board, checked after each change of its directors. */
public enum CompositionKind {
  /** More than half of the directors hold no equity in the named entity. */
  MAJORITY_HOLD_NO_EQUITY_IN,
  /** More than half of the directors are independent of the named entity (not employed by it, no equity in it). */
  MAJORITY_INDEPENDENT_OF
}

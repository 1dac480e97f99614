package org.charter.core.act;

/** Who may call a special meeting. */
public enum Caller {
  CHAIR,
  CEO,
  PRESIDENT,
  /** Any vice president: an office named vice-president or ending in it, as executive-vice-president. */
  VICE_PRESIDENT,
  SECRETARY,
  ANY_DIRECTOR,
  TWO_DIRECTORS,
  MAJORITY_OF_DIRECTORS
}

package org.charter.core.act;

/** Who may call a special meeting. */
public enum Caller {
  CHAIR,
  CEO,
  PRESIDENT,
  ANY_DIRECTOR,
  TWO_DIRECTORS,
  MAJORITY_OF_DIRECTORS
}

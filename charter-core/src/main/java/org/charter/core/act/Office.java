package org.charter.core.act;

/** A position in management, or the chair of a body. */
public enum Office {
  CHAIR,
  CEO,
  INTERIM_CEO,
  PRESIDENT,
  CTO,
  CHIEF_SCIENTIST,
  COO,
  CHIEF_STRATEGY_OFFICER,
  SECRETARY,
  TREASURER
}

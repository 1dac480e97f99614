package org.charter.core.act;

/** The legal form of an entity. */
public enum EntityKind {
  NONPROFIT_CORPORATION,
  CORPORATION,
  LLC,
  LP,
  TRUST
}

package org.charter.core.act;

/** The kind of deciding group of an entity. */
public enum BodyKind {
  BOARD,
  COMMITTEE,
  MEMBERS
}

package org.charter.core.act;

/** How a controller controls an entity. */
public enum ControlKind {
  SOLE_MEMBER,
  MANAGER,
  GENERAL_PARTNER,
  MAJORITY_OF_VOTES,
  FULL_CONTROL
}

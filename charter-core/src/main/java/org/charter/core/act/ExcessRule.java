package org.charter.core.act;

/** Where a capped holder's share of a phase goes: to the phase's other uncapped holders pro rata, or to the residual holder. */
public enum ExcessRule {
  OTHERS,
  RESIDUAL
}

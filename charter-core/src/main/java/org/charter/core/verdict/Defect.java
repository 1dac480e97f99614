package org.charter.core.verdict;

/**
 * How bad a breach is: a void act never took effect and cannot be ratified; a voidable one stands until set aside; a
 * breach of an agreement is not permitted by a contract in force, though it may still bind the parties' counterparts.
 */
public enum Defect {
  VOID,
  VOIDABLE,
  BREACH
}

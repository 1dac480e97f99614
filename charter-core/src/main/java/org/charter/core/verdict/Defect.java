package org.charter.core.verdict;

/** How bad a breach is: a void act never took effect and cannot be ratified; a voidable one stands until set aside. */
public enum Defect {
  VOID,
  VOIDABLE
}

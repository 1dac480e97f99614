package org.charter.core.verdict;

/** The overall answer about an act. */
public enum Status {
  VALID,
  VALID_WITH_WARNINGS,
  INVALID,
  UNDETERMINED;

  /** Whether state that rests on an act with this status should be marked. */
  public boolean isDefective() {
    return this == INVALID || this == UNDETERMINED;
  }

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}

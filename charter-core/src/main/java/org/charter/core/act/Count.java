package org.charter.core.act;

/** A number as the source gives it: exact, at least, more than, or about. */
public record Count(long value, Qualifier qualifier) {
  /** How precise the number is. */
  public enum Qualifier {
    EXACT,
    AT_LEAST,
    OVER,
    ABOUT
  }

  @Override
  public String toString() {
    return switch (qualifier) {
      case EXACT -> Long.toString(value);
      case AT_LEAST -> "at least " + value;
      case OVER -> "over " + value;
      case ABOUT -> "about " + value;
    };
  }
}

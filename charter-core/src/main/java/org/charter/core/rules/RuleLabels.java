package org.charter.core.rules;

import org.charter.core.act.Caller;

/** How rule parameters read in findings. */
public final class RuleLabels {
  private RuleLabels() {}

  public static String caller(Caller c) {
    return switch (c) {
      case CHAIR -> "the chair";
      case CEO -> "the CEO";
      case PRESIDENT -> "the president";
      case VICE_PRESIDENT -> "any vice president";
      case SECRETARY -> "the secretary";
      case ANY_DIRECTOR -> "any director";
      case TWO_DIRECTORS -> "two directors";
      case MAJORITY_OF_DIRECTORS -> "a majority of the directors";
    };
  }
}

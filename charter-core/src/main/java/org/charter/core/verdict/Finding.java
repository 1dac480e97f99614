package org.charter.core.verdict;

import java.util.Objects;

/**
 * One rule's answer about one act: the rule's id and citation, whether it was met, and the numbers behind it ("present
 * 4 of 6 authorized; quorum 4: met").
 */
public record Finding(String ruleId, String citation, Outcome outcome, Defect defect, String detail) {
  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(detail, "detail");
    if (outcome == Outcome.NOT_MET) {
      Objects.requireNonNull(defect, "a rule that is not met must say whether the act is void or voidable");
    }
  }

  public static Finding met(String ruleId, String citation, String detail) {
    return new Finding(ruleId, citation, Outcome.MET, null, detail);
  }

  public static Finding notMet(String ruleId, String citation, Defect defect, String detail) {
    return new Finding(ruleId, citation, Outcome.NOT_MET, defect, detail);
  }

  public static Finding unknown(String ruleId, String citation, String detail) {
    return new Finding(ruleId, citation, Outcome.UNKNOWN, null, detail);
  }

  public static Finding warning(String ruleId, String citation, String detail) {
    return new Finding(ruleId, citation, Outcome.WARNING, null, detail);
  }

  /** How a rule applied to an act. */
  public enum Outcome {
    MET,
    NOT_MET,
    /** The record does not hold a fact the rule needs. */
    UNKNOWN,
    WARNING
  }

  @Override
  public String toString() {
    String tag = switch (outcome) {
      case MET -> "met";
      case NOT_MET -> "NOT MET (" + defect.name().toLowerCase(java.util.Locale.ROOT) + ")";
      case UNKNOWN -> "unknown";
      case WARNING -> "warning";
    };
    return ruleId + " " + tag + ": " + detail + (citation == null ? "" : " [" + citation + "]");
  }
}

package org.charter.core.verdict;

import java.util.List;

/**
 * The answer about one act under the rules in force at its valid time: its status, whether an invalid act is void or
 * only voidable, and every finding behind it.
 */
public record Verdict(String actId, Status status, Defect defect, List<Finding> findings) {
  public Verdict {
    findings = List.copyOf(findings);
  }

  /**
   * The verdict the findings add up to: any breach makes the act invalid (void if any breach voids it); otherwise any
   * unknown leaves it undetermined; otherwise warnings make it valid with warnings.
   */
  public static Verdict of(String actId, List<Finding> findings) {
    boolean notMet = false;
    boolean voids = false;
    boolean voidable = false;
    boolean unknown = false;
    boolean warning = false;
    for (Finding f : findings) {
      switch (f.outcome()) {
        case NOT_MET -> {
          notMet = true;
          voids |= f.defect() == Defect.VOID;
          voidable |= f.defect() == Defect.VOIDABLE;
        }
        case UNKNOWN -> unknown = true;
        case WARNING -> warning = true;
        case MET -> { }
      }
    }
    if (notMet) {
      Defect worst = voids ? Defect.VOID : voidable ? Defect.VOIDABLE : Defect.BREACH;
      return new Verdict(actId, Status.INVALID, worst, findings);
    }
    Status s = unknown ? Status.UNDETERMINED : warning ? Status.VALID_WITH_WARNINGS : Status.VALID;
    return new Verdict(actId, s, null, findings);
  }

  /** The status with the defect, as people read it: "invalid (void)". */
  public String label() {
    return status == Status.INVALID ? "invalid (" + defect.name().toLowerCase(java.util.Locale.ROOT) + ")" : status.label();
  }
}

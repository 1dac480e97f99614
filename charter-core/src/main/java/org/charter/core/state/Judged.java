package org.charter.core.state;

import org.charter.core.act.Act;
import org.charter.core.verdict.Defect;
import org.charter.core.verdict.Status;
import org.charter.core.verdict.Verdict;

/**
 * The verdicts of one act as the record now stands: under the rules (judged against the legal register) and as acted
 * (judged against the register as acted, kept only where it differs). A late fact may re-judge an act, so this is the
 * one mutable cell every piece of state resting on the act points to; null verdicts for an annotation.
 */
public final class Judged {
  private Act act;
  private String retractedBy;
  private Verdict legal;
  private Verdict acted;
  private String curedBy;

  Judged(Act act) {
    this.act = act;
  }

  /** The act judged: the one recorded, or the one a correction made of it (another valid time). */
  public Act act() {
    return act;
  }

  void act(Act corrected) {
    this.act = corrected;
  }

  /** The retraction that took the act back, or null. */
  public String retractedBy() {
    return retractedBy;
  }

  void retract(String by) {
    this.retractedBy = by;
  }

  /** The cure (a ratification under § 204, an ordinary one, a court's validation) that gives this act effect. */
  public String curedBy() {
    return curedBy;
  }

  /** Sets or clears the cure; tells whether it changed. */
  boolean cure(String by) {
    boolean changed = !java.util.Objects.equals(curedBy, by);
    curedBy = by;
    return changed;
  }

  /** The verdict as acted where it differs from the legal one, else null: what a snapshot keeps. */
  public Verdict actedApart() {
    return acted;
  }

  public Verdict verdict(Register r) {
    return r == Register.ACTED && acted != null ? acted : legal;
  }

  public Status status(Register r) {
    Verdict v = verdict(r);
    return v == null ? null : v.status();
  }

  /** Whether the act, judged under the rules, is void and not cured: the legal register gives it no effect. */
  public boolean voidInLaw() {
    return legal != null && legal.status() == Status.INVALID && legal.defect() == Defect.VOID && curedBy == null;
  }

  /** Sets both verdicts ({@code acted} null when it is the legal one); tells whether either changed. */
  boolean set(Verdict legal, Verdict acted) {
    boolean changed = !java.util.Objects.equals(this.legal, legal)
        || !java.util.Objects.equals(verdict(Register.ACTED), acted == null ? legal : acted);
    this.legal = legal;
    this.acted = acted == null || acted.equals(legal) ? null : acted;
    return changed;
  }
}

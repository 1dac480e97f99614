package org.charter.core.rules;

import java.util.List;
import org.charter.core.act.Act;
import org.charter.core.act.ActCorrected;
import org.charter.core.act.ActRetracted;
import org.charter.core.act.BindingAct;
import org.charter.core.verdict.Defect;
import org.charter.core.verdict.Finding;

/**
 * A correction or a retraction names a binding act on record that was recorded before it, and that is not itself a
 * correction: the ledger stays append-only, and what was recorded is changed only by a later entry that says so.
 */
record CorrectionRule() implements Rule {
  @Override
  public String id() {
    return "CH-correction";
  }

  @Override
  public String citation() {
    return "the ledger is append-only: an entry is corrected or retracted by a later entry (docs/ledger.md)";
  }

  @Override
  public List<Finding> check(RuleContext ctx) {
    String target;
    String what;
    if (ctx.act() instanceof ActCorrected c) {
      target = c.corrects();
      what = "act " + target + " is taken as having happened at " + ctx.time(c.validAt());
    } else if (ctx.act() instanceof ActRetracted r) {
      target = r.retracts();
      what = "act " + target + " is taken as not having happened";
    } else {
      return List.of();
    }
    Act a = ctx.state().act(target);
    if (!(a instanceof BindingAct)) {
      return List.of(Finding.notMet(id(), citation(), Defect.VOID, "act " + target + " is not a binding act on record"));
    }
    if (a instanceof ActCorrected || a instanceof ActRetracted) {
      return List.of(Finding.notMet(id(), citation(), Defect.VOID, "act " + target + " is itself a correction; correct"
          + " the act it names instead"));
    }
    if (a.meta().recordedAt().isAfter(ctx.act().meta().recordedAt())) {
      return List.of(Finding.notMet(id(), citation(), Defect.VOID, "act " + target + " was recorded after this"
          + " correction (" + ctx.time(a.meta().recordedAt()) + ")"));
    }
    return List.of(Finding.met(id(), citation(), what + ", from this entry's recorded time, "
        + ctx.time(ctx.act().meta().recordedAt())));
  }
}

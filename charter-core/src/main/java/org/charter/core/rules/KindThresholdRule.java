package org.charter.core.rules;

import java.util.List;
import java.util.Optional;
import org.charter.core.act.ActKind;
import org.charter.core.act.VoteRule;
import org.charter.core.state.ResolutionRecord;
import org.charter.core.state.Tally;
import org.charter.core.verdict.Defect;
import org.charter.core.verdict.Finding;

/** The vote an act of one kind needs (removing a director, filling a vacancy), counted on its resolution's tally. */
record KindThresholdRule(ActKind kind, String id, String citation) implements Rule {
  @Override
  public List<Finding> check(RuleContext ctx) {
    Effect effect = Effect.of(ctx.act());
    if (effect == null || effect.kind() != kind) {
      return List.of();
    }
    String res = effect.resolution();
    Optional<ResolutionRecord> r = res == null ? Optional.empty() : ctx.state().resolution(res);
    if (r.isEmpty()) {
      return List.of();
    }
    Tally t = r.get().tally();
    VoteRule rule = ctx.params().threshold(kind);
    if (!t.votesOnRecord()) {
      return List.of(Finding.unknown(id, citation,
          "the tally of resolution " + res + " is not on record; needs " + rule + " (" + Thresholds.needed(ctx, rule, t)
              + ")"));
    }
    boolean met = Thresholds.isMet(ctx, rule, t);
    String detail = Thresholds.describe(ctx, rule, t) + ": " + (met ? "met" : "not met");
    return List.of(met ? Finding.met(id, citation, detail) : Finding.notMet(id, citation, Defect.VOID, detail));
  }
}

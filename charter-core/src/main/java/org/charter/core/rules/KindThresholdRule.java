package org.charter.core.rules;

import java.util.List;
import java.util.Optional;
import org.charter.core.act.ActKind;
import org.charter.core.act.MotionVoted;
import org.charter.core.act.VoteRule;
import org.charter.core.state.ResolutionRecord;
import org.charter.core.state.Tally;
import org.charter.core.verdict.Defect;
import org.charter.core.verdict.Finding;

/**
 * The vote an act of one kind needs (filling a vacancy, appointing an officer), counted on its resolution's tally. With
 * {@code onMotion}, a motion the record marks as only filling vacancies is counted against this threshold itself, so
 * a resolution adopted without a quorum stands or falls on the vote that the acts under it need.
 */
record KindThresholdRule(ActKind kind, String id, String citation, boolean onMotion) implements Rule {
  KindThresholdRule(ActKind kind, String id, String citation) {
    this(kind, id, citation, false);
  }

  @Override
  public List<Finding> check(RuleContext ctx) {
    if (onMotion && ctx.act() instanceof MotionVoted m && m.onlyFillsVacancies()) {
      return List.of(of(ctx, kind, id, citation, "the tally", ctx.state().tally(m)));
    }
    Effect effect = Effect.of(ctx.act());
    if (effect == null || effect.kind() != kind) {
      return List.of();
    }
    return forResolution(ctx, kind, effect.resolution(), id, citation).map(List::of).orElse(List.of());
  }

  /** The finding on the vote of {@code res} for an act of {@code kind}; empty when the resolution is not on record. */
  static Optional<Finding> forResolution(RuleContext ctx, ActKind kind, String res, String id, String citation) {
    Optional<ResolutionRecord> r = res == null ? Optional.empty() : ctx.state().resolution(res);
    return r.map(x -> of(ctx, kind, id, citation, "the tally of resolution " + res, ctx.state().tallyOf(x)));
  }

  private static Finding of(RuleContext ctx, ActKind kind, String id, String citation, String what, Tally t) {
    VoteRule rule = ctx.params().threshold(kind);
    if (!t.votesOnRecord()) {
      return Finding.unknown(id, citation, what + " is not on record; needs " + Thresholds.rule(rule, t)
          + Thresholds.needed(ctx, rule, t).map(n -> " (" + n + ")").orElse(""));
    }
    boolean met = Thresholds.isMet(ctx, rule, t);
    String detail = Thresholds.describe(ctx, rule, t) + ": " + (met ? "met" : "not met");
    return met ? Finding.met(id, citation, detail) : Finding.notMet(id, citation, Defect.VOID, detail);
  }
}

package org.charter.core.rules;

import java.util.List;
import org.charter.core.act.ActKind;
import org.charter.core.act.MotionVoted;
import org.charter.core.act.Outcome;
import org.charter.core.act.VoteCast;
import org.charter.core.state.Tally;
import org.charter.core.verdict.Defect;
import org.charter.core.verdict.Finding;

/** A motion is adopted by the general vote threshold; a reported outcome the votes do not support is a breach. */
record MotionVoteRule(String id, String citation) implements Rule {
  @Override
  public List<Finding> check(RuleContext ctx) {
    if (!(ctx.act() instanceof MotionVoted m)) {
      return List.of();
    }
    Tally t = ctx.state().tally(m);
    org.charter.core.act.VoteRule rule = ctx.params().threshold(ActKind.GENERAL);
    if (!t.votesOnRecord()) {
      String reported = m.reportedOutcome() == null ? "no outcome is on record either"
          : "reported " + m.reportedOutcome().name().toLowerCase(java.util.Locale.ROOT);
      return List.of(Finding.unknown(id, citation, "the tally is not on record (" + reported + "); needs " + rule
          + Thresholds.needed(ctx, rule, t).map(n -> " (" + n + ")").orElse("")));
    }
    for (VoteCast v : m.votes()) {
      if (!t.present().contains(v.person())) {
        return List.of(Finding.notMet(id, citation, Defect.VOID,
            ctx.name(v.person()) + " voted but was not a director present at the vote"));
      }
    }
    boolean met = Thresholds.isMet(ctx, rule, t);
    String detail = Thresholds.describe(ctx, rule, t) + ": " + (met ? "adopted" : "failed");
    if (!met && m.reportedOutcome() == Outcome.ADOPTED) {
      return List.of(Finding.notMet(id, citation, Defect.VOID, detail + ", yet reported adopted"));
    }
    return List.of(Finding.met(id, citation, detail));
  }
}

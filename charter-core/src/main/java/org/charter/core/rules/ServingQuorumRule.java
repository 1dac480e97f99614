package org.charter.core.rules;

import java.util.List;
import org.charter.core.act.WrittenConsentSigned;
import org.charter.core.state.Tally;
import org.charter.core.verdict.Finding;

/**
 * A board acts by written consent only if the directors serving at the time would make a quorum (Cal. Corp. Code
 * § 307(b): "if the number of members of the board serving at the time constitutes a quorum"). Counted as the quorum
 * rule counts a meeting, serving directors in place of those present; the unanimity the consent also needs is
 * {@link WrittenConsentRule}'s job. Where the rules allow no consent at all, that rule says so and this one is silent.
 */
record ServingQuorumRule(String id, String citation, QuorumFloor floor) implements Rule {
  @Override
  public List<Finding> check(RuleContext ctx) {
    if (!(ctx.act() instanceof WrittenConsentSigned c) || !ctx.params().writtenConsent()) {
      return List.of();
    }
    Tally t = ctx.state().tally(c);
    int serving = t.inOffice().size();
    return List.of(new QuorumRule(id, citation, floor, null, null)
        .quorum(ctx, serving, serving, "directors serving", "(" + ctx.names(t.inOffice()) + ")"));
  }
}

package org.charter.core.rules;

import java.util.List;
import org.charter.core.act.MotionVoted;
import org.charter.core.act.VoteChoice;
import org.charter.core.state.Tally;
import org.charter.core.verdict.Finding;

/**
 * Where directors are recorded as interested, the act is safe from challenge for that interest only if a majority of
 * the disinterested directors approve it; otherwise it stands or falls on fairness.
 */
record InterestedDirectorsRule(String id, String citation) implements Rule {
  @Override
  public List<Finding> check(RuleContext ctx) {
    if (!(ctx.act() instanceof MotionVoted m) || m.interested() == null || m.interested().isEmpty()) {
      return List.of();
    }
    Tally t = ctx.state().tally(m);
    List<String> disinterested = t.inOffice().stream().filter(d -> !m.interested().contains(d)).toList();
    String who = ctx.names(m.interested()) + " recorded as interested; " + disinterested.size()
        + " disinterested directors in office";
    if (!t.votesOnRecord()) {
      return List.of(Finding.unknown(id, citation, who + "; the tally is not on record"));
    }
    long yes = m.votes().stream()
        .filter(v -> v.choice() == VoteChoice.YES && disinterested.contains(v.person()))
        .count();
    boolean met = yes * 2 > disinterested.size();
    String detail = who + "; " + yes + " of them voted yes";
    return List.of(met
        ? Finding.met(id, citation, detail + ": approved by a majority of the disinterested directors")
        : Finding.warning(id, citation, detail + ": no disinterested majority, so the act is voidable unless fair"));
  }
}

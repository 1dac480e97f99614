package org.charter.core.rules;

import java.util.List;
import org.charter.core.act.MotionVoted;
import org.charter.core.act.QuorumBase;
import org.charter.core.state.MeetingFacts;
import org.charter.core.state.Tally;
import org.charter.core.verdict.Defect;
import org.charter.core.verdict.Finding;

/** A motion needs a quorum present when it is voted, counted on the base the rules name. */
record QuorumRule(String id, String citation) implements Rule {
  @Override
  public List<Finding> check(RuleContext ctx) {
    if (!(ctx.act() instanceof MotionVoted m)) {
      return List.of();
    }
    MeetingFacts f = ctx.state().meeting(m.meeting());
    if (f.held() == null) {
      return List.of(Finding.unknown(id, citation, "attendance at meeting " + m.meeting() + " is not on record"));
    }
    Tally t = ctx.state().tally(m);
    List<String> present = Attendees.countedPresent(ctx, f, m);
    boolean filled = ctx.params().quorumBase() == QuorumBase.SEATS_FILLED;
    int base = filled ? t.inOffice().size() : ctx.authorizedSeats(t.inOffice());
    long need = ctx.params().quorum().minimumOf(base);
    boolean met = present.size() >= need;
    String detail = "present " + present.size() + " of " + base + " "
        + (filled ? "in office" : ctx.seatsNote(t.inOffice())) + " (" + ctx.names(present) + "); quorum " + need
        + ": " + (met ? "met" : "not met");
    return List.of(met
        ? Finding.met(id, citation, detail)
        : Finding.notMet(id, citation, Defect.VOID, detail));
  }
}

package org.charter.core.rules;

import java.util.List;
import org.charter.core.act.MotionVoted;
import org.charter.core.state.MeetingFacts;
import org.charter.core.verdict.Defect;
import org.charter.core.verdict.Finding;

/** Taking part by phone or video counts as presence only where the rules allow it. */
record RemoteAttendanceRule(String id, String citation) implements Rule {
  @Override
  public List<Finding> check(RuleContext ctx) {
    if (!(ctx.act() instanceof MotionVoted m)) {
      return List.of();
    }
    MeetingFacts f = ctx.state().meeting(m.meeting());
    List<String> remote = Attendees.remoteAtVote(ctx, f, m);
    if (remote.isEmpty()) {
      return List.of();
    }
    String who = remote.size() + " attended by phone or video (" + ctx.names(remote) + ")";
    return List.of(ctx.params().remoteAttendance()
        ? Finding.met(id, citation, who + "; where all can hear each other this counts as presence")
        : Finding.notMet(id, citation, Defect.VOID, who + "; these rules allow no electronic attendance"));
  }
}

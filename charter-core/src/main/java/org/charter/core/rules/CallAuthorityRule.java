package org.charter.core.rules;

import java.util.List;
import java.util.Set;
import org.charter.core.act.Caller;
import org.charter.core.act.MeetingCalled;
import org.charter.core.act.MeetingKind;
import org.charter.core.act.MotionVoted;
import org.charter.core.act.Office;
import org.charter.core.verdict.Defect;
import org.charter.core.verdict.Finding;

/** A special meeting must be called by someone the rules let call it. */
record CallAuthorityRule(String id, String citation) implements Rule {
  @Override
  public List<Finding> check(RuleContext ctx) {
    MeetingCalled call;
    if (ctx.act() instanceof MeetingCalled c) {
      call = c;
    } else if (ctx.act() instanceof MotionVoted m) {
      call = ctx.state().meeting(m.meeting()).call();
      if (call == null) {
        return List.of(Finding.unknown(id, citation, "who called meeting " + m.meeting() + " is not on record"));
      }
    } else {
      return List.of();
    }
    if (call.kind() == MeetingKind.REGULAR) {
      return List.of(Finding.met(id, citation, "regular meeting, held as scheduled"));
    }
    if (call.calledBy() == null || call.calledBy().isEmpty()) {
      return List.of(Finding.unknown(id, citation, "who called the meeting is not on record"));
    }
    List<String> directors = ctx.state().directorIds(call.body());
    String entity = ctx.entity().entity();
    long directorCallers = call.calledBy().stream().filter(directors::contains).count();
    for (Caller c : ctx.params().mayCallMeetings()) {
      boolean ok = switch (c) {
        case CHAIR -> holds(ctx, entity, call, Office.CHAIR);
        case CEO -> holds(ctx, entity, call, Office.CEO) || holds(ctx, entity, call, Office.INTERIM_CEO);
        case PRESIDENT -> holds(ctx, entity, call, Office.PRESIDENT);
        case ANY_DIRECTOR -> directorCallers >= 1;
        case TWO_DIRECTORS -> directorCallers >= 2;
        case MAJORITY_OF_DIRECTORS -> directorCallers * 2 > directors.size();
      };
      if (ok) {
        return List.of(Finding.met(id, citation,
            "called by " + ctx.names(call.calledBy()) + "; the rules let " + label(c) + " call a special meeting"));
      }
    }
    return List.of(Finding.notMet(id, citation, Defect.VOID, "called by " + ctx.names(call.calledBy())
        + "; only " + String.join(" or ", ctx.params().mayCallMeetings().stream().map(RuleLabels::caller).toList())
        + " may call a special meeting"));
  }

  private static String label(Caller c) {
    return RuleLabels.caller(c);
  }

  private static boolean holds(RuleContext ctx, String entity, MeetingCalled call, Office office) {
    for (String p : call.calledBy()) {
      Set<Office> held = ctx.state().officesOf(entity, p);
      if (held.contains(office)) {
        return true;
      }
    }
    return false;
  }
}

package org.charter.core.rules;

import java.util.ArrayList;
import java.util.List;
import org.charter.core.act.Attendance;
import org.charter.core.act.AttendanceMode;
import org.charter.core.act.MotionVoted;
import org.charter.core.state.MeetingFacts;

/** Who counts as present at a vote: directors in the meeting at that moment, remote ones only where the rules allow. */
final class Attendees {
  private Attendees() {}

  static List<String> countedPresent(RuleContext ctx, MeetingFacts f, MotionVoted m) {
    List<String> present = ctx.state().tally(m).present();
    if (ctx.params().remoteAttendance() || f.held() == null) {
      return present;
    }
    List<String> out = new ArrayList<>();
    for (Attendance a : f.held().attendance()) {
      if (present.contains(a.person()) && a.mode() == AttendanceMode.IN_PERSON) {
        out.add(a.person());
      }
    }
    return out;
  }

  static List<String> remoteAtVote(RuleContext ctx, MeetingFacts f, MotionVoted m) {
    List<String> present = ctx.state().tally(m).present();
    List<String> out = new ArrayList<>();
    if (f.held() != null) {
      for (Attendance a : f.held().attendance()) {
        if (present.contains(a.person()) && a.mode() != AttendanceMode.IN_PERSON) {
          out.add(a.person());
        }
      }
    }
    return out;
  }
}

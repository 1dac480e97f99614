package org.charter.documents;

import java.util.ArrayList;
import java.util.List;
import org.charter.core.act.MotionVoted;
import org.charter.core.book.Recorded;

/** The agenda of a meeting: its opening business, each motion on record in the order of the book, and adjournment. */
final class Agenda {
  private Agenda() {}

  static Document draw(Draft d) {
    MeetingRecord m = MeetingRecord.asked(d);
    String id = m.meeting();
    String body = m.bodyName();
    m.callAct().ifPresentOrElse(
        c -> d.para("A " + m.kindName() + " of " + body + ", set for " + d.at(c.scheduledFor()) + ", called by "
            + (c.calledBy() == null || c.calledBy().isEmpty() ? "a caller not on record"
            : String.join(", ", d.names(c.calledBy()))) + " (" + d.cite(m.call()) + ")."),
        () -> d.para("The call of this meeting is not on record."));
    m.callAct().ifPresent(c -> d.para("Purpose: " + (c.purpose() == null ? "not on record." : c.purpose())));
    List<String> items = new ArrayList<>();
    items.add("Call to order; attendance, and how each director attends.");
    items.add("Notice of the meeting, and any waivers; quorum.");
    for (Recorded r : m.motions()) {
      MotionVoted v = (MotionVoted) r.act();
      items.add("Resolution " + v.resolution() + ": " + (v.text() == null ? "its text is not on record" : v.text())
          + " (" + d.cite(r) + ")");
    }
    if (m.motions().isEmpty()) {
      items.add("No motion of this meeting is on record.");
    }
    items.add("Adjournment.");
    d.heading("Order of business");
    d.numbered(items);
    d.basis("Motions as recorded; the agenda gives no verdict (see the minutes)");
    return d.done("Agenda: " + m.kindName() + " of " + body, "meeting " + id);
  }
}

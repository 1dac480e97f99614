package org.charter.documents;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.charter.core.act.Attendance;
import org.charter.core.act.MeetingCalled;
import org.charter.core.act.MeetingHeld;
import org.charter.core.act.MotionVoted;
import org.charter.core.act.VoteCast;
import org.charter.core.book.Recorded;
import org.charter.core.report.ActSummary;
import org.charter.core.report.Labels;
import org.charter.core.state.Register;
import org.charter.core.state.StateView;
import org.charter.core.state.Tally;
import org.charter.core.verdict.Finding;
import org.charter.core.verdict.Verdict;

/**
 * Draft minutes of a meeting from its acts: the call and the notices, who waived notice and how, attendance and its
 * mode, the quorum as the rules count it, each motion with its text, the votes (or "tally not on record"), its result
 * and the rules' findings, and the acts taken under each resolution. Every fact the record lacks is said to be unknown.
 */
final class Minutes {
  private Minutes() {}

  static Document draw(Draft d) {
    MeetingRecord m = MeetingRecord.asked(d);
    String id = m.meeting();
    String body = m.bodyName();
    d.basis("Verdicts of the whole record, in the legal register (as acted where it differs); the directors in office"
        + " just before the meeting began, " + d.at(m.start()));
    call(d, m);
    d.heading("Notice");
    d.table(MeetingRecord.NOTICE_HEADER, m.noticeRows(d, null));
    d.para("Whether each notice was in time is the notice rule's finding under each motion below.");
    attendance(d, m);
    quorum(d, m);
    for (Recorded r : m.motions()) {
      motion(d, r);
    }
    if (m.motions().isEmpty()) {
      d.heading("Motions");
      d.para("No motion of this meeting is on record.");
    }
    d.signatures(List.of("Secretary of the meeting", "Chair of the meeting"));
    return d.done("Draft minutes: " + m.kindName() + " of " + body + ", " + Dates.day(m.start(), d.zone),
        "meeting " + id);
  }

  private static void call(Draft d, MeetingRecord m) {
    d.heading("Call");
    if (m.call() == null) {
      d.para("How the meeting was called is not on record.");
      return;
    }
    MeetingCalled c = (MeetingCalled) m.call().act();
    String by = c.calledBy() == null || c.calledBy().isEmpty() ? "a caller not on record"
        : String.join(", ", d.names(c.calledBy()));
    d.para("Called as a " + m.kindName() + " by " + by + " on " + Dates.when(c.meta(), d.zone) + ", for "
        + d.at(c.scheduledFor()) + " (" + d.cite(m.call()) + "). Purpose: "
        + (c.purpose() == null ? "not on record." : c.purpose()));
  }

  private static void attendance(Draft d, MeetingRecord m) {
    d.heading("Attendance");
    if (m.held() == null) {
      d.para("That the meeting was held, and who attended, is not on record.");
      return;
    }
    MeetingHeld h = (MeetingHeld) m.held().act();
    d.para("The meeting began " + d.at(h.meta().validAt()) + " (" + d.cite(m.held()) + ").");
    List<List<String>> rows = new ArrayList<>();
    for (Attendance a : h.attendance()) {
      rows.add(List.of(d.name(a.person()), Labels.lower(a.mode()).replace('-', ' '),
          a.joinedAt() == null ? "from the start" : "joined " + d.at(a.joinedAt()),
          a.leftAt() == null ? "not on record" : d.at(a.leftAt()),
          a.objectedToCall() == null ? "not on record" : a.objectedToCall() ? "yes" : "no"));
    }
    d.table(List.of("Person", "Mode", "Joined", "Left", "Objected to the call"), rows);
    Set<String> attended = new LinkedHashSet<>();
    h.attendance().forEach(a -> attended.add(a.person()));
    List<String> absent = m.directors().stream().filter(p -> !attended.contains(p)).toList();
    d.para(absent.isEmpty() ? "Every director in office is recorded as attending."
        : "Directors in office not recorded as attending: " + String.join(", ", d.names(absent)) + ".");
  }

  private static void quorum(Draft d, MeetingRecord m) {
    d.heading("Quorum");
    List<String> directors = m.directors();
    d.para("Directors in office just before the meeting: " + directors.size()
        + (directors.isEmpty() ? "." : " (" + String.join(", ", d.names(directors)) + ")."));
    // One line per distinct finding: the motions of one sitting usually share their quorum.
    Set<String> lines = new LinkedHashSet<>();
    for (Recorded r : m.motions()) {
      Verdict v = r.verdict(Register.LEGAL);
      if (v == null) {
        continue;
      }
      for (Finding f : v.findings()) {
        if (f.ruleId().contains("quorum")) {
          lines.add(f.toString());
        }
      }
    }
    if (lines.isEmpty()) {
      d.para(m.motions().isEmpty() ? "No motion is on record, so no quorum was counted."
          : "The rules in force count no quorum for these motions.");
    } else {
      d.items(new ArrayList<>(lines));
    }
  }

  private static void motion(Draft d, Recorded r) {
    MotionVoted v = (MotionVoted) r.judged().act();
    d.heading("Resolution " + v.resolution());
    d.para("Text: " + (v.text() == null ? "not on record." : v.text()));
    d.para("Put at " + Dates.when(v.meta(), d.zone) + " (" + d.cite(r) + "). Reported outcome: "
        + (v.reportedOutcome() == null ? "not on record." : Labels.lower(v.reportedOutcome()) + "."));
    StateView s = d.book.state(new org.charter.core.state.Basis(v.meta().validAt(), d.request.recordedAt()),
        Register.LEGAL);
    Tally t = s.resolution(v.resolution()).map(s::tallyOf).orElse(null);
    if (v.votes() == null || v.votes().isEmpty()) {
      d.para("Votes: tally not on record" + (t == null ? "." : "; present at the vote " + t.present().size() + " of "
          + t.inOffice().size() + " in office (" + String.join(", ", d.names(t.present())) + ")."));
    } else {
      List<List<String>> rows = new ArrayList<>();
      for (VoteCast c : v.votes()) {
        rows.add(List.of(d.name(c.person()), Labels.lower(c.choice()), c.signature() == null ? "no" : "yes"));
      }
      if (t != null) {
        for (String p : t.present()) {
          if (v.votes().stream().noneMatch(c -> c.person().equals(p))) {
            rows.add(List.of(d.name(p), "not on record", "no"));
          }
        }
      }
      d.table(List.of("Director", "Vote", "Signed"), rows);
    }
    if (v.interested() != null && !v.interested().isEmpty()) {
      d.para("Recorded as interested: " + String.join(", ", d.names(v.interested())) + ".");
    }
    Verdict legal = r.verdict(Register.LEGAL);
    Verdict acted = r.verdict(Register.ACTED);
    d.para("Result under the rules: " + legal.label() + cure(d, r) + ".");
    d.items(Draft.findings(legal));
    if (!acted.equals(legal)) {
      d.para("Judged against the register as acted: " + acted.label() + ".");
      d.items(Draft.findings(acted));
    }
    List<List<String>> taken = new ArrayList<>();
    for (Recorded a : inLedgerOrder(d.book.actsUnder(v.resolution()))) {
      if (!(a.act() instanceof MotionVoted)) {
        taken.add(List.of(ActSummary.of(a.judged().act(), d::name), a.verdict().label() + cure(d, a), d.cite(a)));
      }
    }
    if (taken.isEmpty()) {
      d.para("No act taken under resolution " + v.resolution() + " is on record.");
    } else {
      d.para("Acts taken under resolution " + v.resolution() + ":");
      d.table(List.of("Act", "Verdict", "Entry"), taken);
    }
  }

  /** Acts as the minutes list them: in the order they were entered in the book. */
  static List<Recorded> inLedgerOrder(List<Recorded> acts) {
    return acts.stream().sorted(java.util.Comparator.comparingLong(Recorded::seq)).toList();
  }

  private static String cure(Draft d, Recorded r) {
    String by = r.judged().curedBy();
    return by == null ? "" : ", cured by " + d.cite(by);
  }
}

package org.charter.documents;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.charter.core.act.Caller;
import org.charter.core.act.EntityOnRecord;
import org.charter.core.act.MeetingCalled;
import org.charter.core.act.MeetingKind;
import org.charter.core.act.NoticeMethod;
import org.charter.core.report.Labels;
import org.charter.core.rules.Parameters;
import org.charter.core.rules.Profiles;

/**
 * The notice of a special meeting, one to each director in office when it was called: the call, the time, the place,
 * the purpose, and the latest time notice must reach them by each method under the rules in force then.
 */
final class Notice {
  private Notice() {}

  static Document draw(Draft d) {
    MeetingRecord m = MeetingRecord.asked(d);
    String id = m.meeting();
    MeetingCalled call = m.callAct().orElseThrow(() -> new DocumentException("meeting", "the call of meeting " + id
        + " is not on record, so there is nothing to give notice of"));
    String body = m.bodyName();
    Optional<EntityOnRecord> entity = m.entity();
    Optional<Parameters> rules = m.rules();
    d.basis("As of the call, " + d.at(call.meta().validAt()) + " (" + d.cite(m.call()) + "), in the legal register");
    List<String> callers = call.calledBy() == null ? List.of() : call.calledBy();
    String calledBy = callers.isEmpty() ? "a caller not on record" : String.join(", ", d.names(callers));
    Integer hours = rules.map(Parameters::noticeHours).orElse(null);
    Instant deadline = hours == null ? null : call.scheduledFor().minus(Duration.ofHours(hours));
    boolean modelled = entity.map(e -> !e.profile().equals(Profiles.NONE)).orElse(false);

    List<String> directors = m.directors();
    d.para(directors.isEmpty() ? "No director of " + body + " is in office at the call, so the notice is addressed to"
        + " no one." : "To each director in office at the call: " + String.join(", ", d.names(directors)) + ".");
    d.para("You are notified that a " + m.kindName() + " of " + body + " is called by " + calledBy + " for "
        + d.at(call.scheduledFor()) + ".");
    d.para("Place or link: not on record.");
    d.para(purpose(call, entity.map(EntityOnRecord::profile).orElse(null)));
    d.heading("Latest delivery, by method");
    if (call.kind() == MeetingKind.REGULAR) {
      d.para("A regular meeting needs no notice under the rules in force.");
    } else if (!modelled) {
      d.para("The entity's statute is not modelled (profile none), so no notice period is computed.");
    } else if (hours == null) {
      d.para("The rules in force fix no notice period: notice must reach each director before the meeting begins, "
          + d.at(call.scheduledFor()) + ".");
    } else {
      String source = rules.map(Parameters::bylawsCitation).orElse(null);
      d.para("The rules in force require notice " + hours + " hours before the meeting"
          + (source == null ? "" : " (" + source + ")") + ". They make no difference between methods, so each method"
          + " has the same deadline; notice by any of them must reach the director by then.");
      List<List<String>> rows = new ArrayList<>();
      for (NoticeMethod method : NoticeMethod.values()) {
        rows.add(List.of(Labels.lower(method).replace('-', ' '), d.at(deadline)));
      }
      d.table(List.of("Method", "Deliver by"), rows);
      if (deadline.isBefore(call.meta().validAt())) {
        long lead = Duration.between(call.meta().validAt(), call.scheduledFor()).toMinutes();
        d.para("That deadline had passed when the meeting was called, " + (lead / 60) + " h " + (lead % 60)
            + " min before it: no director could be given the notice the rules require, so only each director's"
            + " waiver could stand in for it" + (entity.map(e -> e.profile().startsWith("delaware")).orElse(false)
            ? " (8 Del. C. § 229: a waiver in writing, before or after the meeting, or attending it without objecting"
            + " at the start to how it was called)." : "."));
      }
    }
    rules.ifPresent(p -> d.para("Who may call a special meeting under the rules in force: "
        + String.join(", ", p.mayCallMeetings().stream().map(Notice::caller).toList()) + "."));
    d.heading("Notice on record");
    // With no period in force, notice is due before the meeting begins.
    d.table(MeetingRecord.NOTICE_HEADER, m.noticeRows(d, deadline != null ? deadline : call.scheduledFor()));
    d.signatures(List.of("Secretary"));
    return d.done("Notice of " + m.kindName() + ": " + body, "meeting " + id + ", set for "
        + d.at(call.scheduledFor()));
  }

  private static String purpose(MeetingCalled call, String profile) {
    if (call.purpose() != null) {
      return "Purpose: " + call.purpose();
    }
    if (profile == null || profile.equals(Profiles.NONE)) {
      return "Purpose: not on record.";
    }
    // Delaware's board-meeting notice carries no purpose by statute; the bylaws model has no purpose term either.
    return "Purpose: not on record. The rules in force do not require the notice to state one"
        + (profile.startsWith("delaware") ? " (8 Del. C. § 141 sets no such term; the bylaws on record set none)."
        : " (the bylaws on record set no such term).");
  }

  private static String caller(Caller c) {
    return Labels.lower(c).replace('-', ' ');
  }
}

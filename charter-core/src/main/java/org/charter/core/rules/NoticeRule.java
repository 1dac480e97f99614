package org.charter.core.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.charter.core.act.Attendance;
import org.charter.core.act.MeetingCalled;
import org.charter.core.act.MeetingKind;
import org.charter.core.act.MotionVoted;
import org.charter.core.act.NoticeGiven;
import org.charter.core.state.MeetingFacts;
import org.charter.core.verdict.Defect;
import org.charter.core.verdict.Finding;

/**
 * Every director must have had the notice a special meeting needs, unless they called it themselves or waived it: in
 * writing, before or after, or by attending the vote without objecting at the start to how the meeting was called. The earliest notice on record
 * is taken as the notice, whenever it was recorded as given (a first notice after the vote shows none came before);
 * where none is on record and nothing waived it, the finding is unknown. Where the bylaws fix no period and
 * {@code byMethod} is set, the period is the statute's for each notice's method, and any notice in time counts.
 */
record NoticeRule(String id, String citation, NoticeByMethod byMethod) implements Rule {
  private enum Standing { GIVEN, UNKNOWN, MISSED }

  NoticeRule(String id, String citation) {
    this(id, citation, null);
  }

  @Override
  public List<Finding> check(RuleContext ctx) {
    if (!(ctx.act() instanceof MotionVoted m)) {
      return List.of();
    }
    MeetingFacts f = ctx.state().meeting(m.meeting());
    MeetingCalled call = f.call();
    if (call == null) {
      return List.of(Finding.unknown(id, citation, "how meeting " + m.meeting() + " was called is not on record"));
    }
    if (call.kind() == MeetingKind.REGULAR) {
      return List.of(Finding.met(id, citation, "regular meeting: no notice required"));
    }
    Instant start = f.held() != null ? f.held().meta().validAt() : call.scheduledFor();
    Integer hours = ctx.params().noticeHours();
    NoticeByMethod periods = hours == null ? byMethod : null;
    Instant deadline = hours == null ? start : call.scheduledFor().minus(Duration.ofHours(hours));
    String rule = periods != null ? periods.summary() + " the meeting set for " + ctx.time(call.scheduledFor())
        : hours == null ? "before the meeting began at " + ctx.time(start)
        : hours + " hours before the meeting set for " + ctx.time(call.scheduledFor());
    List<String> missed = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    List<String> given = new ArrayList<>();
    for (String d : ctx.state().tally(m).inOffice()) {
      String[] note = new String[1];
      Standing s = standing(ctx, f, m, d, new Due(deadline, periods), start, note);
      String line = ctx.name(d) + ": " + note[0];
      switch (s) {
        case GIVEN -> given.add(line);
        case UNKNOWN -> unknown.add(line);
        case MISSED -> missed.add(line);
      }
    }
    String detail = "notice due " + rule + "; " + String.join("; ", concat(missed, unknown, given));
    if (!missed.isEmpty()) {
      return List.of(Finding.notMet(id, citation, Defect.VOID, detail));
    }
    if (!unknown.isEmpty()) {
      return List.of(Finding.unknown(id, citation, detail));
    }
    return List.of(Finding.met(id, citation, detail));
  }

  private static List<String> concat(List<String> a, List<String> b, List<String> c) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    out.addAll(c);
    return out;
  }

  /** When notice is due: by one deadline, or, where {@code periods} is set, by each notice's method. */
  private record Due(Instant deadline, NoticeByMethod periods) {}

  private Standing standing(
      RuleContext ctx, MeetingFacts f, MotionVoted m, String d, Due due, Instant start, String[] note) {
    MeetingFacts all = ctx.state().meetingInHindsight(m.meeting());
    List<NoticeGiven> toDirector = all.notices().stream()
        .filter(n -> n.to().equals(d))
        .sorted(Comparator.comparing(n -> n.meta().validAt()))
        .toList();
    Optional<NoticeGiven> first = toDirector.stream().findFirst();
    String notice = first.map(n -> describe(ctx, n, due, f.call())).orElse("no notice on record");
    Optional<NoticeGiven> inTime = toDirector.stream()
        .filter(n -> judge(ctx, n, due, f.call()).timeliness() == NoticeByMethod.Timeliness.IN_TIME).findFirst();
    if (inTime.isPresent()) {
      note[0] = due.periods() == null ? notice + ", in time" : describe(ctx, inTime.get(), due, f.call());
      return Standing.GIVEN;
    }
    Optional<NoticeGiven> doubtful = toDirector.stream()
        .filter(n -> judge(ctx, n, due, f.call()).timeliness() == NoticeByMethod.Timeliness.DOUBTFUL).findFirst();
    // Notice tells a director of a call; the director who made the call knows its time and place from making it, and
    // cannot be heard to object (8 Del. C. § 229) that their own call was not lawfully given. So no notice is due them.
    MeetingCalled call = f.call();
    if (call != null && call.calledBy() != null && call.calledBy().contains(d)) {
      note[0] = "called the meeting (" + ctx.time(call.meta().validAt()) + "), so needs no notice of it";
      return Standing.GIVEN;
    }
    if (all.waivers().stream().anyMatch(w -> w.by().equals(d) && w.inWriting())) {
      note[0] = notice + "; waived in writing";
      return Standing.GIVEN;
    }
    Optional<Attendance> at = f.held() == null ? Optional.empty()
        : f.held().attendance().stream().filter(a -> a.person().equals(d)).findFirst();
    if (at.isPresent() && at.get().presentAt(m.meta().validAt(), start)) {
      Boolean objected = at.get().objectedToCall();
      if (Boolean.FALSE.equals(objected)) {
        note[0] = notice + "; attended without objecting (waived)";
        return Standing.GIVEN;
      }
      if (Boolean.TRUE.equals(objected)) {
        String objecting = "; attended to object that the meeting was not lawfully called";
        if (doubtful.isPresent()) {
          return doubt(ctx, doubtful.get(), due, f.call(), objecting, note);
        }
        note[0] = notice + objecting;
        return Standing.MISSED;
      }
      note[0] = notice + "; attended, but whether they objected at the start is not on record";
      return Standing.UNKNOWN;
    }
    // With no attendance on record, whether the director was at the vote is itself unknown.
    String absent = f.held() == null ? ", and who attended is not on record" : ", not present at the vote";
    if (doubtful.isPresent()) {
      return doubt(ctx, doubtful.get(), due, f.call(), absent, note);
    }
    if (first.isEmpty()) {
      note[0] = notice + absent;
      return Standing.UNKNOWN;
    }
    String late = notice + (due.periods() == null ? ", too late" : "");
    if (f.held() == null) {
      note[0] = late + "; who attended, and so whether attending waived it, is not on record";
      return Standing.UNKNOWN;
    }
    String joined = at.map(a -> a.joinedAt() == null ? "" : ", joined " + ctx.time(a.joinedAt())).orElse("");
    note[0] = late + ", and not present at the vote" + joined;
    return Standing.MISSED;
  }

  // A notice that may or may not count leaves the director's standing unknown, whatever else the record says.
  private static Standing doubt(
      RuleContext ctx, NoticeGiven n, Due due, MeetingCalled call, String then, String[] note) {
    note[0] = describe(ctx, n, due, call) + then;
    return Standing.UNKNOWN;
  }

  private static NoticeByMethod.Judged judge(RuleContext ctx, NoticeGiven n, Due due, MeetingCalled call) {
    Instant at = n.meta().validAt();
    if (due.periods() == null) {
      return new NoticeByMethod.Judged(at.isAfter(due.deadline()) ? NoticeByMethod.Timeliness.LATE
          : NoticeByMethod.Timeliness.IN_TIME, "");
    }
    return due.periods().judge(n.method(), at, call.scheduledFor(), ctx.zone());
  }

  private static String describe(RuleContext ctx, NoticeGiven n, Due due, MeetingCalled call) {
    String base = "notice " + ctx.time(n.meta().validAt()) + " by "
        + n.method().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return due.periods() == null ? base : base + " (" + judge(ctx, n, due, call).note() + ")";
  }
}

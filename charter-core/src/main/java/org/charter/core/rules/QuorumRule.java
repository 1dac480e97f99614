package org.charter.core.rules;

import java.time.Instant;
import java.util.List;
import org.charter.core.act.Attendance;
import org.charter.core.act.AttendanceMode;
import org.charter.core.act.BodyKind;
import org.charter.core.act.MotionVoted;
import org.charter.core.act.QuorumBase;
import org.charter.core.act.Threshold;
import org.charter.core.state.MeetingFacts;
import org.charter.core.state.Tally;
import org.charter.core.verdict.Defect;
import org.charter.core.verdict.Finding;

/**
 * A motion needs a quorum present when it is voted, counted on the base the rules name and never below the statute's
 * floor ({@code floor}, null where none applies). With no board size on record the quorum is unknown, and the finding
 * says up to which size it would be met. Where {@code vacancyCitation} is set, a resolution the record marks as only
 * filling vacancies needs no quorum: a majority of the directors then in office may adopt it. Where
 * {@code committeeCitation} is set, a meeting of a committee of the board has its own quorum: a majority of the
 * members then serving (8 Del. C. § 141(c)(4); the bylaws' board quorum does not apply to it).
 */
record QuorumRule(String id, String citation, QuorumFloor floor, String vacancyCitation, String committeeCitation,
    String withdrawalCitation) implements Rule {
  // No board has more seats than this; it only bounds the search for the largest board a quorum would fit.
  private static final int MAX_SEATS = 100_000;

  /** A quorum counted at each vote, with no rule for directors who leave (Delaware's, Robert's). */
  QuorumRule(String id, String citation, QuorumFloor floor, String vacancyCitation, String committeeCitation) {
    this(id, citation, floor, vacancyCitation, committeeCitation, null);
  }

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
    if (committeeCitation != null && f.call() != null && ctx.state().body(f.call().body())
        .filter(b -> b.kind() == BodyKind.COMMITTEE).isPresent()) {
      return List.of(committee(ctx, t.inOffice().size(), present));
    }
    Finding quorum = quorum(ctx, t.inOffice().size(), present.size(), "present", "(" + ctx.names(present) + ")");
    if (quorum.outcome() != Finding.Outcome.MET && vacancyCitation != null && m.onlyFillsVacancies()) {
      return List.of(Finding.met(id, citation + "; " + vacancyCitation, quorum.detail() + "; not needed: a resolution"
          + " that only fills vacancies or new seats may be adopted by a majority of the directors then in office,"
          + " even if less than a quorum"));
    }
    if (quorum.outcome() == Finding.Outcome.NOT_MET && withdrawalCitation != null) {
      return List.of(afterWithdrawal(ctx, f, t, quorum));
    }
    return List.of(quorum);
  }

  /**
   * Where the statute lets a meeting that began with a quorum go on after directors leave (Cal. Corp. Code § 307(a)(8):
   * "if any action taken is approved by at least a majority of the required quorum"), a vote without a quorum still
   * stands if the meeting had one at its start and enough voted yes.
   */
  private Finding afterWithdrawal(RuleContext ctx, MeetingFacts f, Tally t, Finding atVote) {
    Instant start = f.held().meta().validAt();
    List<String> atStart = f.held().attendance().stream()
        .filter(a -> t.inOffice().contains(a.person()) && a.presentAt(start, start)
            && (ctx.params().remoteAttendance() || a.mode() == AttendanceMode.IN_PERSON))
        .map(Attendance::person).toList();
    Finding begun = quorum(ctx, t.inOffice().size(), atStart.size(), "present at the start", "("
        + ctx.names(atStart) + ")");
    Integer size = ctx.params().boardSize();
    if (begun.outcome() != Finding.Outcome.MET || size == null) {
      return atVote;
    }
    boolean filled = ctx.params().quorumBase() == QuorumBase.SEATS_FILLED;
    long required = need(ctx.params().quorum(), filled, t.inOffice().size(), size, true);
    long majority = required / 2 + 1;
    String cite = citation + "; " + withdrawalCitation;
    String detail = atVote.detail() + "; but " + begun.detail() + ", and the meeting may go on if the act is approved"
        + " by a majority of the required quorum of " + required + " (" + majority + ")";
    if (t.yes() == null) {
      return Finding.unknown(id, cite, detail + "; the tally is not on record");
    }
    boolean met = t.yes() >= majority;
    String text = detail + ": yes " + t.yes() + ", " + (met ? "met" : "not met");
    return met ? Finding.met(id, cite, text) : Finding.notMet(id, cite, Defect.VOID, text);
  }

  private Finding committee(RuleContext ctx, int serving, List<String> present) {
    String counted = "committee members present " + present.size() + " of " + serving + " serving (" + ctx.names(present)
        + ")";
    if (serving == 0) {
      return Finding.notMet(id, committeeCitation, Defect.VOID, counted + ": the committee has no members serving");
    }
    int need = serving / 2 + 1;
    boolean met = present.size() >= need;
    String text = counted + "; quorum " + need + ", a majority of the members serving: " + (met ? "met" : "not met");
    return met ? Finding.met(id, committeeCitation, text) : Finding.notMet(id, committeeCitation, Defect.VOID, text);
  }

  /**
   * Whether {@code present} directors make a quorum of the board; {@code word} says how they are counted ("present" at a
   * meeting, or "serving" where a written consent needs the directors in office to be a quorum).
   */
  Finding quorum(RuleContext ctx, int inOffice, int present, String word, String who) {
    Threshold q = ctx.params().quorum();
    boolean filled = ctx.params().quorumBase() == QuorumBase.SEATS_FILLED;
    Integer size = ctx.params().boardSize();
    // Counted on seats filled, only the floor needs the board's size; without a floor nothing does.
    if (size == null && (!filled || floor != null)) {
      return unknownSize(q, filled, inOffice, present, word, who);
    }
    int seats = size != null ? size : inOffice;
    int base = filled ? inOffice : seats;
    long own = q.minimumOf(base);
    long least = floor == null ? 0 : floor.minimumOf(seats);
    String counted = word + " " + present + " of " + base + (filled ? " in office " : " authorized ") + who;
    if (own >= least) {
      return outcome(present >= own, counted + "; quorum " + own);
    }
    String below = counted + "; the rules' quorum (" + q + ", " + own + " of " + base + ") is below the statute's"
        + " floor of " + floor.label() + " (" + least + " of " + seats + ")";
    if (floor.certificateMayLower() == null) {
      return outcome(present >= least, below + ", so quorum is counted at " + least, floor.citation());
    }
    if (present >= least || present < own) {
      return outcome(present >= least, below + "; the certificate of incorporation may set it that low, the bylaws"
          + " may not, and either way " + present + " present give the same answer", floor.citation() + "; "
          + floor.certificateMayLower());
    }
    return Finding.unknown(id, citation + "; " + floor.citation() + "; " + floor.certificateMayLower(), below
        + "; met if the certificate of incorporation sets this quorum, which it may, not if only the bylaws do;"
        + " which one sets it is not on record");
  }

  // Each director holds a seat, so the board has at least as many seats as directors in office (and at least one).
  private Finding unknownSize(Threshold q, boolean filled, int inOffice, int present, String word, String who) {
    int least = Math.max(1, inOffice);
    int withFloor = largestBoardMet(q, filled, inOffice, least, present, true);
    String counted = word + " " + present + " of " + inOffice + " in office " + who + "; no board size is on record,"
        + (filled ? " and the statute's floor counts the whole board" : " and quorum is counted on the whole board,"
            + " vacancies included");
    int withoutFloor = floor != null && floor.certificateMayLower() != null
        ? largestBoardMet(q, filled, inOffice, least, present, false) : withFloor;
    if (withoutFloor < least) {
      return outcome(false, counted + "; quorum not met whatever the board's size ("
          + need(q, filled, inOffice, least, true) + " needed with " + least + " seats, more with more)");
    }
    String ifCertificate = " if the certificate of incorporation sets the quorum (" + (floor == null ? ""
        : floor.certificateMayLower()) + ")";
    String bySize = withoutFloor >= MAX_SEATS ? "whatever the board's size" : "if the board has at most "
        + withoutFloor + " seats";
    if (withFloor < least) {
      return Finding.unknown(id, citation, counted + "; met only" + ifCertificate + " and " + bySize);
    }
    String also = withoutFloor > withFloor ? " (" + bySize + ifCertificate + ")" : "";
    return Finding.unknown(id, citation, counted + "; met if the board has at most " + withFloor + " seats" + also
        + ", not met if it has more");
  }

  // The largest board size from {@code least} up at which {@code present} make a quorum; least - 1 when none does.
  private int largestBoardMet(Threshold q, boolean filled, int inOffice, int least, int present, boolean applyFloor) {
    int n = least - 1;
    while (n < MAX_SEATS && present >= need(q, filled, inOffice, n + 1, applyFloor)) {
      n++;
    }
    return n;
  }

  private long need(Threshold q, boolean filled, int inOffice, int seats, boolean applyFloor) {
    long own = q.minimumOf(filled ? inOffice : seats);
    return applyFloor && floor != null ? Math.max(own, floor.minimumOf(seats)) : own;
  }

  private Finding outcome(boolean met, String detail) {
    return outcome(met, detail, null);
  }

  private Finding outcome(boolean met, String detail, String also) {
    String cite = also == null ? citation : citation + "; " + also;
    String text = detail + ": " + (met ? "met" : "not met");
    return met ? Finding.met(id, cite, text) : Finding.notMet(id, cite, Defect.VOID, text);
  }
}

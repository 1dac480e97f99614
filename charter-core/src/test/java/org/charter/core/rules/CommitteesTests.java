package org.charter.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charter.core.Fixtures.at;
import static org.charter.core.Fixtures.bylaws;
import static org.charter.core.Fixtures.day;
import static org.charter.core.Fixtures.finding;
import static org.charter.core.Fixtures.ids;
import static org.charter.core.Fixtures.votes;

import java.util.List;
import org.charter.core.Fixtures;
import org.charter.core.act.ActKind;
import org.charter.core.act.Attendance;
import org.charter.core.act.AttendanceMode;
import org.charter.core.act.BodyEstablished;
import org.charter.core.act.BodyKind;
import org.charter.core.act.BylawsAmended;
import org.charter.core.act.DeterminationMade;
import org.charter.core.act.DirectorResigned;
import org.charter.core.act.MeetingCalled;
import org.charter.core.act.MeetingHeld;
import org.charter.core.act.MeetingKind;
import org.charter.core.act.MotionVoted;
import org.charter.core.act.NoticeGiven;
import org.charter.core.act.NoticeMethod;
import org.charter.core.act.Office;
import org.charter.core.act.OfficerAppointed;
import org.charter.core.act.Outcome;
import org.charter.core.state.Basis;
import org.charter.core.state.Register;
import org.charter.core.verdict.Finding;
import org.charter.core.verdict.Status;
import org.charter.core.verdict.Verdict;
import org.junit.jupiter.api.Test;

/** Committees of the board: designated by its resolution, from its directors, with delegated powers (§ 141(c)). */
class CommitteesTests {
  private static final List<ActKind> OFFICERS = List.of(ActKind.OFFICER_APPOINTMENT, ActKind.OFFICER_REMOVAL);

  /** A board of five that designates committee "comp" of d2, d3, d4 at a meeting on day 10 under resolution r1. */
  private static Fixtures designated(List<String> members, List<ActKind> powers) {
    Fixtures f = new Fixtures().org("delaware-stock", 5, bylaws(24), null);
    f.replayAll(f.meeting("m1", 10, ids(1, 5), ids(1, 5)));
    f.replay(f.motion("m1", "r1", 10, votes(ids(1, 5), List.of(), List.of())));
    f.replay(new BodyEstablished(f.meta(at(10, 13)), "comp", "acme", BodyKind.COMMITTEE, "Compensation", members,
        powers, "r1"));
    return f;
  }

  /** A committee meeting on {@code day} at noon with {@code present}, adopting resolution r2 by their votes. */
  private static void committeeMeeting(Fixtures f, int day, List<String> present) {
    f.replay(new MeetingCalled(f.meta(day(day - 2)), "c" + day, "comp", List.of("d2"), at(day, 12),
        MeetingKind.SPECIAL, "officers"));
    for (String d : List.of("d2", "d3", "d4")) {
      f.replay(new NoticeGiven(f.meta(day(day - 2)), "c" + day, d, NoticeMethod.EMAIL));
    }
    f.replay(new MeetingHeld(f.meta(at(day, 12)), "c" + day, present.stream()
        .map(p -> new Attendance(p, AttendanceMode.IN_PERSON, null, null, false)).toList()));
    f.replay(new MotionVoted(f.meta(at(day, 12).plusSeconds(600)), "c" + day, "r2", "officers",
        votes(present, List.of(), List.of()), Outcome.ADOPTED, null));
  }

  @Test
  void designation_inACorporationEnteredOnTheRecord_isUnknown_sinceWhenItWasFormedIsNot() {
    Fixtures f = new Fixtures().enteredOrg("delaware-stock", 5, bylaws(24));
    f.replayAll(f.meeting("m1", 10, ids(1, 5), ids(1, 5)));
    f.replay(f.motion("m1", "r1", 10, votes(ids(1, 5), List.of(), List.of())));
    Verdict v = f.replay(new BodyEstablished(f.meta(at(10, 13)), "comp", "acme", BodyKind.COMMITTEE, "Compensation",
        List.of("d2", "d3", "d4"), OFFICERS, "r1")).verdict();
    // Entered in 2024, it may still have been formed before 1 July 1996, when § 141(c)(1) would govern.
    assertThat(finding(v, "DE-141c-committee").outcome()).isEqualTo(Finding.Outcome.UNKNOWN);
    assertThat(finding(v, "DE-141c-committee").detail()).contains("formed on a date not on record")
        .contains("1 July 1996");
    assertThat(v.status()).isEqualTo(Status.UNDETERMINED);
  }

  @Test
  void designation_byTheBoardsResolution_fromItsDirectors_isValid() {
    Fixtures f = designated(List.of("d2", "d3", "d4"), OFFICERS);
    Verdict v = f.book.timeline().stream().map(r -> r.verdict()).filter(x -> x != null).filter(x -> x.findings().stream()
        .anyMatch(g -> g.ruleId().equals("DE-141c-committee"))).findFirst().orElseThrow();
    assertThat(v.status()).isEqualTo(Status.VALID);
    assertThat(finding(v, "DE-141c-committee").detail()).isEqualTo("committee comp of Director 2, Director 3,"
        + " Director 4, designated by resolution r1, with power over officer-appointment, officer-removal");
    assertThat(f.book.state(Basis.at(day(11)), Register.LEGAL).directorIds("comp")).containsExactly("d2", "d3", "d4");
  }

  @Test
  void committeeAct_withinItsPowers_countsQuorumOnItsMembers() {
    Fixtures f = designated(List.of("d2", "d3", "d4"), OFFICERS);
    assertCommittee(secretaryByTwoOfTheCommittee(f), Status.VALID, "committee comp has power over officer-appointment");
    Verdict motion = f.book.verdict(motionId(f));
    Finding quorum = finding(motion, "DE-141b-quorum");
    assertThat(quorum.detail()).isEqualTo("committee members present 2 of 3 serving (Director 2, Director 3); quorum"
        + " 2, a majority of the members serving: met");
    assertThat(quorum.citation()).isEqualTo("8 Del. C. § 141(c)(4)");
    assertThat(f.book.state(Basis.at(day(21))).office("acme", Office.SECRETARY)).map(t -> t.person()).contains("d5");
  }

  @Test
  void committeeMeeting_ofOneMemberOfThree_hasNoQuorum_andItsActIsVoid() {
    Fixtures f = designated(List.of("d2", "d3", "d4"), OFFICERS);
    committeeMeeting(f, 20, List.of("d2"));
    Verdict v = f.replay(new OfficerAppointed(f.meta(at(20, 13)), "acme", Office.SECRETARY, "d5", "r2")).verdict();
    assertThat(v.status()).isEqualTo(Status.INVALID);
    assertThat(f.book.state(Basis.at(day(21)), Register.LEGAL).office("acme", Office.SECRETARY)).isEmpty();
  }

  @Test
  void committeeAct_outsideItsPowers_orAmendingTheBylaws_isRefused() {
    Fixtures f = designated(List.of("d2", "d3", "d4"), OFFICERS);
    committeeMeeting(f, 20, List.of("d2", "d3", "d4"));
    Verdict determination = f.replay(new DeterminationMade(f.meta(at(20, 13)), "acme", "agi-attained", "r2"))
        .verdict();
    Finding outside = finding(determination, "DE-141c-committee");
    assertThat(outside.outcome()).isEqualTo(Finding.Outcome.NOT_MET);
    assertThat(outside.detail()).isEqualTo("committee comp has power over officer-appointment, officer-removal, not"
        + " determination");
    Verdict bylaws = f.replay(new BylawsAmended(f.meta(at(20, 14)), "acme", bylaws(48), "r2")).verdict();
    assertThat(bylaws.status()).isEqualTo(Status.INVALID);
    assertThat(finding(bylaws, "DE-141c-committee").citation()).isEqualTo("8 Del. C. § 141(c)(2)(ii)");
  }

  @Test
  void designation_ofANonDirector_orWithPowerOverTheBylaws_isVoid() {
    Fixtures f = designated(List.of("d2", "outsider"), OFFICERS);
    Verdict outsider = verdictOf(f, "DE-141c-committee");
    assertThat(outsider.status()).isEqualTo(Status.INVALID);
    assertThat(finding(outsider, "DE-141c-committee").detail()).isEqualTo("committee comp: outsider not a director"
        + " of the board at the designation; a committee consists of directors");

    Fixtures g = designated(List.of("d2"), List.of(ActKind.BYLAWS_AMENDMENT));
    assertThat(finding(verdictOf(g, "DE-141c-committee"), "DE-141c-committee").detail())
        .isEqualTo("committee comp is given power to amend the bylaws, which no committee may have");
  }

  @Test
  void aMemberWhoLeavesTheBoard_leavesTheCommittee() {
    Fixtures f = designated(List.of("d2", "d3", "d4"), OFFICERS);
    f.replay(new DirectorResigned(f.meta(day(15)), "board", "d4"));
    committeeMeeting(f, 20, List.of("d2", "d3"));
    Verdict motion = f.book.verdict(motionId(f));
    assertThat(finding(motion, "DE-141b-quorum").detail()).startsWith("committee members present 2 of 2 serving");
    assertThat(f.book.state(Basis.at(day(16))).directorIds("comp")).containsExactly("d2", "d3");
  }

  private static void assertCommittee(Verdict v, Status status, String detail) {
    assertThat(v.status()).isEqualTo(status);
    assertThat(finding(v, "DE-141c-committee").detail()).isEqualTo(detail);
  }

  /** Two of the committee's three members meet on day 20 and appoint d5 secretary under resolution r2. */
  private static Verdict secretaryByTwoOfTheCommittee(Fixtures f) {
    committeeMeeting(f, 20, List.of("d2", "d3"));
    return f.replay(new OfficerAppointed(f.meta(at(20, 13)), "acme", Office.SECRETARY, "d5", "r2")).verdict();
  }

  @Test
  void powersNotOnRecord_leaveTheCommitteesActsUnknown() {
    assertCommittee(secretaryByTwoOfTheCommittee(designated(List.of("d2", "d3", "d4"), null)), Status.UNDETERMINED,
        "the powers delegated to committee comp are not on record, so whether it may act on officer-appointment is"
            + " unknown");
  }

  private static Verdict verdictOf(Fixtures f, String rule) {
    return f.book.timeline().stream().map(r -> r.verdict()).filter(x -> x != null).filter(x -> x.findings().stream().anyMatch(g -> g.ruleId().equals(rule)))
        .findFirst().orElseThrow();
  }

  private static String motionId(Fixtures f) {
    return f.book.timeline().stream().map(r -> r.act()).filter(a -> a instanceof MotionVoted m
        && m.resolution().equals("r2")).map(a -> a.meta().id()).findFirst().orElseThrow();
  }
}

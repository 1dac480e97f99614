package org.charter.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charter.core.Fixtures.at;
import static org.charter.core.Fixtures.bylaws;
import static org.charter.core.Fixtures.day;
import static org.charter.core.Fixtures.finding;
import static org.charter.core.Fixtures.ids;
import static org.charter.core.Fixtures.sized;
import static org.charter.core.Fixtures.votes;

import java.time.Instant;
import java.util.List;
import org.charter.core.Fixtures;
import org.charter.core.act.Attendance;
import org.charter.core.act.AttendanceMode;
import org.charter.core.act.BodyEstablished;
import org.charter.core.act.BodyKind;
import org.charter.core.act.BylawTerms;
import org.charter.core.act.DirectorRemoved;
import org.charter.core.act.MeetingCalled;
import org.charter.core.act.MeetingHeld;
import org.charter.core.act.MeetingKind;
import org.charter.core.act.MotionVoted;
import org.charter.core.act.NoticeGiven;
import org.charter.core.act.NoticeMethod;
import org.charter.core.act.Office;
import org.charter.core.act.OfficerAppointed;
import org.charter.core.act.Outcome;
import org.charter.core.act.PersonDescribed;
import org.charter.core.act.Threshold;
import org.charter.core.act.VacancyFilled;
import org.charter.core.act.WrittenConsentSigned;
import org.charter.core.verdict.Finding;
import org.charter.core.verdict.Status;
import org.charter.core.verdict.Verdict;
import org.junit.jupiter.api.Test;

/**
 * The california-stock profile, rule by rule (Cal. Corp. Code §§ 303, 307, 312): each met, not met and unknown where
 * the statute allows all three. The meeting is a special meeting on day 10 at noon; d1 and d2 attend without objecting,
 * and d3, absent, is the director whose notice is judged.
 */
class CaliforniaRulesTests {
  private static final String CA = "california-stock";
  private static final Instant MEETING = at(10, 12);

  private static Fixtures board(int seats, int directors) {
    return new Fixtures().org(CA, directors, sized(bylaws(null), seats), null);
  }

  /** A special meeting called by {@code callers}, with d3 noticed by {@code method} at {@code noticed}. */
  private static Verdict meetingWithNoticeToD3(Fixtures f, NoticeMethod method, Instant noticed, List<String> callers) {
    f.replay(new MeetingCalled(f.meta(day(1)), "m1", "board", callers, MEETING, MeetingKind.SPECIAL, null));
    if (method != null) {
      f.replay(new NoticeGiven(f.meta(noticed), "m1", "d3", method));
    }
    f.replay(new MeetingHeld(f.meta(MEETING), "m1", List.of(
        new Attendance("d1", AttendanceMode.IN_PERSON, null, null, false),
        new Attendance("d2", AttendanceMode.IN_PERSON, null, null, false))));
    return f.replay(f.motion("m1", "r1", 10, votes(ids(1, 2), List.of(), List.of()))).verdict();
  }

  private static Finding notice(NoticeMethod method, Instant noticed) {
    return finding(meetingWithNoticeToD3(board(3, 3), method, noticed, List.of("d1")), "CA-307a2-notice");
  }

  @Test
  void notice_byMailFourDaysBefore_isMet() {
    Finding n = notice(NoticeMethod.MAIL, at(6, 11));
    assertThat(n.outcome()).as(n.detail()).isEqualTo(Finding.Outcome.MET);
    assertThat(n.detail()).contains("notice by mail is due 4 days before, in time");
    assertThat(n.citation()).contains("Cal. Corp. Code § 307(a)(2)");
  }

  @Test
  void notice_byMailThreeDaysBefore_isVoidThoughMoreThan48Hours() {
    Finding n = notice(NoticeMethod.MAIL, at(7, 12));
    assertThat(n.outcome()).as(n.detail()).isEqualTo(Finding.Outcome.NOT_MET);
    assertThat(n.detail()).contains("due 4 days before, too late");
  }

  @Test
  void notice_byMailFourCalendarDaysButUnder96Hours_isUnknown() {
    Finding n = notice(NoticeMethod.MAIL, at(6, 20));
    assertThat(n.outcome()).as(n.detail()).isEqualTo(Finding.Outcome.UNKNOWN);
    assertThat(n.detail()).contains("counting calendar days").contains("does not say which");
  }

  @Test
  void notice_byPhone48HoursBefore_isMet() {
    Finding n = notice(NoticeMethod.PHONE, at(8, 12));
    assertThat(n.outcome()).as(n.detail()).isEqualTo(Finding.Outcome.MET);
  }

  @Test
  void notice_inPerson47HoursBefore_isVoid() {
    Finding n = notice(NoticeMethod.IN_PERSON, at(8, 13));
    assertThat(n.outcome()).as(n.detail()).isEqualTo(Finding.Outcome.NOT_MET);
    assertThat(n.detail()).contains("delivered personally is due 48 hours before, too late");
  }

  @Test
  void notice_byEmailInTime_isUnknownWithoutConsentToElectronicNotice() {
    Finding n = notice(NoticeMethod.EMAIL, at(7, 12));
    assertThat(n.outcome()).as(n.detail()).isEqualTo(Finding.Outcome.UNKNOWN);
    assertThat(n.detail()).contains("unrevoked consent").contains("§ 20(b)");
  }

  @Test
  void notice_byVideoLinkInTime_isUnknownAsTheStatuteNamesNoSuchMeans() {
    Finding n = notice(NoticeMethod.VIDEO_LINK, at(7, 12));
    assertThat(n.outcome()).as(n.detail()).isEqualTo(Finding.Outcome.UNKNOWN);
    assertThat(n.detail()).contains("unsettled");
  }

  @Test
  void notice_byTextTooLateForAnyMeans_isVoid() {
    Finding n = notice(NoticeMethod.TEXT, at(10, 2));
    assertThat(n.outcome()).as(n.detail()).isEqualTo(Finding.Outcome.NOT_MET);
  }

  @Test
  void notice_notOnRecord_isUnknown() {
    Finding n = notice(null, null);
    assertThat(n.outcome()).as(n.detail()).isEqualTo(Finding.Outcome.UNKNOWN);
    assertThat(n.detail()).contains("no notice on record");
  }

  @Test
  void notice_tooLateWithNoAttendanceOnRecord_isUnknownAsAttendingMayHaveWaivedIt() {
    Fixtures f = board(3, 3);
    f.replay(new MeetingCalled(f.meta(day(1)), "m1", "board", List.of("d1"), MEETING, MeetingKind.SPECIAL, null));
    f.replay(new NoticeGiven(f.meta(at(10, 2)), "m1", "d3", NoticeMethod.PHONE));
    Verdict v = f.replay(f.motion("m1", "r1", 10, votes(ids(1, 2), List.of(), List.of()))).verdict();
    Finding n = finding(v, "CA-307a2-notice");
    assertThat(n.outcome()).as(n.detail()).isEqualTo(Finding.Outcome.UNKNOWN);
    assertThat(n.detail()).contains("too late").contains("who attended");
  }

  @Test
  void notice_bylawsPeriodOf24Hours_replacesTheStatutesPeriods() {
    Fixtures f = new Fixtures().org(CA, 3, sized(bylaws(24), 3), null);
    Finding n = finding(meetingWithNoticeToD3(f, NoticeMethod.MAIL, at(9, 6), List.of("d1")), "CA-307a2-notice");
    assertThat(n.outcome()).as(n.detail()).isEqualTo(Finding.Outcome.MET);
    assertThat(n.detail()).contains("24 hours before");
  }

  @Test
  void call_byOneDirector_isVoidAndByTwo_isMet() {
    Verdict one = meetingWithNoticeToD3(board(3, 3), NoticeMethod.PHONE, at(8, 0), List.of("d2"));
    assertThat(finding(one, "CA-307a1-call").outcome()).isEqualTo(Finding.Outcome.NOT_MET);
    assertThat(finding(one, "CA-307a1-call").detail()).contains("any vice president").contains("the secretary");
    Verdict two = meetingWithNoticeToD3(board(3, 3), NoticeMethod.PHONE, at(8, 0), ids(1, 2));
    assertThat(finding(two, "CA-307a1-call").outcome()).isEqualTo(Finding.Outcome.MET);
  }

  @Test
  void call_byAnExecutiveVicePresident_isMet() {
    Fixtures f = board(3, 3);
    f.replay(new OfficerAppointed(f.meta(day(0)), "acme", new Office("executive-vice-president"), "d2", null));
    Verdict v = meetingWithNoticeToD3(f, NoticeMethod.PHONE, at(8, 0), List.of("d2"));
    assertThat(finding(v, "CA-307a1-call").outcome()).isEqualTo(Finding.Outcome.MET);
    assertThat(finding(v, "CA-307a1-call").detail()).contains("any vice president");
  }

  private static Finding quorum(BylawTerms terms, int directors, List<String> present) {
    Fixtures f = new Fixtures().org(CA, directors, terms, null);
    f.replayAll(f.meeting("m1", 10, List.of(), present));
    return finding(f.replay(f.motion("m1", "r1", 10, votes(present, List.of(), List.of()))).verdict(),
        "CA-307a7-quorum");
  }

  @Test
  void quorum_majorityOfTheAuthorizedNumber_vacanciesIncluded() {
    Finding met = quorum(sized(bylaws(24), 7), 5, ids(1, 4));
    assertThat(met.outcome()).as(met.detail()).isEqualTo(Finding.Outcome.MET);
    assertThat(met.detail()).contains("present 4 of 7 authorized").contains("quorum 4");
    Finding notMet = quorum(sized(bylaws(24), 7), 5, ids(1, 3));
    assertThat(notMet.outcome()).as(notMet.detail()).isEqualTo(Finding.Outcome.NOT_MET);
  }

  /** Seven seats; d1-d4 present at noon, d4 leaves at 12:05, the vote at 12:10 with {@code yes} voting yes. */
  private static Finding quorumAfterOneLeaves(String profile, List<String> yes, List<String> no) {
    Fixtures f = new Fixtures().org(profile, 5, sized(bylaws(24), 7), null);
    f.replay(new MeetingCalled(f.meta(day(1)), "m1", "board", List.of("d1"), MEETING, MeetingKind.SPECIAL, null));
    for (String d : ids(1, 5)) {
      f.replay(new NoticeGiven(f.meta(day(5)), "m1", d, NoticeMethod.IN_PERSON));
    }
    f.replay(new MeetingHeld(f.meta(MEETING), "m1", List.of(
        new Attendance("d1", AttendanceMode.IN_PERSON, null, null, false),
        new Attendance("d2", AttendanceMode.IN_PERSON, null, null, false),
        new Attendance("d3", AttendanceMode.IN_PERSON, null, null, false),
        new Attendance("d4", AttendanceMode.IN_PERSON, null, MEETING.plusSeconds(300), false))));
    Verdict v = f.replay(f.motion("m1", "r1", 10, votes(yes, no, List.of()))).verdict();
    return finding(v, profile.equals(CA) ? "CA-307a7-quorum" : "DE-141b-quorum");
  }

  @Test
  void quorum_lostByAWithdrawalButMajorityOfTheRequiredQuorumVotesYes_isMetInCaliforniaOnly() {
    Finding ca = quorumAfterOneLeaves(CA, ids(1, 3), List.of());
    assertThat(ca.outcome()).as(ca.detail()).isEqualTo(Finding.Outcome.MET);
    assertThat(ca.detail()).contains("present at the start 4 of 7").contains("required quorum of 4 (3)");
    assertThat(ca.citation()).contains("§ 307(a)(8)");
    Finding de = quorumAfterOneLeaves("delaware-stock", ids(1, 3), List.of());
    assertThat(de.outcome()).as(de.detail()).isEqualTo(Finding.Outcome.NOT_MET);
  }

  @Test
  void quorum_lostByAWithdrawalWithFewerYesThanAMajorityOfTheRequiredQuorum_isVoid() {
    Finding ca = quorumAfterOneLeaves(CA, ids(1, 2), List.of("d3"));
    assertThat(ca.outcome()).as(ca.detail()).isEqualTo(Finding.Outcome.NOT_MET);
    assertThat(ca.detail()).contains("yes 2, not met");
  }

  @Test
  void quorum_withNoAuthorizedNumberOnRecord_isUnknown() {
    Fixtures f = new Fixtures().orgOfUnknownSize(CA, 5, bylaws(24), null);
    f.replayAll(f.meeting("m1", 10, List.of(), ids(1, 3)));
    Finding q = finding(f.replay(f.motion("m1", "r1", 10, votes(ids(1, 3), List.of(), List.of()))).verdict(),
        "CA-307a7-quorum");
    assertThat(q.outcome()).as(q.detail()).isEqualTo(Finding.Outcome.UNKNOWN);
    assertThat(q.detail()).contains("met if the board has at most 5 seats");
  }

  @Test
  void quorum_bylawOfOneThirdOfThree_isCountedAtTheFloorOfTwo() {
    BylawTerms third = new BylawTerms("bylaws § 3.8", 3, Threshold.ONE_THIRD, null, 24, null, null, null, null, null,
        null, null);
    Finding one = quorum(third, 3, List.of("d1"));
    assertThat(one.outcome()).as(one.detail()).isEqualTo(Finding.Outcome.NOT_MET);
    assertThat(one.detail()).contains("1/3 of the whole board or 2 directors, whichever is larger").contains("(2 of 3)");
    assertThat(one.citation()).contains("§ 307(a)(7)");
    Finding two = quorum(third, 3, ids(1, 2));
    assertThat(two.outcome()).as(two.detail()).isEqualTo(Finding.Outcome.MET);
  }

  @Test
  void quorum_ofABoardOfOneSeat_isOne() {
    BylawTerms third = new BylawTerms("bylaws", 1, Threshold.ONE_THIRD, null, 24, null, null, null, null, null, null,
        null);
    Finding q = quorum(third, 1, List.of("d1"));
    assertThat(q.outcome()).as(q.detail()).isEqualTo(Finding.Outcome.MET);
  }

  private static Verdict consent(Fixtures f, List<String> signers) {
    return f.replay(new WrittenConsentSigned(f.meta(at(5, 9)), "board", "c1", "x", signers, null)).verdict();
  }

  @Test
  void consent_unanimousByAQuorumServing_isValid() {
    Verdict v = consent(board(7, 4), ids(1, 4));
    assertThat(finding(v, "CA-307b-consent").outcome()).isEqualTo(Finding.Outcome.MET);
    assertThat(finding(v, "CA-307b-serving").outcome()).isEqualTo(Finding.Outcome.MET);
    assertThat(finding(v, "CA-307b-serving").detail()).contains("directors serving 4 of 7 authorized");
    assertThat(v.status()).as(v.findings().toString()).isEqualTo(Status.VALID);
  }

  @Test
  void consent_unanimousButFewerServingThanAQuorum_isVoid() {
    Verdict v = consent(board(7, 3), ids(1, 3));
    assertThat(finding(v, "CA-307b-consent").outcome()).isEqualTo(Finding.Outcome.MET);
    assertThat(finding(v, "CA-307b-serving").outcome()).isEqualTo(Finding.Outcome.NOT_MET);
    assertThat(v.status()).isEqualTo(Status.INVALID);
  }

  @Test
  void consent_notUnanimous_isVoid() {
    Verdict v = consent(board(3, 3), ids(1, 2));
    assertThat(finding(v, "CA-307b-consent").outcome()).isEqualTo(Finding.Outcome.NOT_MET);
    assertThat(finding(v, "CA-307b-consent").detail()).contains("not signed: Director 3");
  }

  @Test
  void consent_withNoAuthorizedNumberOnRecord_isUnknownOnItsServingQuorum() {
    Fixtures f = new Fixtures().orgOfUnknownSize(CA, 3, bylaws(24), null);
    Verdict v = consent(f, ids(1, 3));
    assertThat(finding(v, "CA-307b-serving").outcome()).isEqualTo(Finding.Outcome.UNKNOWN);
    assertThat(v.status()).isEqualTo(Status.UNDETERMINED);
  }

  @Test
  void removeDirector_byBoardOfCaliforniaCorporation_isVoid() {
    Fixtures f = board(3, 3);
    consent(f, ids(1, 3));
    Verdict v = f.replay(new DirectorRemoved(f.meta(at(5, 10)), "board", "d3", "c1")).verdict();
    assertThat(finding(v, "CA-303-removal").outcome()).isEqualTo(Finding.Outcome.NOT_MET);
    assertThat(finding(v, "CA-303-removal").detail()).contains("only the shareholders can").contains("§ 302");
  }

  @Test
  void removeDirector_byShareholders_isUnknownWithoutShareCounts() {
    Fixtures f = board(3, 3);
    f.replay(new BodyEstablished(f.meta(day(1)), "holders", "acme", BodyKind.MEMBERS, "Shareholders"));
    f.replay(new WrittenConsentSigned(f.meta(at(5, 9)), "holders", "s1", "remove d3", List.of("d1"), null));
    Verdict v = f.replay(new DirectorRemoved(f.meta(at(5, 10)), "board", "d3", "s1")).verdict();
    assertThat(finding(v, "CA-303-removal").outcome()).isEqualTo(Finding.Outcome.UNKNOWN);
    assertThat(finding(v, "CA-303-removal").detail()).contains("outstanding shares").contains("cumulatively");
  }

  private static Finding officerVote(List<String> yes, List<String> no, boolean tallied) {
    Fixtures f = board(3, 3);
    f.replay(new PersonDescribed(f.meta(day(1)), "s", "Secretary", List.of(), List.of(), List.of(), null));
    f.replayAll(f.meeting("m1", 10, ids(1, 3), ids(1, 3)));
    f.replay(new MotionVoted(f.meta(at(10, 13)), "m1", "r1", "elect a secretary",
        tallied ? votes(yes, no, List.of()) : List.of(), Outcome.ADOPTED, null));
    return finding(f.replay(new OfficerAppointed(f.meta(at(10, 14)), "acme", Office.SECRETARY, "s", "r1")).verdict(),
        "CA-312b-officers");
  }

  @Test
  void officer_chosenByAMajorityOfTheBoardPresent_isMet() {
    Finding o = officerVote(ids(1, 2), List.of("d3"), true);
    assertThat(o.outcome()).as(o.detail()).isEqualTo(Finding.Outcome.MET);
    assertThat(o.citation()).contains("§ 312(b)");
  }

  @Test
  void officer_chosenByAMinorityOfTheBoardPresent_isNotMet() {
    Finding o = officerVote(List.of("d1"), ids(2, 3), true);
    assertThat(o.outcome()).as(o.detail()).isEqualTo(Finding.Outcome.NOT_MET);
  }

  @Test
  void officer_chosenWithNoTallyOnRecord_isUnknown() {
    Finding o = officerVote(List.of(), List.of(), false);
    assertThat(o.outcome()).as(o.detail()).isEqualTo(Finding.Outcome.UNKNOWN);
  }

  @Test
  void vacancyFilled_isUnknownAsSection305IsNotModelled() {
    Fixtures f = board(3, 2);
    f.replay(new PersonDescribed(f.meta(day(1)), "n", "Newcomer", List.of(), List.of(), List.of(), null));
    consent(f, ids(1, 2));
    Verdict v = f.replay(new VacancyFilled(f.meta(at(5, 10)), "board", "n", "c1")).verdict();
    assertThat(finding(v, "CA-305-vacancies").outcome()).isEqualTo(Finding.Outcome.UNKNOWN);
  }
}

package org.charter.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charter.core.Fixtures.at;
import static org.charter.core.Fixtures.bylaws;
import static org.charter.core.Fixtures.day;
import static org.charter.core.Fixtures.finding;
import static org.charter.core.Fixtures.ids;
import static org.charter.core.Fixtures.sized;
import static org.charter.core.Fixtures.votes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.charter.core.Fixtures;
import org.charter.core.act.Attendance;
import org.charter.core.act.AttendanceMode;
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
import org.charter.core.act.OfficerRemoved;
import org.charter.core.act.Outcome;
import org.charter.core.act.PersonDescribed;
import org.charter.core.act.Threshold;
import org.charter.core.act.VacancyFilled;
import org.charter.core.act.WrittenConsentSigned;
import org.charter.core.report.ActSummary;
import org.charter.core.verdict.Finding;
import org.charter.core.verdict.Status;
import org.charter.core.state.Register;
import org.charter.core.verdict.Verdict;
import org.junit.jupiter.api.Test;

/**
 * The rule fixes of issue 12, each from a statute default in board-law.md: § 223(a) vacancies below quorum, the § 141(b)
 * quorum floor, quorum with no board size on record (Mecleary), one outcome per rule id, and the findings' wording.
 */
class StatuteDefaultsTests {
  private static final BylawTerms SEVEN_SEATS = sized(bylaws(24), 7);

  private static MotionVoted motion(Fixtures f, String res, List<String> yes, Boolean fillsVacancies) {
    return new MotionVoted(f.meta(at(10, 12)), "m1", res, "fill the empty seats", votes(yes, List.of(), List.of()),
        Outcome.ADOPTED, null, fillsVacancies);
  }

  private static Fixtures sevenSeatsThreeDirectors() {
    Fixtures f = new Fixtures().org("delaware-nonstock", 3, SEVEN_SEATS, false);
    f.replay(new PersonDescribed(f.meta(at(1, 0)), "n", "Newcomer", List.of(), List.of(), List.of(), null));
    f.replayAll(f.meeting("m1", 10, ids(1, 3), ids(1, 2)));
    return f;
  }

  private static void assertOneOutcomePerRule(Verdict v) {
    Map<String, Finding.Outcome> seen = new HashMap<>();
    for (Finding x : v.findings()) {
      Finding.Outcome before = seen.putIfAbsent(x.ruleId(), x.outcome());
      assertThat(before == null || before == x.outcome()).as(x.ruleId() + " in " + v.findings()).isTrue();
    }
  }

  @Test
  void vacancyResolution_belowQuorumByMajorityInOffice_isValidCiting223a() {
    Fixtures f = sevenSeatsThreeDirectors();
    Verdict res = f.replay(motion(f, "r1", ids(1, 2), true)).verdict();
    Verdict fill = f.replay(new VacancyFilled(f.meta(at(10, 13)), "board", "n", "r1")).verdict();
    Finding quorum = finding(res, "DE-141b-quorum");
    assertThat(quorum.outcome()).isEqualTo(Finding.Outcome.MET);
    assertThat(quorum.detail()).contains("present 2 of 7 authorized").contains("quorum 4")
        .contains("not needed").contains("majority of the directors then in office");
    assertThat(quorum.citation()).contains("§ 223(a)");
    assertThat(finding(res, "DE-223-vacancies").detail()).contains("needs a majority of directors in office (2 yes of 3)");
    assertThat(res.status()).as(res.findings().toString()).isEqualTo(Status.VALID);
    assertThat(fill.status()).isEqualTo(res.status());
  }

  @Test
  void vacancyResolution_withoutMajorityOfDirectorsInOffice_isVoidAndSoAreItsActs() {
    Fixtures f = new Fixtures().org("delaware-nonstock", 5, SEVEN_SEATS, false);
    f.replay(new PersonDescribed(f.meta(at(1, 0)), "n", "Newcomer", List.of(), List.of(), List.of(), null));
    f.replayAll(f.meeting("m1", 10, ids(1, 5), ids(1, 2)));
    Verdict res = f.replay(motion(f, "r1", ids(1, 2), true)).verdict();
    Verdict fill = f.replay(new VacancyFilled(f.meta(at(10, 13)), "board", "n", "r1")).verdict();
    assertThat(finding(res, "DE-223-vacancies").outcome()).isEqualTo(Finding.Outcome.NOT_MET);
    assertThat(finding(res, "DE-223-vacancies").detail()).contains("yes 2").contains("(3 yes of 5): not met");
    assertThat(res.status()).isEqualTo(Status.INVALID);
    assertThat(fill.status()).isEqualTo(Status.INVALID);
  }

  @Test
  void vacancyFilled_underResolutionNotMarkedAsOnlyFillingVacancies_sharesItsQuorumDefect() {
    Fixtures f = sevenSeatsThreeDirectors();
    Verdict res = f.replay(motion(f, "r1", ids(1, 2), null)).verdict();
    Verdict fill = f.replay(new VacancyFilled(f.meta(at(10, 13)), "board", "n", "r1")).verdict();
    assertThat(finding(res, "DE-141b-quorum").outcome()).isEqualTo(Finding.Outcome.NOT_MET);
    assertThat(res.status()).isEqualTo(Status.INVALID);
    assertThat(fill.status()).isEqualTo(Status.INVALID);
    assertThat(finding(fill, "CH-basis").detail()).contains("fills_vacancies");
  }

  @Test
  void vacancyOnlyResolution_usedToRemoveAnOfficer_isVoid() {
    Fixtures f = sevenSeatsThreeDirectors();
    f.replay(motion(f, "r1", ids(1, 2), true));
    Verdict removal = f.replay(new OfficerRemoved(f.meta(at(10, 13)), "acme", Office.CEO, "d1", "r1")).verdict();
    assertThat(finding(removal, "CH-basis").outcome()).isEqualTo(Finding.Outcome.NOT_MET);
    assertThat(finding(removal, "CH-basis").detail()).contains("only filling vacancies");
  }

  private static Fixtures nineSeatsQuorumTwo(String profile) {
    BylawTerms twoOfNine = new BylawTerms("bylaws § 2.7", 9, new Threshold(2, 9, false), null, 24, null, null, null,
        null, null, null, null);
    return new Fixtures().org(profile, 9, twoOfNine, false);
  }

  @Test
  void quorum_bylawOfTwoOfNineInStockCorporation_isCountedAtTheOneThirdFloor() {
    Fixtures f = nineSeatsQuorumTwo("delaware-stock");
    f.replayAll(f.meeting("m1", 10, ids(1, 9), ids(1, 2)));
    Verdict two = f.replay(f.motion("m1", "r1", 10, votes(ids(1, 2), List.of(), List.of()))).verdict();
    Finding q = finding(two, "DE-141b-quorum");
    assertThat(q.outcome()).isEqualTo(Finding.Outcome.NOT_MET);
    assertThat(q.detail()).contains("present 2 of 9 authorized").contains("below the statute's floor of 1/3")
        .contains("(3 of 9)").contains("counted at 3: not met");
    assertThat(q.citation()).contains("§ 141(b)").contains("no less than 1/3");
  }

  @Test
  void quorum_bylawOfTwoOfNineWithThreePresent_isMetAtTheFloor() {
    Fixtures f = nineSeatsQuorumTwo("delaware-stock");
    f.replayAll(f.meeting("m1", 10, ids(1, 9), ids(1, 3)));
    Verdict three = f.replay(f.motion("m1", "r1", 10, votes(ids(1, 3), List.of(), List.of()))).verdict();
    assertThat(finding(three, "DE-141b-quorum").outcome()).isEqualTo(Finding.Outcome.MET);
  }

  @Test
  void quorum_bylawOfTwoOfNineInNonstockCorporation_isUnknownCiting141j() {
    Fixtures f = nineSeatsQuorumTwo("delaware-nonstock");
    f.replayAll(f.meeting("m1", 10, ids(1, 9), ids(1, 2)));
    Verdict two = f.replay(f.motion("m1", "r1", 10, votes(ids(1, 2), List.of(), List.of()))).verdict();
    Finding q = finding(two, "DE-141b-quorum");
    assertThat(q.outcome()).isEqualTo(Finding.Outcome.UNKNOWN);
    assertThat(q.detail()).contains("met if the certificate of incorporation sets this quorum")
        .contains("not on record");
    assertThat(q.citation()).contains("§ 141(j)");
  }

  @Test
  void quorum_withNoBoardSizeOnRecord_isUnknownNamingTheLargestBoardItFits() {
    Fixtures f = new Fixtures().orgOfUnknownSize("delaware-nonstock", 6, bylaws(24), false);
    f.replayAll(f.meeting("m1", 10, ids(1, 6), ids(1, 4)));
    Verdict v = f.replay(f.motion("m1", "r1", 10, votes(ids(1, 4), List.of(), List.of()))).verdict();
    Finding q = finding(v, "DE-141b-quorum");
    assertThat(q.outcome()).isEqualTo(Finding.Outcome.UNKNOWN);
    assertThat(q.detail()).contains("present 4 of 6 in office").contains("no board size is on record")
        .contains("met if the board has at most 7 seats");
    assertThat(v.status()).isEqualTo(Status.UNDETERMINED);
  }

  @Test
  void quorum_fourOfNineAuthorizedSeats_isNotMet_Mecleary() {
    Fixtures f = new Fixtures().org("delaware-nonstock", 6, sized(bylaws(24), 9), false);
    f.replayAll(f.meeting("m1", 10, ids(1, 6), ids(1, 4)));
    Verdict v = f.replay(f.motion("m1", "r1", 10, votes(ids(1, 4), List.of(), List.of()))).verdict();
    assertThat(finding(v, "DE-141b-quorum").outcome()).isEqualTo(Finding.Outcome.NOT_MET);
    assertThat(finding(v, "DE-141b-quorum").detail()).contains("present 4 of 9 authorized").contains("quorum 5");
  }

  @Test
  void quorum_withNoBoardSizeAndTooFewForAnySize_isNotMet() {
    Fixtures f = new Fixtures().orgOfUnknownSize("delaware-nonstock", 6, bylaws(24), false);
    f.replayAll(f.meeting("m1", 10, ids(1, 6), ids(1, 3)));
    Verdict v = f.replay(f.motion("m1", "r1", 10, votes(ids(1, 3), List.of(), List.of()))).verdict();
    assertThat(finding(v, "DE-141b-quorum").outcome()).isEqualTo(Finding.Outcome.NOT_MET);
    assertThat(finding(v, "DE-141b-quorum").detail()).contains("whatever the board's size");
  }

  @Test
  void quorum_onSeatsFilledWithNoBoardSize_isUnknownThroughTheFloorOnTheWholeBoard() {
    BylawTerms filled = new BylawTerms("b", null, null, org.charter.core.act.QuorumBase.SEATS_FILLED, 24, null, null,
        null, null, null, null, null);
    Fixtures f = new Fixtures().orgOfUnknownSize("delaware-stock", 3, filled, null);
    f.replayAll(f.meeting("m1", 10, ids(1, 3), ids(1, 2)));
    Verdict v = f.replay(f.motion("m1", "r1", 10, votes(ids(1, 2), List.of(), List.of()))).verdict();
    assertThat(finding(v, "DE-141b-quorum").outcome()).isEqualTo(Finding.Outcome.UNKNOWN);
    assertThat(finding(v, "DE-141b-quorum").detail()).contains("met if the board has at most 6 seats");
  }

  @Test
  void removeDirector_byBoardOfStockCorporation_hasOneFindingOfItsRule() {
    Fixtures f = new Fixtures().org("delaware-stock", 3, bylaws(24), null);
    f.replay(new WrittenConsentSigned(f.meta(at(5, 9)), "board", "c1", "remove d3", ids(1, 3), null));
    Verdict v = f.replay(new DirectorRemoved(f.meta(at(5, 10)), "board", "d3", "c1")).verdict();
    assertThat(v.findings().stream().filter(x -> x.ruleId().equals("DE-141k-removal")).toList()).singleElement()
        .satisfies(x -> assertThat(x.outcome()).isEqualTo(Finding.Outcome.NOT_MET));
    assertOneOutcomePerRule(v);
  }

  @Test
  void removeDirector_underRobertsRulesWithoutTwoThirds_hasOneFindingOfItsRule() {
    Fixtures f = new Fixtures().org("roberts-rules", 6, bylaws(24), null);
    f.replayAll(f.meeting("m1", 10, ids(1, 6), ids(1, 6)));
    f.replay(f.motion("m1", "r1", 10, votes(ids(1, 3), ids(4, 6), List.of())));
    Verdict v = f.replay(new DirectorRemoved(f.meta(at(10, 13)), "board", "d6", "r1")).verdict();
    assertThat(v.findings().stream().filter(x -> x.ruleId().equals("RR-removal")).toList()).singleElement()
        .satisfies(x -> assertThat(x.outcome()).isEqualTo(Finding.Outcome.NOT_MET));
  }

  @Test
  void motion_underRobertsRules_givesCallAndNoticeTheirOwnIds() {
    Fixtures f = new Fixtures().org("roberts-rules", 3, bylaws(24), null);
    f.replayAll(f.meeting("m1", 10, List.of(), ids(1, 3)));
    Verdict v = f.replay(f.motion("m1", "r1", 10, votes(ids(1, 3), List.of(), List.of()))).verdict();
    assertThat(finding(v, "RR-special-meeting-call").detail()).contains("called by Director 1");
    assertOneOutcomePerRule(v);
  }

  @Test
  void writtenConsent_whenDirectorsInOfficeRestOnAVoidRemoval_isAWarningAsActedAndNotUnanimousInLaw() {
    Fixtures f = new Fixtures().org("delaware-stock", 3, bylaws(24), null);
    f.replay(new WrittenConsentSigned(f.meta(at(5, 9)), "board", "c1", "remove d3", ids(1, 3), null));
    f.replay(new DirectorRemoved(f.meta(at(5, 10)), "board", "d3", "c1"));
    var c2 = f.replay(new WrittenConsentSigned(f.meta(at(6, 9)), "board", "c2", "x", ids(1, 2), null));
    // As acted, d3 is gone, so the consent is unanimous of those in office, with a warning naming the doubtful removal.
    assertThat(c2.verdict(Register.ACTED).findings().stream().filter(x -> x.ruleId().equals("DE-141f-consent")).toList())
        .singleElement()
        .satisfies(x -> assertThat(x.outcome()).isEqualTo(Finding.Outcome.WARNING))
        .satisfies(x -> assertThat(x.detail()).contains("signed by 2 of 2").contains("Director 3 by"));
    // Under the rules the removal is void, d3 still sits, and two of three signatures are not unanimous.
    assertThat(c2.verdict().findings().stream().filter(x -> x.ruleId().equals("DE-141f-consent")).toList())
        .singleElement()
        .satisfies(x -> assertThat(x.outcome()).isEqualTo(Finding.Outcome.NOT_MET))
        .satisfies(x -> assertThat(x.detail()).contains("signed by 2 of 3").contains("not signed: Director 3"));
  }

  @Test
  void meetingCalled_withNoCallerOnRecord_saysSoInItsSummary() {
    Fixtures f = new Fixtures().org("delaware-nonstock", 3, bylaws(24), false);
    MeetingCalled c = new MeetingCalled(f.meta(day(8)), "m1", "board", List.of(), at(10, 12), MeetingKind.SPECIAL, null);
    assertThat(ActSummary.of(c, p -> p)).isEqualTo("special meeting m1 of board; the caller is not on record")
        .doesNotContain("called by");
  }

  @Test
  void motion_withNoAttendanceOrTallyOnRecord_doesNotCountYesOfZero() {
    Fixtures f = new Fixtures().org("delaware-nonstock", 3, bylaws(24), false);
    f.replay(new MeetingCalled(f.meta(day(8)), "m1", "board", List.of("d1"), at(10, 12), MeetingKind.SPECIAL, null));
    Verdict v = f.replay(f.motion("m1", "r1", 10, List.of())).verdict();
    Verdict act = f.replay(f.removeCeo("r1", 10)).verdict();
    assertThat(finding(v, "DE-141b-vote").detail()).contains("the tally is not on record").doesNotContain("of 0");
    assertThat(finding(act, "DE-142-officers").detail()).contains("the tally of resolution r1 is not on record")
        .doesNotContain("of 0");
  }

  @Test
  void officerAppointed_byWrittenConsent_countsDirectorsSigningNotPresent() {
    Fixtures f = new Fixtures().org("delaware-nonstock", 4, bylaws(24), false);
    f.replay(new WrittenConsentSigned(f.meta(at(5, 9)), "board", "c1", "name a CTO", ids(1, 4), null));
    Verdict v = f.replay(new OfficerAppointed(f.meta(at(5, 10)), "acme", Office.CTO, "d2", "c1")).verdict();
    assertThat(finding(v, "DE-142-officers").detail()).contains("a majority of directors signing")
        .doesNotContain("directors present");
  }

  @Test
  void notice_toTheDirectorWhoCalledTheMeeting_isNotDue() {
    Fixtures f = new Fixtures().org("delaware-nonstock", 3, bylaws(24), false);
    // d1 called the meeting (Fixtures.meeting) and got no notice; d2 and d3 had it in time.
    f.replayAll(f.meeting("m1", 10, ids(2, 3), List.of()));
    f.replay(new MeetingHeld(f.meta(at(10, 12)), "m1", List.of(
        new Attendance("d1", AttendanceMode.IN_PERSON, null, null, null),
        new Attendance("d2", AttendanceMode.IN_PERSON, null, null, null),
        new Attendance("d3", AttendanceMode.IN_PERSON, null, null, null))));
    Verdict v = f.replay(f.motion("m1", "r1", 10, votes(ids(1, 3), List.of(), List.of()))).verdict();
    Finding notice = finding(v, "DE-notice");
    assertThat(notice.outcome()).isEqualTo(Finding.Outcome.MET);
    assertThat(notice.detail()).contains("Director 1: called the meeting").doesNotContain("objected");
  }

  @Test
  void notice_notGivenToADirectorWhoDidNotCall_isStillUnknown() {
    Fixtures f = new Fixtures().org("delaware-nonstock", 3, bylaws(24), false);
    f.replayAll(f.meeting("m1", 10, List.of("d2"), List.of()));
    f.replay(new NoticeGiven(f.meta(day(8)), "m1", "d1", NoticeMethod.EMAIL));
    f.replay(new MeetingHeld(f.meta(at(10, 12)), "m1", List.of(
        new Attendance("d1", AttendanceMode.IN_PERSON, null, null, null),
        new Attendance("d2", AttendanceMode.IN_PERSON, null, null, null),
        new Attendance("d3", AttendanceMode.IN_PERSON, null, null, null))));
    Verdict v = f.replay(f.motion("m1", "r1", 10, votes(ids(1, 3), List.of(), List.of()))).verdict();
    assertThat(finding(v, "DE-notice").outcome()).isEqualTo(Finding.Outcome.UNKNOWN);
    assertThat(finding(v, "DE-notice").detail()).contains("Director 3: no notice on record; attended, but whether");
  }
}

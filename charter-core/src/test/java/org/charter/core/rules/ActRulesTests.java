package org.charter.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charter.core.Fixtures.at;
import static org.charter.core.Fixtures.bylaws;
import static org.charter.core.Fixtures.finding;
import static org.charter.core.Fixtures.ids;
import static org.charter.core.Fixtures.votes;

import java.util.List;
import org.charter.core.Fixtures;
import org.charter.core.act.BylawTerms;
import org.charter.core.act.Caller;
import org.charter.core.act.CompositionConstraint;
import org.charter.core.act.CompositionKind;
import org.charter.core.act.CustomCondition;
import org.charter.core.act.DirectorRemoved;
import org.charter.core.act.EntityFormed;
import org.charter.core.act.EntityKind;
import org.charter.core.act.MeetingCalled;
import org.charter.core.act.MeetingKind;
import org.charter.core.act.MotionVoted;
import org.charter.core.act.Office;
import org.charter.core.act.OfficerAppointed;
import org.charter.core.act.Outcome;
import org.charter.core.act.PersonDescribed;
import org.charter.core.act.VacancyFilled;
import org.charter.core.act.WrittenConsentSigned;
import org.charter.core.verdict.Finding;
import org.charter.core.verdict.Status;
import org.charter.core.verdict.Verdict;
import org.junit.jupiter.api.Test;

/** Written consent, removal authority, vacancies, tenure, composition, interested directors, CEL conditions. */
class ActRulesTests {
  @Test
  void writtenConsent_signedByThreeOfFour_isInvalidCitingUnanimity() {
    Fixtures f = new Fixtures().org("delaware-nonstock", 4, bylaws(24), false);
    Verdict v = f.replay(new WrittenConsentSigned(f.meta(at(5, 9)), "board", "c1", "x", ids(1, 3), null)).verdict();
    assertThat(v.status()).isEqualTo(Status.INVALID);
    assertThat(finding(v, "DE-141f-consent").detail()).contains("signed by 3 of 4").contains("must be unanimous");
  }

  @Test
  void writtenConsent_signedByAll_isValid() {
    Fixtures f = new Fixtures().org("delaware-nonstock", 4, bylaws(24), false);
    Verdict v = f.replay(new WrittenConsentSigned(f.meta(at(5, 9)), "board", "c1", "x", ids(1, 4), null)).verdict();
    assertThat(v.status()).isEqualTo(Status.VALID);
  }

  @Test
  void removeDirector_byBoardOfStockCorporation_isInvalid() {
    Fixtures f = new Fixtures().org("delaware-stock", 3, bylaws(24), null);
    f.replay(new WrittenConsentSigned(f.meta(at(5, 9)), "board", "c1", "remove d3", ids(1, 3), null));
    Verdict v = f.replay(new DirectorRemoved(f.meta(at(5, 10)), "board", "d3", "c1")).verdict();
    assertThat(finding(v, "DE-141k-removal").outcome()).isEqualTo(Finding.Outcome.NOT_MET);
    assertThat(finding(v, "DE-141k-removal").detail()).contains("board of a stock corporation cannot remove");
  }

  @Test
  void removeDirector_byDirectorsOfNonstockWithoutMembers_isValid() {
    Fixtures f = new Fixtures().org("delaware-nonstock", 3, bylaws(24), false);
    f.replay(new WrittenConsentSigned(f.meta(at(5, 9)), "board", "c1", "remove d3", ids(1, 3), null));
    Verdict v = f.replay(new DirectorRemoved(f.meta(at(5, 10)), "board", "d3", "c1")).verdict();
    assertThat(v.status()).as(v.findings().toString()).isEqualTo(Status.VALID);
  }

  @Test
  void removeDirector_whenMembershipNotOnRecord_isUndetermined() {
    Fixtures f = new Fixtures().org("delaware-nonstock", 3, bylaws(24), null);
    f.replay(new WrittenConsentSigned(f.meta(at(5, 9)), "board", "c1", "remove d3", ids(1, 3), null));
    Verdict v = f.replay(new DirectorRemoved(f.meta(at(5, 10)), "board", "d3", "c1")).verdict();
    assertThat(v.status()).isEqualTo(Status.UNDETERMINED);
    assertThat(finding(v, "DE-nonstock-114").detail()).contains("has members other than its directors");
  }

  @Test
  void removeDirector_whoIsNotADirector_isInvalid() {
    Fixtures f = new Fixtures().org("delaware-nonstock", 3, bylaws(24), false);
    f.replay(new PersonDescribed(f.meta(at(1, 0)), "x", "Outsider", List.of(), List.of(), List.of(), null));
    f.replay(new WrittenConsentSigned(f.meta(at(5, 9)), "board", "c1", "remove x", ids(1, 3), null));
    Verdict v = f.replay(new DirectorRemoved(f.meta(at(5, 10)), "board", "x", "c1")).verdict();
    assertThat(finding(v, "CH-tenure").detail()).contains("Outsider is not a director");
  }

  @Test
  void fillVacancy_byMajorityInOfficeWithoutQuorum_isValid() {
    BylawTerms sized = new BylawTerms("b", 7, null, null, 24, null, null, null, null, null, null, null);
    Fixtures f = new Fixtures().org("delaware-nonstock", 3, sized, false);
    f.replay(new PersonDescribed(f.meta(at(1, 0)), "n", "Newcomer", List.of(), List.of(), List.of(), null));
    f.replayAll(f.meeting("m1", 10, ids(1, 3), ids(1, 2)));
    MotionVoted m = new MotionVoted(f.meta(at(10, 12)), "m1", "r1", "fill", votes(ids(1, 2), List.of(), List.of()),
        Outcome.ADOPTED, null, true);
    Verdict motion = f.replay(m).verdict();
    Verdict fill = f.replay(new VacancyFilled(f.meta(at(10, 13)), "board", "n", "r1")).verdict();
    assertThat(motion.status()).as(motion.findings().toString()).isEqualTo(Status.VALID);
    assertThat(fill.status()).as(fill.findings().toString()).isEqualTo(Status.VALID);
    assertThat(finding(fill, "DE-223-vacancies").detail()).contains("yes 2").contains("3 in office");
  }

  @Test
  void appointment_breakingMajorityWithoutEquity_isVoid() {
    CompositionConstraint c = new CompositionConstraint("X-no-equity", CompositionKind.MAJORITY_HOLD_NO_EQUITY_IN,
        "sub", "charter art. 4");
    BylawTerms b = new BylawTerms("b", null, null, null, 24, null, null, null, null, List.of(c), null, null);
    Fixtures f = new Fixtures().org("delaware-nonstock", 2, b, false);
    f.replay(new EntityFormed(f.meta(at(1, 0)), "sub", "Sub LLC", EntityKind.LLC, "Delaware", "delaware-stock", null));
    f.replay(new PersonDescribed(f.meta(at(1, 0)), "d1", "D1", List.of(), List.of("sub"), List.of(), null));
    f.replay(new PersonDescribed(f.meta(at(1, 0)), "d2", "D2", List.of(), List.of(), List.of("sub"), null));
    f.replay(new PersonDescribed(f.meta(at(1, 0)), "n", "N", List.of(), List.of("sub"), List.of(), null));
    f.replay(new WrittenConsentSigned(f.meta(at(5, 9)), "board", "c1", "seat n", ids(1, 2), null));
    Verdict v = f.replay(new VacancyFilled(f.meta(at(5, 10)), "board", "n", "c1")).verdict();
    assertThat(finding(v, "X-no-equity").outcome()).isEqualTo(Finding.Outcome.NOT_MET);
    assertThat(finding(v, "X-no-equity").detail()).contains("1 of 3 directors hold no equity in sub");
  }

  @Test
  void callAuthority_restrictedToChair_refusesADirectorsCall() {
    BylawTerms b = new BylawTerms("b", null, null, null, 24, List.of(Caller.CHAIR), null, null, null, null, null, null);
    Fixtures f = new Fixtures().org("delaware-nonstock", 3, b, false);
    Verdict v = f.replay(new MeetingCalled(f.meta(at(5, 9)), "m9", "board", List.of("d2"), at(7, 12),
        MeetingKind.SPECIAL, null)).verdict();
    assertThat(finding(v, "DE-notice-call").outcome()).isEqualTo(Finding.Outcome.NOT_MET);
    assertThat(finding(v, "DE-notice-call").detail()).contains("only the chair may call");
  }

  @Test
  void interestedDirectors_withoutDisinterestedMajority_warnsVoidable() {
    Fixtures f = new Fixtures().org("delaware-nonstock", 4, bylaws(24), false);
    f.replayAll(f.meeting("m1", 10, ids(1, 4), ids(1, 4)));
    MotionVoted m = new MotionVoted(f.meta(at(10, 12)), "m1", "r1", "deal",
        votes(ids(1, 3), List.of("d4"), List.of()), Outcome.ADOPTED, ids(1, 2));
    Verdict v = f.replay(m).verdict();
    assertThat(finding(v, "DE-144-interested").outcome()).isEqualTo(Finding.Outcome.WARNING);
    assertThat(v.status()).isEqualTo(Status.VALID_WITH_WARNINGS);
  }

  @Test
  void celCondition_thatDoesNotHold_makesTheActInvalidNamingIt() {
    CustomCondition chairNotCeo = new CustomCondition("X-chair-not-ceo", "bylaws § 3", List.of("officer-appointed"),
        "act.office != 'CHAIR' || act.person != 'd1'", "the CEO may not chair the board");
    BylawTerms b = new BylawTerms("b", null, null, null, 24, null, null, null, null, null, List.of(chairNotCeo), null);
    Fixtures f = new Fixtures().org("delaware-nonstock", 3, b, false);
    f.replay(new WrittenConsentSigned(f.meta(at(5, 9)), "board", "c1", "chair", ids(1, 3), null));
    Verdict bad = f.replay(new OfficerAppointed(f.meta(at(5, 10)), "acme", Office.CHAIR, "d1", "c1")).verdict();
    Verdict good = f.replay(new OfficerAppointed(f.meta(at(5, 11)), "acme", Office.CHAIR, "d2", "c1")).verdict();
    assertThat(finding(bad, "X-chair-not-ceo").outcome()).isEqualTo(Finding.Outcome.NOT_MET);
    assertThat(finding(bad, "X-chair-not-ceo").detail()).contains("the CEO may not chair the board");
    assertThat(good.status()).isEqualTo(Status.VALID);
  }

  @Test
  void celCondition_thatDoesNotCompile_isReported() {
    assertThat(CelConditions.compileError("act.office ==")).isPresent();
    assertThat(CelConditions.compileError("size(directors) > 2")).isEmpty();
  }
}

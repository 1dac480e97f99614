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
import org.charter.core.act.ActRatified;
import org.charter.core.act.CourtValidated;
import org.charter.core.act.NoticeGiven;
import org.charter.core.act.NoticeMethod;
import org.charter.core.act.NoticeWaived;
import org.charter.core.act.Office;
import org.charter.core.act.OfficerAppointed;
import org.charter.core.act.Ratification;
import org.charter.core.act.WrittenConsentSigned;
import org.charter.core.book.Recorded;
import org.charter.core.state.Basis;
import org.charter.core.state.Register;
import org.charter.core.verdict.Finding;
import org.charter.core.verdict.Status;
import org.junit.jupiter.api.Test;

/**
 * Cures (docs/rules.md, "Cures"), on a Delaware stock corporation of three directors: d2 is appointed president under a
 * resolution of a special meeting of which d3 had no notice, so the appointment is void and the legal register does not
 * seat him; later acts cure it, or do not.
 */
class CuresTests {
  private final Fixtures f = new Fixtures().org("delaware-stock", 3, bylaws(24), null);
  private final Recorded appointment;

  CuresTests() {
    f.replayAll(f.meeting("m1", 10, ids(2, 2), ids(1, 2)));
    // d3's notice comes at the meeting's own time, where the bylaws want 24 hours: too late, so the meeting's acts
    // are void.
    f.replay(new NoticeGiven(f.meta(at(10, 12)), "m1", "d3", NoticeMethod.EMAIL));
    f.replay(f.motion("m1", "r1", 10, votes(ids(1, 2), List.of(), List.of())));
    appointment = f.replay(new OfficerAppointed(f.meta(at(10, 13)), "acme", Office.PRESIDENT, "d2", "r1"));
  }

  private String presidentOn11th(Register r) {
    return f.book.state(Basis.at(day(11)), r).office("acme", Office.PRESIDENT).map(t -> t.person()).orElse(null);
  }

  private Recorded ratify(Ratification basis, String failure) {
    f.replay(new WrittenConsentSigned(f.meta(at(20, 9)), "board", "c1", "ratify the appointment", ids(1, 3), null));
    return f.replay(new ActRatified(f.meta(at(20, 10)), "acme", appointment.act().id(), "c1", basis, failure));
  }

  @Test
  void beforeAnyCure_theVoidAppointmentSeatsNoPresidentInLaw() {
    assertThat(appointment.verdict().label()).isEqualTo("invalid (void)");
    assertThat(presidentOn11th(Register.ACTED)).isEqualTo("d2");
    assertThat(presidentOn11th(Register.LEGAL)).isNull();
  }

  @Test
  void ratificationUnder204_putsTheVoidAppointmentInEffectUnderBothViews_fromItsOwnTime() {
    Recorded r = ratify(Ratification.DGCL_204, "d3 had no notice of the special meeting of day 10");
    assertThat(r.verdict().status()).isEqualTo(Status.VALID);
    assertThat(finding(r.verdict(), "DE-204-ratify").outcome()).isEqualTo(Finding.Outcome.MET);
    assertThat(finding(r.verdict(), "DE-204-ratify-vote").detail()).contains("needs a majority");
    // From the appointment's own time, day 10, not from the ratification's, day 20.
    assertThat(presidentOn11th(Register.LEGAL)).isEqualTo("d2");
    assertThat(presidentOn11th(Register.ACTED)).isEqualTo("d2");
    assertThat(f.book.find(appointment.act().id()).orElseThrow().judged().curedBy()).isEqualTo(r.act().id());
    // As the record stood before the ratification was recorded, the appointment was not in effect.
    assertThat(f.book.state(new Basis(day(11), at(20, 9)), Register.LEGAL).office("acme", Office.PRESIDENT))
        .isEmpty();
  }

  @Test
  void ratificationUnder204_withoutTheFailureStated_curesNothing() {
    Recorded r = ratify(Ratification.DGCL_204, null);
    assertThat(finding(r.verdict(), "DE-204-ratify").outcome()).isEqualTo(Finding.Outcome.NOT_MET);
    assertThat(finding(r.verdict(), "DE-204-ratify").detail()).contains("must state the failure of authorization");
    assertThat(presidentOn11th(Register.LEGAL)).isNull();
  }

  @Test
  void anOrdinaryRatifyingVote_cannotCureTheVoidAppointment() {
    Recorded r = ratify(Ratification.ORDINARY, null);
    assertThat(r.verdict().label()).isEqualTo("invalid (void)");
    assertThat(finding(r.verdict(), "DE-ratify-ordinary").detail()).contains("cannot cure a void act");
    assertThat(presidentOn11th(Register.LEGAL)).isNull();
  }

  @Test
  void theCourtsValidationUnder205_putsTheAppointmentInEffect() {
    Recorded c = f.replay(new CourtValidated(f.meta(day(40)), "acme", appointment.act().id(), "Court of Chancery",
        "C.A. No. 0000-X (hypothetical)"));
    assertThat(finding(c.verdict(), "DE-205-court").outcome()).isEqualTo(Finding.Outcome.MET);
    assertThat(presidentOn11th(Register.LEGAL)).isEqualTo("d2");
  }

  @Test
  void aWrittenWaiverByTheUnnoticedDirectorAfterTheMeeting_makesTheAppointmentValid() {
    // 8 Del. C. § 229: a written waiver "before or after" the meeting counts as notice.
    f.replay(new NoticeWaived(f.meta(day(15)), "m1", "d3", true));
    assertThat(f.book.find(appointment.act().id()).orElseThrow().verdict().status()).isNotEqualTo(Status.INVALID);
    assertThat(presidentOn11th(Register.LEGAL)).isEqualTo("d2");
    assertThat(f.book.rejudged()).extracting(x -> x.act().id()).contains(appointment.act().id());
  }

  @Test
  void aCureEnteredBeforeTheActItCures_takesEffectWhenTheActArrives() {
    Fixtures g = new Fixtures().org("delaware-stock", 3, bylaws(24), null);
    g.replayAll(g.meeting("m1", 10, ids(2, 2), ids(1, 2)));
    g.replay(new NoticeGiven(g.meta(at(10, 12)), "m1", "d3", NoticeMethod.EMAIL));
    g.replay(g.motion("m1", "r1", 10, votes(ids(1, 2), List.of(), List.of())));
    g.replay(new WrittenConsentSigned(g.meta(at(20, 9)), "board", "c1", "ratify", ids(1, 3), null));
    Recorded r = g.replay(new ActRatified(g.meta(at(20, 10)), "acme", "late-appointment", "c1",
        Ratification.DGCL_204, "no notice to d3"));
    assertThat(finding(r.verdict(), "DE-204-ratify").detail()).contains("not on record");
    g.replay(new OfficerAppointed(new org.charter.core.act.ActMeta("late-appointment", at(10, 13), at(10, 13),
        "charter", List.of(), null), "acme", Office.PRESIDENT, "d2", "r1"));
    assertThat(g.book.find(r.act().id()).orElseThrow().verdict().status()).isEqualTo(Status.VALID);
    assertThat(g.book.state(Basis.at(day(11)), Register.LEGAL).office("acme", Office.PRESIDENT)).isPresent();
  }
}

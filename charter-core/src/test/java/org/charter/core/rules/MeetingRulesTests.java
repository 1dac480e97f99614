package org.charter.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charter.core.Fixtures.at;
import static org.charter.core.Fixtures.bylaws;
import static org.charter.core.Fixtures.finding;
import static org.charter.core.Fixtures.ids;
import static org.charter.core.Fixtures.votes;

import java.util.List;
import org.charter.core.Fixtures;
import org.charter.core.act.Attendance;
import org.charter.core.act.AttendanceMode;
import org.charter.core.act.MeetingHeld;
import org.charter.core.act.MotionVoted;
import org.charter.core.act.NoticeGiven;
import org.charter.core.act.NoticeMethod;
import org.charter.core.act.NoticeWaived;
import org.charter.core.verdict.Finding;
import org.charter.core.verdict.Status;
import org.charter.core.verdict.Verdict;
import org.junit.jupiter.api.Test;

/** Quorum, vote, notice, waiver, call and remote-attendance rules at a board meeting. */
class MeetingRulesTests {
  @Test
  void removal_withThreeOfSixPresent_isInvalidCitingQuorum() {
    Fixtures f = new Fixtures().org("delaware-nonstock", 6, bylaws(24), false);
    f.replayAll(f.meeting("m1", 10, ids(1, 6), ids(2, 4)));
    Verdict motion = f.replay(f.motion("m1", "r1", 10, votes(ids(2, 4), List.of(), List.of()))).verdict();
    Verdict removal = f.replay(f.removeCeo("r1", 10)).verdict();
    assertThat(finding(motion, "DE-141b-quorum").outcome()).isEqualTo(Finding.Outcome.NOT_MET);
    assertThat(finding(motion, "DE-141b-quorum").detail()).contains("present 3 of 6").contains("quorum 4: not met");
    assertThat(removal.status()).isEqualTo(Status.INVALID);
    assertThat(finding(removal, "CH-basis").detail()).contains("invalid (void)");
  }

  @Test
  void removal_withQuorumNoticeAndMajority_isValid() {
    Fixtures f = new Fixtures().org("delaware-nonstock", 6, bylaws(24), false);
    f.replayAll(f.meeting("m1", 10, ids(1, 6), ids(1, 6)));
    Verdict motion = f.replay(f.motion("m1", "r1", 10, votes(ids(2, 5), List.of("d1"), List.of("d6")))).verdict();
    Verdict removal = f.replay(f.removeCeo("r1", 10)).verdict();
    assertThat(motion.status()).as(motion.findings().toString()).isEqualTo(Status.VALID);
    assertThat(removal.status()).as(removal.findings().toString()).isEqualTo(Status.VALID);
    assertThat(finding(removal, "DE-142-officers").detail()).contains("yes 4, no 1, abstain 1");
  }

  @Test
  void vote_withAbstentionsUnderDelaware_countsThemAsNo() {
    Fixtures f = new Fixtures().org("delaware-nonstock", 6, bylaws(24), false);
    f.replayAll(f.meeting("m1", 10, ids(1, 6), ids(1, 6)));
    Verdict motion = f.replay(f.motion("m1", "r1", 10, votes(ids(1, 3), List.of("d4"), ids(5, 6)))).verdict();
    assertThat(motion.status()).isEqualTo(Status.INVALID);
    assertThat(finding(motion, "DE-141b-vote").detail()).contains("failed, yet reported adopted");
  }

  @Test
  void vote_withAbstentionsUnderRobertsRules_leavesThemOut() {
    Fixtures f = new Fixtures().org("roberts-rules", 6, bylaws(24), false);
    f.replayAll(f.meeting("m1", 10, ids(1, 6), ids(1, 6)));
    Verdict motion = f.replay(f.motion("m1", "r1", 10, votes(ids(1, 3), List.of("d4"), ids(5, 6)))).verdict();
    assertThat(finding(motion, "RR-majority").outcome()).isEqualTo(Finding.Outcome.MET);
    assertThat(finding(motion, "RR-majority").detail()).contains("adopted");
  }

  @Test
  void notice_tooLateToAbsentDirector_isVoid() {
    Fixtures f = new Fixtures().org("delaware-nonstock", 6, bylaws(24), false);
    f.replayAll(f.meeting("m1", 10, ids(1, 5), ids(1, 5)));
    f.replay(new NoticeGiven(f.meta(at(10, 11)), "m1", "d6", NoticeMethod.TEXT));
    Verdict motion = f.replay(f.motion("m1", "r1", 10, votes(ids(1, 5), List.of(), List.of()))).verdict();
    Finding notice = finding(motion, "DE-notice");
    assertThat(notice.outcome()).isEqualTo(Finding.Outcome.NOT_MET);
    assertThat(notice.detail()).contains("Director 6: notice").contains("too late");
    assertThat(motion.label()).isEqualTo("invalid (void)");
  }

  @Test
  void notice_notOnRecordForAbsentDirector_isUnknownNotAGuess() {
    Fixtures f = new Fixtures().org("delaware-nonstock", 6, bylaws(24), false);
    f.replayAll(f.meeting("m1", 10, ids(1, 5), ids(1, 5)));
    Verdict motion = f.replay(f.motion("m1", "r1", 10, votes(ids(1, 5), List.of(), List.of()))).verdict();
    assertThat(finding(motion, "DE-notice").outcome()).isEqualTo(Finding.Outcome.UNKNOWN);
    assertThat(motion.status()).isEqualTo(Status.UNDETERMINED);
  }

  @Test
  void notice_waivedInWriting_counts() {
    Fixtures f = new Fixtures().org("delaware-nonstock", 6, bylaws(24), false);
    f.replayAll(f.meeting("m1", 10, ids(1, 5), ids(1, 5)));
    f.replay(new NoticeWaived(f.meta(at(11, 9)), "m1", "d6", true));
    Verdict motion = f.replay(f.motion("m1", "r1", 10, votes(ids(1, 5), List.of(), List.of()))).verdict();
    // A written waiver signed after the meeting counts as notice.
    assertThat(finding(motion, "DE-notice").outcome()).isEqualTo(Finding.Outcome.MET);
    assertThat(finding(motion, "DE-notice").detail()).contains("Director 6: no notice on record; waived in writing");
  }

  @Test
  void notice_attendingWithoutObjection_waivesIt() {
    Fixtures f = new Fixtures().org("delaware-nonstock", 3, bylaws(24), false);
    f.replayAll(f.meeting("m1", 10, List.of(), ids(1, 3)));
    Verdict motion = f.replay(f.motion("m1", "r1", 10, votes(ids(1, 3), List.of(), List.of()))).verdict();
    assertThat(finding(motion, "DE-notice").outcome()).isEqualTo(Finding.Outcome.MET);
    assertThat(finding(motion, "DE-notice").detail()).contains("attended without objecting (waived)");
  }

  @Test
  void notice_attendingToObject_doesNotWaiveIt() {
    Fixtures f = new Fixtures().org("delaware-nonstock", 3, bylaws(24), false);
    f.replayAll(f.meeting("m1", 10, ids(1, 2), List.of()));
    f.replay(new MeetingHeld(f.meta(at(10, 12)), "m1", List.of(
        new Attendance("d1", AttendanceMode.IN_PERSON, null, null, false),
        new Attendance("d2", AttendanceMode.IN_PERSON, null, null, false),
        new Attendance("d3", AttendanceMode.IN_PERSON, null, null, true))));
    Verdict motion = f.replay(f.motion("m1", "r1", 10, votes(ids(1, 2), List.of("d3"), List.of()))).verdict();
    assertThat(finding(motion, "DE-notice").outcome()).isEqualTo(Finding.Outcome.NOT_MET);
  }

  @Test
  void remoteAttendance_underRobertsRulesWithoutBylaws_isInvalid() {
    Fixtures f = new Fixtures().org("roberts-rules", 3, bylaws(24), false);
    f.replayAll(f.meeting("m1", 10, ids(1, 3), List.of()));
    f.replay(new MeetingHeld(f.meta(at(10, 12)), "m1", List.of(
        new Attendance("d1", AttendanceMode.VIDEO, null, null, false),
        new Attendance("d2", AttendanceMode.IN_PERSON, null, null, false),
        new Attendance("d3", AttendanceMode.IN_PERSON, null, null, false))));
    MotionVoted m = f.motion("m1", "r1", 10, votes(ids(2, 3), List.of(), List.of()));
    Verdict motion = f.replay(m).verdict();
    assertThat(finding(motion, "RR-no-absentee").outcome()).isEqualTo(Finding.Outcome.NOT_MET);
  }

  @Test
  void lateJoiner_isNotPresentAtAnEarlierVote() {
    Fixtures f = new Fixtures().org("delaware-nonstock", 4, bylaws(24), false);
    f.replayAll(f.meeting("m1", 10, ids(1, 4), List.of()));
    f.replay(new MeetingHeld(f.meta(at(10, 12)), "m1", List.of(
        new Attendance("d1", AttendanceMode.IN_PERSON, null, null, false),
        new Attendance("d2", AttendanceMode.IN_PERSON, null, null, false),
        new Attendance("d3", AttendanceMode.IN_PERSON, at(10, 13), null, false))));
    Verdict motion = f.replay(f.motion("m1", "r1", 10, votes(ids(1, 2), List.of(), List.of()))).verdict();
    assertThat(finding(motion, "DE-141b-quorum").detail()).contains("present 2 of 4");
  }
}

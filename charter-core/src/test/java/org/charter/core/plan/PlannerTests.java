package org.charter.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.charter.core.Fixtures.at;
import static org.charter.core.Fixtures.bylaws;
import static org.charter.core.Fixtures.sized;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.charter.core.Fixtures;
import org.charter.core.act.Act;
import org.charter.core.act.ActMeta;
import org.charter.core.act.BylawTerms;
import org.charter.core.act.Caller;
import org.charter.core.act.NoticeGiven;
import org.charter.core.act.NoticeMethod;
import org.charter.core.act.Office;
import org.charter.core.act.OfficerRemoved;
import org.charter.core.book.Recorded;
import org.charter.core.verdict.Finding;
import org.junit.jupiter.api.Test;

/**
 * The planner on a Delaware stock corporation of five directors (d1..d5, d1 the CEO) with 24 hours' notice: removing
 * the CEO at noon on day 10. A majority of the five is a quorum and a majority of those present carries, so three
 * directors carry it whatever the other two do, and a consent needs all five (8 Del. C. § 141(b), (f)).
 */
class PlannerTests {
  private static final Instant MEETING = at(10, 12);

  private static List<Act> record(BylawTerms b, boolean sized) {
    Fixtures f = new Fixtures();
    if (sized) {
      f.org("delaware-stock", 5, b, null);
    } else {
      f.orgOfUnknownSize("delaware-stock", 5, b, null);
    }
    return f.book.timeline().stream().map(Recorded::act).toList();
  }

  private static Plan plan(List<Act> record, Instant by) {
    Act removal = new OfficerRemoved(ActMeta.of("plan-remove-d1", MEETING), "acme", Office.CEO, "d1", null);
    return new Planner("acme", java.time.ZoneOffset.UTC, record).plan(List.of(removal), by);
  }

  private static List<List<String>> sets(List<Plan.Coalition> cs) {
    // The register lists directors seated at one moment in the order of their acts' ids: compare sets, not order.
    return cs.stream().map(c -> c.members().stream().sorted().toList()).toList();
  }

  private static List<List<String>> threes(List<String> of) {
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < of.size(); i++) {
      for (int j = i + 1; j < of.size(); j++) {
        for (int k = j + 1; k < of.size(); k++) {
          out.add(List.of(of.get(i), of.get(j), of.get(k)));
        }
      }
    }
    return out;
  }

  private static final List<String> ALL = List.of("d1", "d2", "d3", "d4", "d5");

  @Test
  void inTime_anyThreeDirectorsCarryAMeeting_andOnlyAllFiveAConsent() {
    Plan p = plan(record(bylaws(24), true), at(8, 12));
    assertThat(p.directors()).containsExactlyInAnyOrderElementsOf(ALL);
    Plan.Route meeting = p.routes().get(0);
    assertThat(meeting.way()).isEqualTo(Plan.Way.MEETING);
    assertThat(meeting.late()).isFalse();
    assertThat(meeting.actBy()).isEqualTo(at(9, 12));
    assertThat(sets(meeting.carry())).containsExactlyInAnyOrderElementsOf(threes(ALL));
    assertThat(meeting.mayCarry()).isEmpty();
    assertThat(meeting.mayCall()).containsExactlyInAnyOrderElementsOf(ALL);
    assertThat(meeting.notices()).allSatisfy(n -> assertThat(n.deadlines())
        .allSatisfy(d -> assertThat(d.latest()).isEqualTo(at(9, 12))));
    assertThat(meeting.asked()).extracting(Finding::ruleId)
        .contains("DE-notice-call", "DE-notice", "DE-141b-quorum", "DE-141b-vote", "DE-142-officers");
    Plan.Route consent = p.routes().get(1);
    assertThat(consent.way()).isEqualTo(Plan.Way.CONSENT);
    assertThat(sets(consent.carry())).containsExactly(ALL);
    assertThat(p.routes()).hasSize(2);
  }

  @Test
  void noticeAlreadyDue_onlyAllFiveCarryThatMeeting_andThreeCarryTheEarliestMeetingNoticeStillAllows() {
    Plan p = plan(record(bylaws(24), true), at(9, 18));
    Plan.Route meeting = p.routes().get(0);
    assertThat(meeting.late()).isTrue();
    assertThat(meeting.why()).contains("notice was due by 2024-01-10 12:00", "waiver");
    // Every director calls the meeting together, so none needs notice; three alone cannot give the others notice now.
    assertThat(sets(meeting.carry())).containsExactly(ALL);
    Plan.Route later = p.routes().get(1);
    assertThat(later.way()).isEqualTo(Plan.Way.MEETING);
    assertThat(later.at()).isEqualTo(at(10, 18));
    assertThat(later.late()).isFalse();
    assertThat(sets(later.carry())).containsExactlyInAnyOrderElementsOf(threes(ALL));
    assertThat(p.routes().get(2).way()).isEqualTo(Plan.Way.CONSENT);
  }

  @Test
  void onlyTheCeoMayCall_everyCarryingSetHoldsTheCeo() {
    BylawTerms b = bylaws(24);
    BylawTerms ceoCalls = new BylawTerms(b.citation(), 5, null, null, 24, List.of(Caller.CEO), null, null, null,
        null, null, null, null, null);
    Plan.Route meeting = plan(record(ceoCalls, true), at(8, 12)).routes().get(0);
    assertThat(meeting.mayCall()).containsExactly("d1");
    assertThat(meeting.callers()).containsExactly("the CEO");
    List<List<String>> withCeo = threes(ALL).stream().filter(s -> s.contains("d1")).toList();
    assertThat(sets(meeting.carry())).containsExactlyInAnyOrderElementsOf(withCeo);
  }

  @Test
  void noBoardSizeOnRecord_threeMayCarry_turningOnQuorum() {
    Plan.Route meeting = plan(record(bylaws(24), false), at(8, 12)).routes().get(0);
    assertThat(meeting.carry()).isEmpty();
    assertThat(sets(meeting.mayCarry())).containsExactlyInAnyOrderElementsOf(threes(ALL));
    assertThat(meeting.mayCarry().get(0).open()).extracting(Finding::ruleId).containsExactly("DE-141b-quorum");
    assertThat(meeting.mayCarry().get(0).open().get(0).detail()).contains("no board size is on record");
  }

  @Test
  void refusesWhatCannotBePlanned() {
    List<Act> record = record(bylaws(24), true);
    Planner planner = new Planner("acme", java.time.ZoneOffset.UTC, record);
    Act notice = new NoticeGiven(ActMeta.of("n", MEETING), "m", "d2", NoticeMethod.EMAIL);
    assertThatThrownBy(() -> planner.plan(List.of(notice), null))
        .hasMessageContaining("not one a board takes under a resolution");
    Act a = new OfficerRemoved(ActMeta.of("a", MEETING), "acme", Office.CEO, "d1", null);
    Act b = new OfficerRemoved(ActMeta.of("b", MEETING.plusSeconds(60)), "acme", Office.CEO, "d1", null);
    assertThatThrownBy(() -> planner.plan(List.of(a, b), null)).hasMessageContaining("at one time");
    assertThatThrownBy(() -> planner.plan(List.of(a), at(11, 0))).hasMessageContaining("is after the acts' time");
    assertThatThrownBy(() -> planner.plan(List.of(), null)).hasMessageContaining("no act to plan");
  }
}

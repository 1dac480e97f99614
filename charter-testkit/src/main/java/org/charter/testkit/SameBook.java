package org.charter.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.charter.core.book.Book;
import org.charter.core.book.Recorded;
import org.charter.core.report.StateReport;
import org.charter.core.report.TimelineReport;
import org.charter.core.state.Basis;
import org.charter.core.state.Register;

/**
 * Asserts that two books answer alike: the same entries (act, place, hashes), the same verdicts under the rules and as
 * acted, the same cures, corrections and retractions, the same timeline report, and the same registers (both) at every
 * sampled moment an act happened, as the record stands and as it stood at sampled recorded times.
 */
public final class SameBook {
  private SameBook() {}

  /** Checks every act and the registers at up to {@code moments} valid times (and as recorded at a few of them). */
  public static void assertSame(Book expected, Book actual, int moments) {
    assertThat(actual.id()).isEqualTo(expected.id());
    assertThat(actual.size()).as("size").isEqualTo(expected.size());
    List<Recorded> a = actual.timeline();
    List<Recorded> e = expected.timeline();
    TreeSet<Instant> valid = new TreeSet<>();
    TreeSet<Instant> recorded = new TreeSet<>();
    for (int i = 0; i < e.size(); i++) {
      Recorded x = e.get(i);
      Recorded y = a.get(i);
      String what = "entry " + i + " (" + x.act().id() + ")";
      assertThat(y.seq()).as(what).isEqualTo(x.seq());
      assertThat(y.act()).as(what).isEqualTo(x.act());
      assertThat(y.hashHex()).as(what).isEqualTo(x.hashHex());
      assertThat(y.entry()).as(what).isEqualTo(x.entry());
      assertThat(y.judged().act()).as(what + " as it now stands").isEqualTo(x.judged().act());
      assertThat(y.judged().retractedBy()).as(what + " retracted by").isEqualTo(x.judged().retractedBy());
      assertThat(y.judged().curedBy()).as(what + " cured by").isEqualTo(x.judged().curedBy());
      assertThat(y.verdict(Register.LEGAL)).as(what + " under the rules").isEqualTo(x.verdict(Register.LEGAL));
      assertThat(y.verdict(Register.ACTED)).as(what + " as acted").isEqualTo(x.verdict(Register.ACTED));
      assertThat(actual.verdict(x.act().id())).as(what).isEqualTo(expected.verdict(x.act().id()));
      valid.add(x.judged().act().meta().validAt());
      recorded.add(x.act().meta().recordedAt());
    }
    for (String m : expected.meetings()) {
      assertThat(ids(actual.meetingActs(m))).as("acts of meeting " + m).isEqualTo(ids(expected.meetingActs(m)));
    }
    assertThat(actual.meetings()).isEqualTo(expected.meetings());
    assertThat(actual.firstValidAt()).isEqualTo(expected.firstValidAt());
    assertThat(actual.lastValidAt()).isEqualTo(expected.lastValidAt());
    assertThat(TimelineReport.tree(a, actual, actual.zone()).toString())
        .isEqualTo(TimelineReport.tree(e, expected, expected.zone()).toString());
    List<Register> both = List.of(Register.LEGAL, Register.ACTED);
    for (Instant t : sample(valid, moments)) {
      for (Instant at : List.of(t, t.minusNanos(1))) {
        assertThat(StateReport.views(actual, Basis.at(at), actual.zone(), null, both).toString())
            .as("registers at %s", at)
            .isEqualTo(StateReport.views(expected, Basis.at(at), expected.zone(), null, both).toString());
      }
    }
    for (Instant r : sample(recorded, Math.max(1, moments / 8))) {
      Basis b = new Basis(Instant.MAX, r);
      assertThat(StateReport.views(actual, b, actual.zone(), null, both).toString()).as("as recorded at %s", r)
          .isEqualTo(StateReport.views(expected, b, expected.zone(), null, both).toString());
    }
  }

  private static List<String> ids(List<Recorded> rs) {
    return rs.stream().map(r -> r.act().id()).toList();
  }

  private static List<Instant> sample(TreeSet<Instant> all, int n) {
    List<Instant> list = new ArrayList<>(all);
    if (list.size() <= n) {
      return list;
    }
    List<Instant> out = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      out.add(list.get((int) ((long) k * (list.size() - 1) / Math.max(1, n - 1))));
    }
    return out;
  }
}

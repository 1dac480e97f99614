package org.charter.core.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.charter.core.Fixtures.at;
import static org.charter.core.Fixtures.bylaws;
import static org.charter.core.Fixtures.ids;
import static org.charter.core.Fixtures.votes;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.charter.core.Fixtures;
import org.charter.core.act.Act;
import org.charter.core.act.Attendance;
import org.charter.core.act.AttendanceMode;
import org.charter.core.act.MeetingHeld;
import org.charter.core.act.WrittenConsentSigned;
import org.charter.core.ledger.ConflictException;
import org.charter.core.ledger.LedgerEntry;
import org.charter.core.state.Basis;
import org.charter.core.verdict.Finding;
import org.charter.core.verdict.Verdict;
import org.junit.jupiter.api.Test;

/** Invariants of a book: live refusals change nothing, replay is deterministic, quorum is monotone in attendance. */
class BookPropertiesTests {
  @Test
  void record_ofAnInvalidLiveAct_changesNothing() {
    Random r = new Random(7);
    for (int round = 0; round < 50; round++) {
      int n = 2 + r.nextInt(7);
      Fixtures f = new Fixtures().org("delaware-nonstock", n, bylaws(24), false);
      List<LedgerEntry> before = f.book.entries();
      int signers = r.nextInt(n);
      WrittenConsentSigned partial =
          new WrittenConsentSigned(f.meta(at(5, 9)), "board", "c1", "x", ids(1, signers), null);
      assertThatThrownBy(() -> f.book.record(partial)).isInstanceOf(RejectedException.class)
          .hasMessageContaining("invalid");
      assertThat(f.book.entries()).isEqualTo(before);
      assertThat(f.book.state(Basis.at(at(6, 0))).resolution("c1")).isEmpty();
    }
  }

  @Test
  void record_ofAValidLiveAct_isAppended() {
    Fixtures f = new Fixtures().org("delaware-nonstock", 3, bylaws(24), false);
    Recorded r = f.book.record(new WrittenConsentSigned(f.meta(at(5, 9)), "board", "c1", "x", ids(1, 3), null));
    assertThat(f.book.entries()).endsWith(r.entry());
    assertThat(f.book.state(Basis.at(at(6, 0))).resolution("c1")).isPresent();
  }

  @Test
  void replayStored_ofAnotherBooksEntries_rebuildsTheSameBookAndRefusesADifferentEntry() {
    Fixtures f = new Fixtures().org("delaware-nonstock", 3, bylaws(24), false);
    f.book.record(new WrittenConsentSigned(f.meta(at(5, 9)), "board", "c1", "x", ids(1, 3), null));
    List<LedgerEntry> stored = f.book.entries();
    Book copy = new Book(f.book.id(), java.time.ZoneOffset.UTC);
    for (LedgerEntry e : stored.subList(0, stored.size() - 1)) {
      copy.replayStored(org.charter.core.ledger.Canonical.decode(e.payload()), e);
    }
    // The last act offered with the entry of the one before it: a different place in the chain.
    LedgerEntry last = stored.get(stored.size() - 1);
    LedgerEntry misplaced = stored.get(stored.size() - 2);
    Act act = org.charter.core.ledger.Canonical.decode(last.payload());
    assertThatThrownBy(() -> copy.replayStored(act, misplaced)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("entry " + misplaced.seq()).hasMessageContaining("does not match");
    assertThat(copy.timeline()).hasSize(stored.size() - 1);
    copy.replayStored(act, last);
    assertThat(copy.entries()).isEqualTo(stored);
    assertThat(copy.timeline().get(stored.size() - 1).hashHex()).isEqualTo(last.hashHex());
  }

  @Test
  void sizeLastFindAndValidTimes_agreeWithTheTimeline() {
    Fixtures f = new Fixtures().org("delaware-nonstock", 3, bylaws(24), false);
    List<Recorded> timeline = f.book.timeline();
    assertThat(f.book.size()).isEqualTo(timeline.size());
    assertThat(f.book.last()).contains(timeline.get(timeline.size() - 1));
    for (Recorded r : timeline) {
      assertThat(f.book.find(r.act().id())).contains(r);
    }
    assertThat(f.book.find("no-such-act")).isEmpty();
    assertThat(f.book.firstValidAt()).contains(timeline.stream().map(r -> r.act().meta().validAt())
        .min(java.time.Instant::compareTo).orElseThrow());
    assertThat(f.book.lastValidAt()).contains(timeline.stream().map(r -> r.act().meta().validAt())
        .max(java.time.Instant::compareTo).orElseThrow());
    Book empty = new Book("empty", java.time.ZoneOffset.UTC);
    assertThat(empty.size()).isZero();
    assertThat(empty.last()).isEmpty();
    assertThat(empty.lastValidAt()).isEmpty();
  }

  @Test
  void record_ofADuplicateId_isAConflict() {
    Fixtures f = new Fixtures().org("delaware-nonstock", 3, bylaws(24), false);
    Act a = new WrittenConsentSigned(f.meta(at(5, 9)), "board", "c1", "x", ids(1, 3), null);
    f.book.record(a);
    assertThatThrownBy(() -> f.book.replay(a)).isInstanceOf(ConflictException.class);
  }

  @Test
  void replay_twice_givesTheSameLedgerAndVerdicts() {
    for (long seed = 0; seed < 20; seed++) {
      List<Act> acts = randomHistory(new Random(seed));
      Fixtures a = new Fixtures().org("delaware-nonstock", 6, bylaws(24), false);
      Fixtures b = new Fixtures().org("delaware-nonstock", 6, bylaws(24), false);
      List<Verdict> va = new ArrayList<>();
      List<Verdict> vb = new ArrayList<>();
      acts.forEach(x -> va.add(a.replay(x).verdict()));
      acts.forEach(x -> vb.add(b.replay(x).verdict()));
      assertThat(a.book.entries()).isEqualTo(b.book.entries());
      assertThat(va).isEqualTo(vb);
    }
  }

  private static List<Act> randomHistory(Random r) {
    Fixtures f = new Fixtures();
    List<Act> acts = new ArrayList<>();
    for (int m = 0; m < 5; m++) {
      int day = 10 + 3 * m;
      List<String> present = ids(1, 1 + r.nextInt(6));
      acts.addAll(f.meeting("m" + m, day, ids(1, r.nextInt(7)), present));
      acts.add(f.motion("m" + m, "r" + m, day, votes(present.subList(0, r.nextInt(present.size() + 1)), List.of(),
          List.of())));
    }
    // Ids must not clash with the fixture's own acts.
    List<Act> renamed = new ArrayList<>();
    for (Act a : acts) {
      renamed.add(org.charter.core.ledger.Canonical.decode(new String(org.charter.core.ledger.Canonical.encode(a),
          java.nio.charset.StandardCharsets.UTF_8).replace("\"id\":\"a", "\"id\":\"h")
          .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
    return renamed;
  }

  @Test
  void quorum_whenOneMoreDirectorAttends_neverTurnsFromMetToMissed() {
    qt().withExamples(200).forAll(integers().between(1, 9), integers().between(0, 9), integers().between(0, 8))
        .checkAssert((n, presentRaw, extraRaw) -> {
          int present = Math.min(presentRaw, n - 1);
          boolean before = quorumMet(n, ids(1, present));
          boolean after = quorumMet(n, ids(1, present + 1));
          assertThat(!before || after).as("n=%d present=%d", n, present).isTrue();
        });
  }

  private static boolean quorumMet(int n, List<String> present) {
    Fixtures f = new Fixtures().org("delaware-nonstock", n, bylaws(24), false);
    f.replayAll(f.meeting("m", 10, ids(1, n), List.of()));
    List<Attendance> att = present.stream()
        .map(p -> new Attendance(p, AttendanceMode.IN_PERSON, null, null, false)).toList();
    f.replay(new MeetingHeld(f.meta(at(10, 12)), "m", att));
    Verdict v = f.replay(f.motion("m", "r", 10, votes(present, List.of(), List.of()))).verdict();
    return v.findings().stream().filter(x -> x.ruleId().equals("DE-141b-quorum"))
        .allMatch(x -> x.outcome() == Finding.Outcome.MET);
  }
}

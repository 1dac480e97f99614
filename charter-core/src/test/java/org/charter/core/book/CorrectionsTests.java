package org.charter.core.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charter.core.Fixtures.at;
import static org.charter.core.Fixtures.bylaws;
import static org.charter.core.Fixtures.day;

import java.time.Instant;
import java.util.List;
import org.charter.core.Fixtures;
import org.charter.core.act.Act;
import org.charter.core.act.ActCorrected;
import org.charter.core.act.ActMeta;
import org.charter.core.act.ActRetracted;
import org.charter.core.act.DirectorResigned;
import org.charter.core.act.Office;
import org.charter.core.act.OfficerAppointed;
import org.charter.core.state.Basis;
import org.charter.core.state.Register;
import org.charter.core.verdict.Status;
import org.junit.jupiter.api.Test;

/**
 * Corrections and retractions: later entries that change how an earlier one is taken. The chain keeps both; a query as
 * recorded before the correction sees what the register showed then; verdicts are judged again from it.
 */
class CorrectionsTests {
  private static ActMeta meta(String id, Instant valid, Instant recorded) {
    return new ActMeta(id, valid, recorded, "test", List.of(), null);
  }

  private static String secretary(Book b, Instant at, Instant recorded) {
    return b.state(new Basis(at, recorded), Register.LEGAL).office("acme", Office.SECRETARY).map(t -> t.person())
        .orElse(null);
  }

  @Test
  void correctingAValidTime_movesTheActFromTheCorrectionsRecordedTimeOn_andKeepsTheOldAnswerAsRecordedBefore() {
    Fixtures f = new Fixtures().org("delaware-stock", 3, bylaws(24), null);
    f.replay(new OfficerAppointed(meta("sec", day(5), day(5)), "acme", Office.SECRETARY, "d2", null));
    assertThat(secretary(f.book, day(10), Instant.MAX)).isEqualTo("d2");
    Recorded c = f.replay(new ActCorrected(meta("fix", day(20), day(20)), "sec", day(15), "the minutes give day 15"));
    assertThat(c.verdict().status()).isEqualTo(Status.VALID);
    // As the record stands now, the appointment happened on day 15.
    assertThat(secretary(f.book, day(10), Instant.MAX)).isNull();
    assertThat(secretary(f.book, day(16), Instant.MAX)).isEqualTo("d2");
    // As recorded on day 19, before the correction, it happened on day 5.
    assertThat(secretary(f.book, day(10), day(19))).isEqualTo("d2");
    // The chain keeps both entries; the report of the act says where it now stands.
    assertThat(f.book.find("sec").orElseThrow().act().meta().validAt()).isEqualTo(day(5));
    assertThat(f.book.find("sec").orElseThrow().judged().act().meta().validAt()).isEqualTo(day(15));
    assertThat(f.book.size()).isGreaterThan(2);
  }

  @Test
  void correctingAnActDatedBySpan_givesItTheFullTime_andNoLongerTheSpan() {
    Fixtures f = new Fixtures().org("delaware-stock", 3, bylaws(24), null);
    Instant y2024 = Instant.parse("2024-01-01T00:00:00Z");
    Instant y2025 = Instant.parse("2025-01-01T00:00:00Z");
    f.replay(new OfficerAppointed(new ActMeta("sec", y2024, y2024, "test", List.of(), null,
        org.charter.core.act.Precision.YEAR, y2025), "acme", Office.SECRETARY, "d2", null));
    f.replay(new ActCorrected(meta("fix", day(400), day(400)), "sec", day(300), "the minutes give the day"));
    ActMeta judged = f.book.find("sec").orElseThrow().judged().act().meta();
    assertThat(judged.validAt()).isEqualTo(day(300));
    assertThat(judged.precision()).isNull();
    assertThat(judged.through()).isNull();
    // The entry itself keeps the span it was recorded with.
    assertThat(f.book.find("sec").orElseThrow().act().meta().through()).isEqualTo(y2025);
  }

  @Test
  void retractingAResignation_seatsTheDirectorAgain_andAsRecordedBeforeItShowsThemGone() {
    Fixtures f = new Fixtures().org("delaware-stock", 3, bylaws(24), null);
    f.replay(new DirectorResigned(meta("bye", day(5), day(5)), "board", "d3"));
    assertThat(f.book.state(Basis.at(day(10)), Register.LEGAL).directorIds("board")).doesNotContain("d3");
    Recorded r = f.replay(new ActRetracted(meta("undo", day(20), day(20)), "bye", "entered for the wrong company"));
    assertThat(r.verdict().status()).isEqualTo(Status.VALID);
    assertThat(f.book.state(Basis.at(day(10)), Register.LEGAL).directorIds("board")).contains("d3");
    assertThat(f.book.state(Basis.at(day(10)), Register.ACTED).directorIds("board")).contains("d3");
    assertThat(f.book.state(new Basis(day(10), day(19)), Register.ACTED).directorIds("board")).doesNotContain("d3");
    assertThat(f.book.find("bye").orElseThrow().judged().retractedBy()).isEqualTo("undo");
  }

  @Test
  void aCorrectionOfAnActNotOnRecord_isVoid_andAnEntryCannotCorrectACorrection() {
    Fixtures f = new Fixtures().org("delaware-stock", 3, bylaws(24), null);
    Recorded c = f.replay(new ActCorrected(meta("fix", day(20), day(20)), "nothing", day(15), null));
    assertThat(c.verdict().label()).isEqualTo("invalid (void)");
    f.replay(new OfficerAppointed(meta("sec", day(5), day(1)), "acme", Office.SECRETARY, "d2", null));
    Recorded second = f.replay(new ActCorrected(meta("fix2", day(21), day(21)), "fix", day(16), null));
    assertThat(second.verdict().findings().get(0).detail()).contains("itself a correction");
  }

  @Test
  void aCorrectionEnteredBeforeTheActItCorrects_givesTheSameRegisterAsTheOtherOrder() {
    Act appointment = new OfficerAppointed(meta("sec", day(5), day(5)), "acme", Office.SECRETARY, "d2", null);
    Act fix = new ActCorrected(meta("fix", day(20), day(20)), "sec", day(15), null);
    Fixtures inOrder = new Fixtures().org("delaware-stock", 3, bylaws(24), null);
    inOrder.replay(appointment);
    inOrder.replay(fix);
    Fixtures reversed = new Fixtures().org("delaware-stock", 3, bylaws(24), null);
    reversed.replay(fix);
    reversed.replay(appointment);
    for (Instant t : List.of(day(10), day(16), at(15, 0))) {
      assertThat(secretary(reversed.book, t, Instant.MAX)).as("at %s", t).isEqualTo(secretary(inOrder.book, t,
          Instant.MAX));
    }
    assertThat(reversed.book.find("fix").orElseThrow().verdict()).isEqualTo(inOrder.book.find("fix").orElseThrow()
        .verdict());
  }
}

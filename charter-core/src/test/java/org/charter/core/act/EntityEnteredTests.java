package org.charter.core.act;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import org.charter.core.book.Book;
import org.charter.core.report.ActSummary;
import org.charter.core.state.Basis;
import org.charter.core.verdict.Finding;
import org.charter.core.verdict.Status;
import org.charter.core.verdict.Verdict;
import org.junit.jupiter.api.Test;

class EntityEnteredTests {
  private static final Instant T = Instant.parse("2023-11-19T08:00:00Z");

  private static ActMeta meta(String id, int hours) {
    return ActMeta.of(id, T.plusSeconds(3600L * hours));
  }

  /** A board and a director elected under the entity, whichever way it came on record. */
  private static Verdict boardOf(EntityOnRecord entity) {
    Book b = new Book("b", ZoneOffset.UTC);
    b.replay(entity);
    b.replay(new BodyEstablished(meta("board", 1), "board", "fund", BodyKind.BOARD, "Board"));
    b.replay(new PersonDescribed(meta("p", 1), "p", "P", List.of(), List.of(), List.of(), null));
    return b.replay(new DirectorElected(meta("p-elected", 2), "board", "p", "incorporator")).verdict();
  }

  @Test
  void anEnteredEntity_isJudgedUnderItsProfile_asAFormedOneIs() {
    Verdict formed = boardOf(new EntityFormed(meta("fund-formed", 0), "fund", "Fund", EntityKind.CORPORATION,
        "Delaware", "delaware-stock", null));
    Verdict entered = boardOf(new EntityEntered(meta("fund-entered", 0), "fund", "Fund",
        EntityKind.CORPORATION, "Delaware", "delaware-stock", null));
    assertThat(entered.status()).isEqualTo(formed.status());
    assertThat(entered.findings().stream().map(Finding::ruleId).toList())
        .isEqualTo(formed.findings().stream().map(Finding::ruleId).toList())
        .isNotEmpty();
  }

  @Test
  void anEnteredEntityWithNoProfile_leavesItsActsUnknown_andIsItselfValid() {
    Book b = new Book("b", ZoneOffset.UTC);
    Verdict entry = b.replay(new EntityEntered(meta("ms", 0), "ms", "Microsoft Corporation", EntityKind.CORPORATION,
        "Washington", "none", null)).verdict();
    b.replay(new BodyEstablished(meta("ms-board", 1), "ms-board", "ms", BodyKind.BOARD, "Board"));
    b.replay(new PersonDescribed(meta("p", 1), "p", "P", List.of(), List.of(), List.of(), null));
    Verdict elected = b.replay(new DirectorElected(meta("p-elected", 2), "ms-board", "p", "shareholders")).verdict();
    assertThat(entry.status()).isEqualTo(Status.VALID);
    assertThat(elected.status()).isEqualTo(Status.UNDETERMINED);
    assertThat(elected.findings().toString()).contains("Washington").contains("not modelled");
  }

  @Test
  void theState_holdsAnEnteredEntity_fromItsEntry_andNotBefore() {
    Book b = new Book("b", ZoneOffset.UTC);
    b.replay(new EntityEntered(meta("fund-entered", 5), "fund", "Fund", EntityKind.LP, "not on record", "none", null));
    assertThat(b.state(Basis.at(T.plusSeconds(3600L * 4))).entity("fund")).isEmpty();
    assertThat(b.state(Basis.at(T.plusSeconds(3600L * 5))).entity("fund")).get()
        .isInstanceOf(EntityEntered.class).extracting(EntityOnRecord::name).isEqualTo("Fund");
  }

  @Test
  void theTimeline_saysTheEntityEntersTheRecord_notThatItWasFormed() {
    Function<String, String> name = id -> id;
    String entered = ActSummary.of(new EntityEntered(meta("t", 0), "thrive", "Thrive Capital", EntityKind.LP,
        "not on record", "none", null), name);
    String formed = ActSummary.of(new EntityFormed(meta("t", 0), "thrive", "Thrive Capital", EntityKind.LP,
        "Delaware", "none", null), name);
    assertThat(entered).startsWith("Thrive Capital enters the record").contains("formed earlier")
        .doesNotContain(" formed (");
    assertThat(formed).startsWith("Thrive Capital formed (");
  }

  @Test
  void setMembers_keepsTheActsType() {
    EntityOnRecord e = new EntityEntered(meta("e", 0), "e", "E", EntityKind.NONPROFIT_CORPORATION, "Delaware",
        "delaware-nonstock", null);
    assertThat(e.withHasMembers(true)).isInstanceOf(EntityEntered.class)
        .extracting(EntityOnRecord::hasMembers).isEqualTo(true);
  }
}

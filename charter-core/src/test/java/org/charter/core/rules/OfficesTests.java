package org.charter.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.charter.core.Fixtures.T0;
import static org.charter.core.Fixtures.at;
import static org.charter.core.Fixtures.bylaws;
import static org.charter.core.Fixtures.day;
import static org.charter.core.Fixtures.finding;
import static org.charter.core.Fixtures.ids;
import static org.charter.core.Fixtures.votes;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.charter.core.Fixtures;
import org.charter.core.act.BylawTerms;
import org.charter.core.act.Office;
import org.charter.core.act.OfficerAppointed;
import org.charter.core.act.OfficerRemoved;
import org.charter.core.book.Book;
import org.charter.core.ledger.Canonical;
import org.charter.core.state.Basis;
import org.charter.core.state.Register;
import org.charter.core.state.StateView;
import org.charter.core.verdict.Finding;
import org.charter.core.verdict.Verdict;
import org.junit.jupiter.api.Test;

/** Offices named by the entity's bylaws or board, not by a closed list (8 Del. C. § 142(a)). */
class OfficesTests {
  private static final Office EVP = new Office("executive-vice-president");

  /**
   * Apple, April 1985, as a shape: the board takes away the executive vice-president's office and he stays chairman.
   * Here d2 holds both; the board of five removes him as EVP at a noticed meeting.
   */
  @Test
  void evpRemoval_leavesTheChairInPlace_underBothRegisters() {
    Fixtures f = new Fixtures().org("delaware-stock", 5, bylaws(24), null);
    f.replay(new OfficerAppointed(f.meta(T0), "acme", Office.CHAIR, "d2", null));
    f.replay(new OfficerAppointed(f.meta(T0), "acme", EVP, "d2", null));
    f.replayAll(f.meeting("m1", 10, ids(1, 5), ids(1, 5)));
    f.replay(f.motion("m1", "r1", 10, votes(List.of("d1", "d3", "d4", "d5"), List.of("d2"), List.of())));
    Verdict removal = f.replay(new OfficerRemoved(f.meta(at(10, 13)), "acme", EVP, "d2", "r1")).verdict();

    assertThat(removal.status()).isEqualTo(org.charter.core.verdict.Status.VALID);
    assertThat(finding(removal, "DE-142-officers").detail()).startsWith("yes 4, no 1, abstain 0; 5 present of 5");
    for (Register r : Register.values()) {
      StateView before = f.book.state(Basis.at(day(9)), r);
      StateView after = f.book.state(Basis.at(day(11)), r);
      assertThat(before.office("acme", EVP)).map(t -> t.person()).contains("d2");
      assertThat(after.office("acme", EVP)).as(r.name()).isEmpty();
      assertThat(after.office("acme", Office.CHAIR)).map(t -> t.person()).contains("d2");
      assertThat(after.officesOf("acme", "d2")).containsExactly(Office.CHAIR);
    }
  }

  @Test
  void officeTheBylawsDoNotName_needsTheBoardsResolution() {
    BylawTerms named = new BylawTerms("test bylaws", 3, null, null, 24, null, null, null, null, null, null, null,
        List.of(Office.CEO, Office.SECRETARY));
    Fixtures f = new Fixtures().org("delaware-stock", 3, named, null);
    Office counsel = new Office("general-counsel");

    Verdict bare = f.replay(new OfficerAppointed(f.meta(day(2)), "acme", counsel, "d2", null)).verdict();
    Finding unnamed = finding(bare, "DE-142a-office");
    assertThat(unnamed.outcome()).isEqualTo(Finding.Outcome.UNKNOWN);
    assertThat(unnamed.detail()).isEqualTo("the bylaws name ceo, secretary, not general-counsel, and no resolution of"
        + " the board naming it is on record");
    assertThat(unnamed.citation()).isEqualTo("8 Del. C. § 142(a)");

    f.replayAll(f.meeting("m1", 10, ids(1, 3), ids(1, 3)));
    f.replay(f.motion("m1", "r1", 10, votes(ids(1, 3), List.of(), List.of())));
    Verdict resolved = f.replay(new OfficerAppointed(f.meta(at(10, 13)), "acme", counsel, "d3", "r1")).verdict();
    assertThat(finding(resolved, "DE-142a-office").outcome()).isEqualTo(Finding.Outcome.MET);
    assertThat(finding(resolved, "DE-142a-office").detail()).contains("resolution r1 names it");

    Verdict listed = f.replay(new OfficerAppointed(f.meta(day(12)), "acme", Office.SECRETARY, "d3", null)).verdict();
    assertThat(finding(listed, "DE-142a-office").detail()).isEqualTo("the bylaws name the office secretary");
  }

  @Test
  void bylawsThatNameNoOffices_letTheBoardNameAny() {
    Fixtures f = new Fixtures().org("delaware-stock", 3, bylaws(24), null);
    Verdict v = f.replay(new OfficerAppointed(f.meta(day(2)), "acme", new Office("head-of-macintosh"), "d2", null))
        .verdict();
    assertThat(v.findings()).noneMatch(x -> x.ruleId().equals("DE-142a-office"));
    assertThat(f.book.state(Basis.at(day(3))).office("acme", new Office("head-of-macintosh"))).isPresent();
  }

  @Test
  void ledger_storesKnownOfficesAsBefore_andAnyOtherInTheSameSpelling() {
    String known = new String(Canonical.encode(new OfficerAppointed(org.charter.core.act.ActMeta.of("x", T0), "acme",
        Office.INTERIM_CEO, "d1", null)), StandardCharsets.UTF_8);
    assertThat(known).contains("\"office\":\"INTERIM_CEO\"");
    OfficerAppointed evp = new OfficerAppointed(org.charter.core.act.ActMeta.of("y", T0), "acme", EVP, "d1", null);
    String stored = new String(Canonical.encode(evp), StandardCharsets.UTF_8);
    assertThat(stored).contains("\"office\":\"EXECUTIVE_VICE_PRESIDENT\"");
    assertThat(Canonical.decode(Canonical.encode(evp))).isEqualTo(evp);
    assertThatThrownBy(() -> Canonical.decode(stored.replace("EXECUTIVE_VICE_PRESIDENT", "Evp")
        .getBytes(StandardCharsets.UTF_8))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("an office is stored in upper case, not 'Evp'");
  }

  @Test
  void officeName_outsideItsDomain_isRefusedWithTheReason() {
    assertThatThrownBy(() -> new Office("Chief Executive")).hasMessageContaining("not 'Chief Executive'");
    assertThatThrownBy(() -> new Office("a".repeat(65))).hasMessage("an office's name has at most 64 characters, not 65");
    assertThatThrownBy(() -> new Office("evp--mac")).isInstanceOf(IllegalArgumentException.class);
    assertThat(new Office("vp-2")).isEqualTo(new Office("vp-2"));
    assertThat(List.of(new Office("zz"), Office.SECRETARY, new Office("aa"), Office.CHAIR).stream().sorted().toList())
        .containsExactly(Office.CHAIR, Office.SECRETARY, new Office("aa"), new Office("zz"));
    assertThat(new Book("x", java.time.ZoneOffset.UTC).state(Basis.at(T0)).officers("acme")).isEmpty();
  }
}

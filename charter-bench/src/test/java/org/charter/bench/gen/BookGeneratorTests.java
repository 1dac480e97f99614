package org.charter.bench.gen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.charter.core.act.Act;
import org.charter.core.act.ActTypes;
import org.charter.core.book.Book;
import org.charter.core.book.Recorded;
import org.charter.core.ledger.Canonical;
import org.charter.core.state.Register;
import org.charter.core.verdict.Status;
import org.junit.jupiter.api.Test;

class BookGeneratorTests {
  @Test
  void generate_sameSeed_sameActs() {
    List<byte[]> a = encoded(BookGenerator.acts(42, 3_000));
    List<byte[]> b = encoded(BookGenerator.acts(42, 3_000));
    assertThat(a).hasSize(3_000);
    for (int i = 0; i < a.size(); i++) {
      assertThat(b.get(i)).as("act %d", i).isEqualTo(a.get(i));
    }
  }

  @Test
  void generate_otherSeed_otherActs() {
    assertThat(encoded(BookGenerator.acts(43, 500)).stream().map(String::new).toList())
        .isNotEqualTo(encoded(BookGenerator.acts(42, 500)).stream().map(String::new).toList());
  }

  @Test
  void generate_anySize_exactlyThatManyActsWithUniqueIds() {
    List<Act> acts = BookGenerator.acts(7, 25_001);
    assertThat(acts).hasSize(25_001);
    Set<String> ids = new HashSet<>();
    acts.forEach(a -> ids.add(a.id()));
    assertThat(ids).hasSize(acts.size());
    assertThat(new BookGenerator(7, 25_001).entities()).hasSize(3);
  }

  @Test
  void generate_realisticMix_holdsEveryKindOfAct() {
    Map<String, Integer> types = new TreeMap<>();
    BookGenerator.acts(11, 20_000).forEach(a -> types.merge(ActTypes.nameOf(a.getClass()), 1, Integer::sum));
    assertThat(types).containsKeys("entity-formed", "bylaws-adopted", "body-established", "person-described",
        "director-elected", "director-removed", "director-resigned", "vacancy-filled", "officer-appointed",
        "officer-removed", "officer-resigned", "meeting-called", "notice-given", "meeting-held", "motion-voted",
        "written-consent-signed", "petition-opened", "petition-signed", "interest-class-defined", "investment-made",
        "interest-transferred", "waterfall-terms-set", "distribution-made", "statement-made");
    // Meetings dominate a board's minutes: notices, calls, attendance and motions are most of the book.
    int meetingActs = types.get("notice-given") + types.get("meeting-called") + types.get("meeting-held")
        + types.get("motion-voted");
    assertThat(meetingActs).isGreaterThan(20_000 / 2);
  }

  @Test
  void replay_generatedBook_verdictsAreTheOnesPlanted() {
    BookGenerator gen = new BookGenerator(2024, 30_000);
    Book book = new Book("synthetic", ZoneOffset.UTC);
    Map<Status, Long> got = new EnumMap<>(Status.class);
    List<String> surprises = new ArrayList<>();
    while (gen.hasNext()) {
      GeneratedAct g = gen.next();
      Recorded r = book.replay(g.act());
      // The generator plants what the rules give against the register as acted: it keeps that register as it writes.
      // Under the rules, a void act's defects cascade to later acts (docs/rules.md), which it does not model.
      Status status = r.verdict(Register.ACTED) == null ? null : r.verdict(Register.ACTED).status();
      if (status != null) {
        got.merge(status, 1L, Long::sum);
      }
      if (status != g.expected() && surprises.size() < 5) {
        surprises.add(g.act().id() + ": expected " + g.expected() + ", got " + r.verdict(Register.ACTED));
      }
    }
    assertThat(surprises).isEmpty();
    assertThat(got).isEqualTo(gen.expected());
    // Most acts are valid; the planted defects give some void motions and some undetermined ones.
    assertThat(got.get(Status.VALID)).isGreaterThan(28_000L - gen.annotations());
    assertThat(got.get(Status.INVALID)).isPositive();
    assertThat(got.get(Status.UNDETERMINED)).isPositive();
  }

  private static List<byte[]> encoded(List<Act> acts) {
    return acts.stream().map(Canonical::encode).toList();
  }
}

package org.charter.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.charter.core.act.Act;
import org.charter.core.book.Book;
import org.charter.core.book.Recorded;
import org.charter.core.report.StateReport;
import org.charter.core.state.Basis;
import org.charter.core.state.Register;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * File order never decides anything: the acts of each bundled scenario, entered in any order (within and across
 * files) with the same valid and recorded times, give the same verdicts, under the rules and as acted, and the same
 * registers at every moment an act happened. Each permutation is entered into a fresh book, so every act that comes
 * in before one it follows is a late fact that re-judges what it touches.
 */
class RecordOrderTests {
  private static final int PERMUTATIONS = 24;

  @ParameterizedTest
  @MethodSource("org.charter.scenario.BundledScenariosTests#scenarios")
  void permutingTheActs_changesNoVerdictAndNoRegister(Path dir) throws Exception {
    Scenario s = new ScenarioLoader().load(dir);
    Book reference = replay(s, s.acts());
    Map<String, String> verdicts = verdicts(reference);
    List<Instant> moments = moments(s.acts());
    Map<Instant, Object> registers = registers(reference, moments);
    Random random = new Random(2023_11_17L);
    for (int run = 0; run < PERMUTATIONS; run++) {
      List<Act> shuffled = new ArrayList<>(s.acts());
      Collections.shuffle(shuffled, random);
      // One run in four reverses the record instead: every act but the last is then late.
      if (run % 4 == 3) {
        shuffled = new ArrayList<>(s.acts());
        Collections.reverse(shuffled);
      }
      Book book = replay(s, shuffled);
      Map<String, String> got = verdicts(book);
      for (String id : verdicts.keySet()) {
        assertThat(got.get(id)).as("run %d: verdict of %s", run, id).isEqualTo(verdicts.get(id));
      }
      assertThat(got.keySet()).isEqualTo(verdicts.keySet());
      Map<Instant, Object> state = registers(book, moments);
      for (Instant t : moments) {
        assertThat(state.get(t)).as("run %d: registers at %s", run, t).isEqualTo(registers.get(t));
      }
    }
  }

  private static Book replay(Scenario s, List<Act> acts) {
    Book b = new Book(s.id(), s.zone());
    acts.forEach(b::replay);
    return b;
  }

  private static Map<String, String> verdicts(Book b) {
    Map<String, String> out = new TreeMap<>();
    for (Recorded r : b.timeline()) {
      out.put(r.act().id(), r.verdict() + " | " + r.verdict(Register.ACTED));
    }
    return out;
  }

  /** Every valid time an act happened at, and the instant just before each. */
  private static List<Instant> moments(List<Act> acts) {
    List<Instant> out = new ArrayList<>();
    for (Act a : acts) {
      out.add(a.meta().validAt());
      out.add(a.meta().validAt().minusNanos(1));
    }
    return out.stream().distinct().sorted().toList();
  }

  private static Map<Instant, Object> registers(Book b, List<Instant> moments) {
    Map<Instant, Object> out = new TreeMap<>();
    for (Instant t : moments) {
      out.put(t, StateReport.views(b, Basis.at(t), java.time.ZoneOffset.UTC, null,
          List.of(Register.LEGAL, Register.ACTED)).toString());
    }
    return out;
  }
}

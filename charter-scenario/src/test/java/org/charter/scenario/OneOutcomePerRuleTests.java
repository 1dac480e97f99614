package org.charter.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.charter.core.act.Act;
import org.charter.core.book.Book;
import org.charter.core.book.Recorded;
import org.charter.core.verdict.Finding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A rule id has one outcome per act: over every act of the bundled scenarios, and of each check file replayed after its
 * scenario as {@code charter check} does, no verdict holds two findings of one rule with different outcomes.
 */
class OneOutcomePerRuleTests {
  @ParameterizedTest
  @MethodSource("org.charter.scenario.BundledScenariosTests#scenarios")
  void validate_everyBundledAndCheckAct_givesEachRuleOneOutcome(Path dir) throws IOException {
    Scenario s = new ScenarioLoader().load(dir);
    List<String> conflicts = new ArrayList<>(conflicts("", replay(s, List.of()).timeline()));
    Path checks = dir.resolve("checks");
    if (Files.isDirectory(checks)) {
      try (Stream<Path> files = Files.list(checks)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
          List<Recorded> all = replay(s, new ScenarioLoader().loadActs(f, s)).timeline();
          conflicts.addAll(conflicts(f.getFileName() + ": ", all.subList(s.acts().size(), all.size())));
        }
      }
    }
    assertThat(conflicts).isEmpty();
  }

  private static Book replay(Scenario s, List<Act> proposed) {
    Book book = new Book(s.id(), s.zone());
    s.acts().forEach(book::replay);
    proposed.forEach(book::replay);
    return book;
  }

  private static List<String> conflicts(String where, List<Recorded> acts) {
    List<String> out = new ArrayList<>();
    int judged = 0;
    for (Recorded r : acts) {
      if (r.verdict() == null) {
        continue;
      }
      judged++;
      Map<String, Finding.Outcome> seen = new HashMap<>();
      for (Finding f : r.verdict().findings()) {
        Finding.Outcome before = seen.putIfAbsent(f.ruleId(), f.outcome());
        if (before != null && before != f.outcome()) {
          out.add(where + r.act().id() + ": " + f.ruleId() + " is both " + before + " and " + f.outcome());
        }
      }
    }
    assertThat(judged).as(where + "acts judged").isPositive();
    return out;
  }
}

package org.charter.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.charter.core.act.Act;
import org.charter.core.book.Book;
import org.charter.scenario.Scenario;
import org.charter.scenario.ScenarioLoader;
import org.charter.scenario.Variant;
import org.charter.scenario.VariantLoader;

/** Loading a scenario directory and replaying it into an in-memory book. */
final class Scenarios {
  private Scenarios() {}

  static Scenario load(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new BadInputException("no scenario directory at " + dir);
    }
    return new ScenarioLoader().load(dir);
  }

  static Book replay(Scenario s) {
    return replay(s, s.acts());
  }

  static Book replay(Scenario s, List<Act> acts) {
    Book book = new Book(s.id(), s.zone());
    for (Act a : acts) {
      book.replay(a);
    }
    return book;
  }

  /**
   * The scenario's hypotheses that {@code names} names, in that order (null: all, the one with no edits first). An
   * unknown or repeated name, or fewer than two where {@code twoOrMore}, is bad input for {@code option}.
   */
  static List<Variant> hypotheses(Scenario s, List<String> names, String option, boolean twoOrMore) {
    List<Variant> all = new VariantLoader().hypotheses(s);
    try {
      return names == null ? VariantLoader.referenceFirst(all)
          : twoOrMore ? VariantLoader.pick(all, names) : VariantLoader.pickAny(all, names);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(option + ": " + e.getMessage());
    }
  }

  /** The bundled OpenAI scenario: under charter.home when the launcher sets it, else under the working directory. */
  static Path bundled() {
    String home = System.getProperty("charter.home");
    Path base = home == null ? Path.of(".") : Path.of(home);
    return base.resolve("scenarios").resolve("openai-2023");
  }
}

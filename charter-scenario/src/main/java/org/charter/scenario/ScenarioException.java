package org.charter.scenario;

import java.util.List;
import java.util.stream.Collectors;

/** A scenario or acts file that cannot be read as written; it names every problem found, with file, line and column. */
public final class ScenarioException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<Problem> problems;

  public ScenarioException(List<Problem> problems) {
    super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a ScenarioException needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** The problems, scenario.yaml first, then by file, line and column. */
  public List<Problem> problems() {
    return problems;
  }
}

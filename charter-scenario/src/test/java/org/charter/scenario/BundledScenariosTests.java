package org.charter.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The scenarios shipped under scenarios/ load without a problem, and so do their check and plan files. */
class BundledScenariosTests {
  // Surefire runs tests in the module directory; the scenarios are at the repository root.
  private static final Path SCENARIOS = Path.of("..", "scenarios");

  static Stream<Path> scenarios() throws IOException {
    if (!Files.isDirectory(SCENARIOS)) {
      return Stream.of();
    }
    try (Stream<Path> dirs = Files.list(SCENARIOS)) {
      return dirs.filter(d -> Files.isRegularFile(d.resolve("scenario.yaml"))).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void load_bundledScenario_readsEveryActAndEveryCheckAndPlanFile(Path dir) throws IOException {
    Scenario s = new ScenarioLoader().load(dir);
    assertThat(s.acts()).isNotEmpty();
    for (String kind : List.of("checks", "plans")) {
      Path files = dir.resolve(kind);
      if (!Files.isDirectory(files)) {
        continue;
      }
      try (Stream<Path> list = Files.list(files)) {
        for (Path f : list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
          List<?> acts = new ScenarioLoader().loadActs(f, s);
          assertThat(acts).as(f.toString()).isNotEmpty();
        }
      }
    }
  }
}

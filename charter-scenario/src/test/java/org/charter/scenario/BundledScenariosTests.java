package org.charter.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.charter.core.act.Act;
import org.charter.core.act.Source;
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

  @ParameterizedTest
  @MethodSource("scenarios")
  void load_bundledScenario_hasSourcesYamlAndEverySourceResolves(Path dir) throws IOException {
    Scenario s = new ScenarioLoader().load(dir);
    assertThat(s.sources().present()).as(dir + "/sources.yaml").isTrue();
    List<Act> all = new ArrayList<>(s.acts());
    List<Source> headers = new ArrayList<>();
    List<Variant> variants = new ArrayList<>(new VariantLoader().hypotheses(s));
    if (Files.isDirectory(dir.resolve("branches"))) {
      try (Stream<Path> list = Files.list(dir.resolve("branches"))) {
        for (Path f : list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
          variants.add(new VariantLoader().load(f, s));
        }
      }
    }
    for (Variant v : variants) {
      all.addAll(v.acts());
      headers.addAll(v.sources());
    }
    for (String kind : List.of("checks", "plans")) {
      if (Files.isDirectory(dir.resolve(kind))) {
        try (Stream<Path> list = Files.list(dir.resolve(kind))) {
          for (Path f : list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
            all.addAll(new ScenarioLoader().loadActs(f, s));
          }
        }
      }
    }
    Set<String> cited = new HashSet<>();
    List<Source> every = new ArrayList<>(headers);
    all.forEach(a -> every.addAll(a.meta().sources()));
    for (Source src : every) {
      if (src.kind() != Source.SourceKind.ASSUMPTION) {
        SourceList.Cited c = s.sources().resolve(src).orElse(null);
        assertThat(c).as(src.toString()).isNotNull();
        cited.add(c.entry().key());
      }
    }
    // The list names what the scenario cites, and nothing else.
    assertThat(s.sources().entries().stream().map(SourceEntry::key).toList()).as(dir + "/sources.yaml")
        .allMatch(cited::contains);
  }
}

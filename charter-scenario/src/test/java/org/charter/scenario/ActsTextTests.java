package org.charter.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.charter.core.act.Act;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Acts read from text in memory (a request's body) are read exactly as the same text in a file of that name. */
class ActsTextTests {
  static Stream<String> errorFiles() throws IOException {
    try (Stream<Path> files = Files.list(Fixtures.resource("errors"))) {
      return files.map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("errorFiles")
  void loadActsText_errorFixture_sameProblemsAsTheFile(String name) throws IOException {
    Scenario sample = Fixtures.sample();
    Path file = Fixtures.resource("errors/" + name);
    String text = Files.readString(file, StandardCharsets.UTF_8);

    List<Problem> fromFile = Fixtures.errorsIn(name);
    List<Problem> fromText = Fixtures.problems(() -> new ScenarioLoader().loadActs(file.toString(), text, sample,
        KnownNames.of(sample.acts()), ids(sample)::contains));

    assertThat(fromText).isEqualTo(fromFile);
  }

  @Test
  void loadActsText_checksOfTheSample_sameActsAndDefaultIdsAsTheFile() throws IOException {
    Scenario sample = Fixtures.sample();
    try (Stream<Path> files = Files.list(Fixtures.resource("scenarios/sample/checks"))) {
      for (Path file : files.sorted().toList()) {
        String text = Files.readString(file, StandardCharsets.UTF_8);

        List<Act> fromFile = new ScenarioLoader().loadActs(file, sample);
        List<Act> fromText = new ScenarioLoader().loadActs(file.getFileName().toString(), text, sample,
            KnownNames.of(sample.acts()), ids(sample)::contains);

        assertThat(fromText).as(file.toString()).isNotEmpty().isEqualTo(fromFile);
      }
    }
  }

  @Test
  void loadActsText_overTheFileLimit_refusedAsTheFileWouldBe() {
    Scenario sample = Fixtures.sample();
    // Two-byte characters: the limit is on UTF-8 bytes, as on a file's size, not on characters.
    String text = "# " + "é".repeat((int) (YamlLimits.MAX_FILE_BYTES / 2));

    assertThatThrownBy(() -> new ScenarioLoader().loadActs("big.yaml", text, sample, new KnownNames(), id -> false))
        .isInstanceOfSatisfying(ScenarioException.class, e -> assertThat(e.problems().get(0).message())
            .startsWith("the file is 1,048,578 bytes, larger than the limit of 1,048,576 bytes"));
  }

  private static Set<String> ids(Scenario s) {
    Set<String> ids = new HashSet<>();
    s.acts().forEach(a -> ids.add(a.id()));
    return ids;
  }
}

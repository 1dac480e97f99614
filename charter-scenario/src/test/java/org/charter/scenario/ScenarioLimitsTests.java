package org.charter.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The size, nesting and alias limits of a YAML file, and the CEL limits of a condition, as a reader meets them. */
class ScenarioLimitsTests {
  @TempDir
  Path dir;

  private List<Problem> load(String yaml) throws IOException {
    Path file = dir.resolve("acts.yaml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    Scenario sample = Fixtures.sample();
    return Fixtures.problems(() -> new ScenarioLoader().loadActs(file, sample));
  }

  @Test
  void loadActs_ofAFileOfFiveMegabytes_isRefusedFromItsSizeAlone() throws IOException {
    // Unbalanced brackets: were the file parsed, the error would be a syntax or nesting one, not the size.
    Path file = dir.resolve("big.yaml");
    Files.write(file, "[".repeat(5 * 1024 * 1024).getBytes(StandardCharsets.US_ASCII));
    Scenario sample = Fixtures.sample();
    List<Problem> problems = Fixtures.problems(() -> new ScenarioLoader().loadActs(file, sample));
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo(file);
      assertThat(p.message()).isEqualTo("the file is 5,242,880 bytes, larger than the limit of 1,048,576 bytes"
          + " (1 MiB) for one YAML file; split it into several files");
    });
  }

  @Test
  void load_ofAScenarioWithAnActsFilePastTheLimit_namesThatFile() throws IOException {
    Path scenario = dir.resolve("s");
    Files.createDirectories(scenario.resolve("acts"));
    Files.writeString(scenario.resolve("scenario.yaml"), "id: s\ntitle: S\ntimezone: UTC\n");
    Path big = scenario.resolve("acts/big.yaml");
    Files.writeString(big, "# " + "x".repeat((int) YamlLimits.MAX_FILE_BYTES) + "\n");
    List<Problem> problems = Fixtures.problems(() -> new ScenarioLoader().load(scenario));
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo(big);
      assertThat(p.message()).contains("larger than the limit of 1,048,576 bytes");
    });
  }

  @Test
  void loadActs_ofAFileJustWithinTheLimit_isRead() throws IOException {
    String act = "- act: statement-made\n  at: 2023-11-20\n  sources: [{seed: \"001\"}]\n  by: helen-toner\n"
        + "  text: fine\n";
    String padding = "# " + "x".repeat((int) YamlLimits.MAX_FILE_BYTES - act.length() - 3) + "\n";
    Path file = dir.resolve("edge.yaml");
    Files.writeString(file, padding + act.replace("by: helen-toner", "by: helen-toner"));
    assertThat(Files.size(file)).isEqualTo(YamlLimits.MAX_FILE_BYTES);
    assertThat(new ScenarioLoader().loadActs(file, Fixtures.sample())).hasSize(1);
  }

  @Test
  void loadActs_nestedDeeperThanTheLimit_isRefused() throws IOException {
    int depth = YamlLimits.MAX_NESTING + 5;
    List<Problem> problems = load("[".repeat(depth) + "]".repeat(depth) + "\n");
    assertThat(problems).singleElement().satisfies(p -> assertThat(p.message())
        .contains("nests lists and mappings more than " + YamlLimits.MAX_NESTING + " levels deep"));

  }

  @Test
  void loadActs_withMoreAliasesThanTheLimit_isRefused() throws IOException {
    String aliases = IntStream.range(0, YamlLimits.MAX_ALIASES + 1).mapToObj(i -> "*a")
        .collect(Collectors.joining(", ", "[", "]"));
    List<Problem> problems = load("- &a [x, y]\n- " + aliases + "\n");
    assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).containsIgnoringCase("alias")
        .contains(String.valueOf(YamlLimits.MAX_ALIASES)));
  }

  @Test
  void loadActs_ofBylawsWithAConditionOverTheCelLimits_isRefusedAtTheExpression() throws IOException {
    String list = IntStream.range(0, 150).mapToObj(Integer::toString).collect(Collectors.joining(",", "[", "]"));
    String cube = list + ".all(a," + list + ".all(b," + list + ".all(c,a+b+c>=0)))";
    List<Problem> problems = load("- act: bylaws-amended\n  at: 2023-11-17\n  sources: [{seed: \"001\"}]\n"
        + "  entity: openai-inc\n  terms:\n    conditions:\n      - id: cube\n        applies_to: [officer-appointed]\n"
        + "        expression: \"" + cube + "\"\n");
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(9);
      assertThat(p.column()).isEqualTo(21);
      assertThat(p.message()).isEqualTo("CEL expression over the limits for 'expression': the condition may take"
          + " 64,487,407 steps, more than the limit of 10,000 (CH-cel-cost; a list the expression does not spell out"
          + " is taken as 32 long)");
    });
  }
}

package org.charter.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file that cannot be read at all (not UTF-8, past a YAML limit, a syntax error) is named with the place of the
 * first bad byte, or in one plain sentence where there is no place; the errors that follow only from it are counted.
 */
class UnreadableFileTests {
  @TempDir Path tmp;

  private List<Problem> errorsOf(byte[] content) throws IOException {
    Path file = tmp.resolve("acts.yaml");
    Files.write(file, content);
    Scenario sample = Fixtures.sample();
    return Fixtures.problems(() -> new ScenarioLoader().loadActs(file, sample));
  }

  private static Problem only(List<Problem> problems) {
    assertThat(problems).hasSize(1);
    return problems.get(0);
  }

  @Test
  void loadActs_invalidUtf8_namesTheLineAndColumnOfTheBadByte() throws IOException {
    byte[] head = "- act: statement-made\n  at: 2023-11-20\n  by: the secretary\n  text: caf\u00e9 ".getBytes(
        StandardCharsets.UTF_8);
    byte[] content = new byte[head.length + 2];
    System.arraycopy(head, 0, content, 0, head.length);
    content[head.length] = (byte) 0xff;
    content[head.length + 1] = '\n';

    Problem p = only(errorsOf(content));

    assertThat(p.line()).isEqualTo(4);
    assertThat(p.column()).isEqualTo(14);
    assertThat(p.message()).isEqualTo("the file is not UTF-8 text: byte 0xFF at line 4, column 14 is not valid UTF-8"
        + " (save the file as UTF-8)");
    assertThat(p.toString()).endsWith("acts.yaml:4:14: the file is not UTF-8 text: byte 0xFF at line 4, column 14"
        + " is not valid UTF-8 (save the file as UTF-8)");
  }

  @Test
  void loadActs_nestedPastTheLimit_isOnePlainSentenceWithoutAPosition() throws IOException {
    String deep = "- act: statement-made\n  text: " + "[".repeat(60) + "]".repeat(60) + "\n";

    Problem p = only(errorsOf(deep.getBytes(StandardCharsets.UTF_8)));

    assertThat(p.message()).isEqualTo("the YAML nests lists and mappings more than " + YamlLimits.MAX_NESTING
        + " levels deep; no act needs that many");
    assertThat(p.toString()).endsWith("acts.yaml: " + p.message()).doesNotContain(":0:0");
  }

  @Test
  void loadActs_tooManyAliases_isOnePlainSentence() throws IOException {
    StringBuilder yaml = new StringBuilder("- act: statement-made\n  sources: &s [{public: x}]\n  note: [");
    for (int i = 0; i < 60; i++) {
      yaml.append(i == 0 ? "" : ", ").append("*s");
    }
    yaml.append("]\n");

    Problem p = only(errorsOf(yaml.toString().getBytes(StandardCharsets.UTF_8)));

    assertThat(p.message()).isEqualTo("the YAML uses more than " + YamlLimits.MAX_ALIASES + " aliases (*name) of lists"
        + " or mappings; write the values out instead");
    assertThat(p.line()).isZero();
  }

  @Test
  void load_syntaxErrorInTheFileThatDefinesNames_showsItAndCountsTheUnknownNamesThatFollow() throws IOException {
    Path dir = tmp.resolve("sample");
    copy(Fixtures.resource("scenarios/sample"), dir);
    Path founding = dir.resolve("acts").resolve("2015.yaml");
    // A tab where YAML wants spaces, on line 2: the file's entities and people are then defined nowhere.
    Files.writeString(founding, Files.readString(founding).replaceFirst("\n  id: ", "\n\tid: "));

    List<Problem> problems = Fixtures.problems(() -> new ScenarioLoader().load(dir));

    assertThat(problems).hasSize(1);
    Problem p = problems.get(0);
    assertThat(p.file()).isEqualTo(founding);
    assertThat(p.line()).isEqualTo(2);
    assertThat(p.message()).startsWith("YAML syntax error: ").containsPattern(
        "; \\d+ errors for unknown names that follow from it \\(names this file may define\\) are not shown$");
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : all.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}

package org.charter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11, items 3 and 10 on the command line: exit 2 naming the file and the limit, and no store written. */
class LimitsCliTests {
  private static final String ENTITY = """
      - act: entity-formed
        id: e1-formed
        at: 2020-01-01
        entity: e1
        name: E One
        kind: corporation
        jurisdiction: Delaware
        profile: delaware-stock
      """;

  @TempDir Path tmp;

  private Path scenario(String acts) throws IOException {
    return Cli.scenario(tmp, "limits", ENTITY + acts);
  }

  private Cli replayRefused(Path dir) {
    return Cli.replayRefused(tmp, dir);
  }

  @Test
  void replay_ofAnActsFileOfFiveMegabytes_exits2NamingTheFileAndTheLimit() throws IOException {
    Path dir = scenario("");
    Path big = dir.resolve("acts").resolve("b.yaml");
    Files.write(big, ("- act: statement-made\n  at: 2021-01-01\n  by: e1\n  text: " + "x".repeat(5_000_000) + "\n")
        .getBytes(StandardCharsets.UTF_8));
    Cli r = replayRefused(dir);
    assertThat(r.err()).contains(big + ": the file is " + String.format(java.util.Locale.ROOT, "%,d",
        Files.size(big)) + " bytes, larger than the limit of 1,048,576 bytes (1 MiB) for one YAML file");
  }

  @Test
  void replay_ofANoteOfTwoAndAHalfMegabytes_exits2AtTheFileSize() throws IOException {
    Cli r = replayRefused(scenario("- act: statement-made\n  at: 2021-01-01\n  by: e1\n  text: hello\n  note: "
        + "x".repeat(2_500_000) + "\n"));
    assertThat(r.err()).contains("a.yaml: the file is 2,500,2").contains("larger than the limit of 1,048,576");
  }

  @Test
  void replay_ofANoteLongerThanTheTextLimit_exits2NamingTheField() throws IOException {
    Cli r = replayRefused(scenario("- act: statement-made\n  at: 2021-01-01\n  by: e1\n  text: hello\n  note: "
        + "x".repeat(20_000) + "\n"));
    assertThat(r.err()).contains("a.yaml:13:9: note in statement-made: is 20000 characters long (at most 10000)");
  }

  @Test
  void replay_ofBylawsWithTheIssuesCelCube_exits2AtTheExpression() throws IOException {
    String list = IntStream.range(0, 150).mapToObj(Integer::toString).collect(Collectors.joining(",", "[", "]"));
    String cube = list + ".all(a," + list + ".all(b," + list + ".all(c,a+b+c>=0)))";
    Cli r = replayRefused(scenario("- act: bylaws-adopted\n  at: 2021-01-01\n  entity: e1\n  terms:\n"
        + "    conditions:\n      - id: cube\n        applies_to: [officer-appointed]\n        expression: \""
        + cube + "\"\n"));
    assertThat(r.err()).contains("a.yaml:16:21: CEL expression over the limits for 'expression': the condition may"
        + " take 64,487,407 steps, more than the limit of 10,000 (CH-cel-cost;");
  }
}

package org.charter.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.charter.core.act.Bounds;
import org.charter.core.rules.CelLimits;
import org.junit.jupiter.api.Test;

/** The limits tables of docs/scenario-format.md and docs/server.md give the numbers the code enforces. */
class LimitsDocsTests {
  // Surefire runs tests in the module directory; the docs are one level up, at the repository root.
  private static final Path DOCS = Path.of("..", "docs");

  /** For each limit: words that pick its row in each table, and the value that row must give. */
  private static final Map<String, Long> SCENARIO_ROWS = Map.ofEntries(
      Map.entry("| one YAML file", YamlLimits.MAX_FILE_BYTES),
      Map.entry("`codePointLimit`", (long) YamlLimits.MAX_CODE_POINTS),
      Map.entry("`nestingDepthLimit`", (long) YamlLimits.MAX_NESTING),
      Map.entry("`maxAliasesForCollections`", (long) YamlLimits.MAX_ALIASES),
      Map.entry("`maxExpressionCodePointSize`", (long) CelLimits.MAX_CODE_POINTS),
      Map.entry("`maxParseRecursionDepth`", (long) CelLimits.MAX_NESTING),
      Map.entry("`maxParseExpressionNodeCount`", (long) CelLimits.MAX_NODES),
      Map.entry("`maxParseErrorRecoveryLimit`", (long) CelLimits.MAX_PARSE_ERRORS),
      Map.entry("rule `CH-cel-cost`", CelLimits.MAX_STEPS),
      Map.entry("`comprehensionMaxIterations`", CelLimits.MAX_STEPS),
      Map.entry("`maxRegexProgramSize`", (long) CelLimits.MAX_REGEX_PROGRAM),
      Map.entry("| free text", (long) Bounds.MAX_TEXT));

  private static final Map<String, List<Long>> SERVER_ROWS = Map.of(
      "| the body read as a YAML file", List.of(YamlLimits.MAX_FILE_BYTES, (long) YamlLimits.MAX_NESTING,
          (long) YamlLimits.MAX_ALIASES),
      "| free text in an act", List.of((long) Bounds.MAX_TEXT),
      "| a bylaw condition's `expression`", List.of((long) CelLimits.MAX_CODE_POINTS, (long) CelLimits.MAX_NESTING,
          (long) CelLimits.MAX_NODES, (long) CelLimits.MAX_PARSE_ERRORS),
      "| a bylaw condition's cost", List.of(CelLimits.MAX_STEPS, (long) CelLimits.ASSUMED_LIST_SIZE),
      "| a bylaw condition while it runs", List.of(CelLimits.MAX_STEPS, (long) CelLimits.CHARS_PER_STEP,
          (long) CelLimits.MAX_REGEX_PROGRAM));

  @Test
  void scenarioFormat_limitsTable_givesEachLimitsValue() throws IOException {
    List<String> lines = Files.readAllLines(DOCS.resolve("scenario-format.md"));
    SCENARIO_ROWS.forEach((words, value) -> assertThat(row(lines, words)).as(words).contains(number(value)));
    assertThat(row(lines, "rule `CH-cel-cost`")).contains(number(CelLimits.ASSUMED_LIST_SIZE) + " long");
  }

  @Test
  void server_limitsTable_givesEachLimitsValue() throws IOException {
    List<String> lines = Files.readAllLines(DOCS.resolve("server.md"));
    SERVER_ROWS.forEach((words, values) -> values.forEach(v -> assertThat(row(lines, words)).as(words)
        .contains(number(v))));
  }

  private static String row(List<String> lines, String words) {
    List<String> rows = lines.stream().filter(l -> l.startsWith("|") && l.contains(words)).toList();
    assertThat(rows).as("one table row with " + words).hasSize(1);
    return rows.get(0);
  }

  private static String number(long v) {
    return String.format(Locale.ROOT, "%,d", v);
  }
}

package org.charter.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.charter.core.act.ActTypes;
import org.junit.jupiter.api.Test;

/** Each kind of error names its file, line and column, and says what was expected (fixtures in errors/). */
class ScenarioErrorTests {
  private static Problem only(List<Problem> problems) {
    assertThat(problems).hasSize(1);
    return problems.get(0);
  }

  private static void assertAt(Problem p, int line, int column, String message) {
    assertThat(p.line()).as("line of " + p).isEqualTo(line);
    assertThat(p.column()).as("column of " + p).isEqualTo(column);
    assertThat(p.message()).isEqualTo(message);
  }

  @Test
  void loadActs_unknownField_namesFieldAndExpectedFields() {
    List<Problem> problems = Fixtures.errorsIn("unknown-field.yaml");
    assertThat(problems).hasSize(2);
    // The typo also leaves 'person' missing, reported where the act starts.
    assertAt(problems.get(0), 1, 3, "missing required field 'person' in director-removed");
    assertAt(problems.get(1), 4, 3,
        "unknown field 'persn' in director-removed (expected one of: body, person, resolution)");
    assertThat(problems.get(1).toString()).endsWith("errors/unknown-field.yaml:4:3: unknown field 'persn' in "
        + "director-removed (expected one of: body, person, resolution)");
  }

  @Test
  void loadActs_missingRequiredField_isReportedAtTheAct() {
    assertAt(only(Fixtures.errorsIn("missing-field.yaml")), 6, 3,
        "missing required field 'office' in officer-appointed");
  }

  @Test
  void loadActs_badEnumValue_listsAllowedValues() {
    assertAt(only(Fixtures.errorsIn("bad-enum.yaml")), 5, 9,
        "bad value 'council' for 'kind' (expected one of: board, committee, members)");
  }

  @Test
  void loadActs_officeNotSpelledAsAName_saysHowToSpellIt() {
    assertAt(only(Fixtures.errorsIn("bad-office.yaml")), 4, 11,
        "'office': an office's name is lower-case letters and digits in words joined by single dashes, starting"
            + " with a letter (such as executive-vice-president), not 'Interim Boss'");
  }

  @Test
  void loadActs_dateThatDoesNotExist_isBadTime() {
    assertAt(only(Fixtures.errorsIn("bad-time.yaml")), 2, 7,
        "bad time '2023-11-31T12:00' for 'at' (expected 2023-11-17T12:00:00-08:00, 2023-11-17T12:00 or 2023-11-17,"
            + " or where the source gives no day the month 2023-11, the year 2023 or a span such as 2018/2019)");
  }

  @Test
  void loadActs_monthThatDoesNotExist_isBadTimeAtTheValue() {
    assertAt(only(Fixtures.errorsIn("bad-period.yaml")), 2, 7,
        "bad time '2017-13' for 'at' (expected a year such as 1996, a month such as 2017-03, or a span of them such as"
            + " 2018/2019)");
  }

  @Test
  void loadActs_spanEndingBeforeItBegins_isBadTimeAtTheValue() {
    assertAt(only(Fixtures.errorsIn("bad-span-order.yaml")), 2, 7,
        "bad time '2019/2018' for 'at' (expected a span whose second year or month comes after its first, such as"
            + " 2018/2019)");
  }

  @Test
  void loadActs_spanOfAYearAndAMonth_isBadTimeAtTheValue() {
    assertAt(only(Fixtures.errorsIn("bad-span-mixed.yaml")), 2, 7,
        "bad time '2018/2019-03' for 'at' (expected a span of two years (2018/2019) or of two months"
            + " (2023-01/2023-03))");
  }

  @Test
  void loadActs_unknownReferences_areReportedAtEachReference() {
    List<Problem> problems = Fixtures.errorsIn("unknown-reference.yaml");
    assertThat(problems).hasSize(4);
    assertAt(problems.get(0), 4, 11, "unknown person 'greg-brokman' (no person-described act defines it)");
    assertAt(problems.get(1), 8, 15,
        "unknown person or entity 'microsft' (no person-described, entity-formed or entity-entered act defines it)");
    // References inside nested values: a composition constraint of bylaw terms, an attendance entry.
    assertAt(problems.get(2), 17, 57, "unknown entity 'openai-globl' (no entity-formed or entity-entered act defines it)");
    assertAt(problems.get(3), 24, 16, "unknown person 'helen-toner' (no person-described act defines it)");
  }

  @Test
  void loadActs_duplicateIds_inFileAndAgainstScenario_areReportedAtTheId() {
    List<Problem> problems = Fixtures.errorsIn("duplicate-id.yaml");
    assertThat(problems).hasSize(2);
    assertAt(problems.get(0), 8, 7, "duplicate act id 'statement' (first used at 2:7)");
    assertAt(problems.get(1), 14, 7, "act id 'brockman-removed' is already used by an act of scenario sample");
  }

  @Test
  void loadActs_yamlSyntaxError_givesLineAndColumnOfTheProblem() {
    assertAt(only(Fixtures.errorsIn("syntax.yaml")), 4, 10,
        "YAML syntax error: mapping values are not allowed here");
  }

  @Test
  void loadActs_celExpressionThatDoesNotCompile_isReportedAtTheExpression() {
    Problem p = only(Fixtures.errorsIn("bad-cel.yaml"));
    assertThat(p.line()).isEqualTo(8);
    assertThat(p.column()).isEqualTo(21);
    assertThat(p.message()).startsWith("bad CEL expression for 'expression': at 1:15 of the expression: ");
  }

  @Test
  void loadActs_unknownActType_listsActTypes() {
    Problem p = only(Fixtures.errorsIn("unknown-act.yaml"));
    assertThat(p.line()).isEqualTo(1);
    assertThat(p.column()).isEqualTo(8);
    assertThat(p.message()).startsWith("unknown act type 'director-remved' (expected one of: entity-formed, ")
        .contains("director-removed");
  }

  @Test
  void loadActs_severalBadValues_reportsEachOneInFileOrder() {
    assertThat(Fixtures.errorsIn("bad-values.yaml")).extracting(p -> p.line() + ":" + p.column() + ": " + p.message())
        .containsExactly(
            "4:15: bad count 'nearly 500' for 'signatures' (expected a number, or 'over N', 'about N' or 'at least N')",
            "5:14: bad count '-3' for 'headcount' (expected a number, or 'over N', 'about N' or 'at least N')",
            "11:13: bad threshold '4/3' for 'quorum' (expected a fraction more than 0 and at most 1)",
            "12:17: expected a whole number for 'board_size', got value 'six'",
            "13:22: expected true or false for 'written_consent', got value 'maybe'",
            "15:7: bad value 'removal' for 'thresholds' (expected one of: "
                + String.join(", ", java.util.Arrays.stream(org.charter.core.act.ActKind.values())
                    .map(k -> ActTypes.kebab(k.name().toLowerCase(java.util.Locale.ROOT)).replace('_', '-')).toList())
                + ")",
            "21:12: bad decimal '49%' for 'percent' (expected a number such as 49 or 1.68)",
            "23:7: unknown field 'rumour' in source (expected one of: seed, public, reported, assumption, quote)",
            "31:12: bad value 'delaware-stok' for 'profile' (expected one of: delaware-nonstock, delaware-stock, "
                + "california-stock, roberts-rules, none, delaware-llc, delaware-nonstock-141f, "
                + "delaware-nonstock-members-228)",
            "39:40: bad value 'officer-apointed' for 'applies_to' (expected one of: "
                + String.join(", ", ActTypes.byName().keySet()) + ")");
  }
}
